package dev.orrery.run;

import java.time.Instant;
import org.apiguardian.api.API;

/**
 * A read-only view of virtual time: the instant an execution is at, as its scheduler sees it. Executions never read
 * the wall clock; a test reads this view to compare timestamps or to compute an instant to advance a session to.
 *
 * <pre>{@code
 * Instant due = clock.now().plus(Duration.ofHours(24));
 * session.advanceTo(due);
 * }</pre>
 *
 * <p>Implementations only report time; moving it is the business of {@link ExecutionSession#advanceBy} and
 * {@link ExecutionSession#advanceTo}.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@FunctionalInterface
public interface VirtualClock {

    /**
     * Return the current virtual instant.
     *
     * @return the current virtual instant
     */
    Instant now();
}
