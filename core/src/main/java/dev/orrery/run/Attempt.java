package dev.orrery.run;

import java.time.Instant;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * One attempt of a state's work during a visit, on the virtual clock: each call of a Task (its {@code TaskScheduled},
 * {@code ActivityScheduled} or {@code LambdaFunctionScheduled} event), or each run of a Parallel or Map state that
 * has a {@code Retry} (its {@code ParallelStateStarted} or {@code MapStateStarted} event). The retries of a visit are
 * its attempts after the first; see {@link StateVisit#attempts()}.
 *
 * @param number the 1-based attempt number within the visit
 * @param scheduled the virtual time the attempt was scheduled (a Parallel or Map state: started), never {@code null}
 * @param ended the virtual time it succeeded, failed or timed out, or {@code null} when it never ended (the execution
 *     stopped first, or the attempt still runs in a snapshot)
 * @param error the error it failed with (e.g. {@code States.Timeout}), or {@code null} when it did not fail
 * @param cause the cause it failed with, or {@code null} when it did not fail or gave none
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record Attempt(int number, Instant scheduled, @Nullable Instant ended, @Nullable String error,
        @Nullable String cause) {

    /**
     * Check the scheduled time is given.
     *
     * @param number the 1-based attempt number within the visit
     * @param scheduled the virtual time the attempt was scheduled, never {@code null}
     * @param ended the virtual time it ended, or {@code null}
     * @param error the error it failed with, or {@code null}
     * @param cause the cause it failed with, or {@code null}
     */
    public Attempt {
        Objects.requireNonNull(scheduled, "scheduled");
    }

    /**
     * Return whether the attempt ended without an error.
     *
     * @return {@code true} when it ended and has no error
     */
    public boolean succeeded() {
        return ended != null && error == null;
    }

    @Override
    public String toString() {
        return "attempt " + number + " scheduled at " + scheduled + (ended == null ? "" : ", ended at " + ended)
                + (error == null ? "" : " with " + error);
    }
}
