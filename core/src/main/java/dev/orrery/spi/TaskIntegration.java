package dev.orrery.spi;

import org.apiguardian.api.API;

/**
 * Answers the calls of Task states: mocks, Java handlers, or test code.
 *
 * <p>Implementations must be deterministic: the same request gives the same outcome. The interpreter passes the
 * per-state invocation counter in the request, so an implementation needs no mutable state of its own.
 *
 * <p>The run copies the JSON of every outcome when it arrives, and {@link TaskRequest#payload()} and
 * {@link TaskRequest#context()} return copies: an implementation may keep, reuse or change its nodes without changing
 * any run.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@FunctionalInterface
public interface TaskIntegration {

    /**
     * Answer one Task call.
     *
     * @param request the call, never {@code null}
     * @return the outcome, never {@code null}
     * @throws UnmockedTaskException when nothing answers this call: the execution stops and the exception reaches
     *     the caller of the run
     */
    TaskOutcome invoke(TaskRequest request);
}
