package dev.orrery.mock;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orrery.spi.TaskRequest;
import org.apiguardian.api.API;

/**
 * Answers a Task call with Java code: return the task's result, or throw a {@link TaskFailedException} to fail it.
 *
 * <p>Being a plain interface, it can be a lambda or a Mockito mock:
 * {@code when(handler.handle(any())).thenReturn(result)}, then {@code verify(handler).handle(argThat(...))}.
 * Handlers should be deterministic: the same request gives the same answer.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@FunctionalInterface
public interface TaskHandler {

    /**
     * Answer one call.
     *
     * @return the task's result, never {@code null}
     * @throws TaskFailedException to fail the task with an error name and cause
     * @param request the Task call, never {@code null}
     */
    JsonNode handle(TaskRequest request);
}
