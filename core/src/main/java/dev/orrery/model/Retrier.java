package dev.orrery.model;

import java.util.List;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * One entry of a state's {@code Retry} array, with AWS's defaults filled in.
 *
 * @param errorEquals the error names this retrier matches, in order, never {@code null}
 * @param intervalSeconds seconds before the first retry (default 1)
 * @param maxAttempts maximum number of retries (default 3; 0 means never)
 * @param backoffRate multiplier of the interval per attempt (default 2.0)
 * @param maxDelaySeconds upper bound of the delay, or {@code null}
 * @param jitterStrategy {@code FULL} or {@code NONE} (default)
 * @param comment the {@code Comment}, or {@code null}
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record Retrier(
        List<String> errorEquals,
        int intervalSeconds,
        int maxAttempts,
        double backoffRate,
        @Nullable Integer maxDelaySeconds,
        JitterStrategy jitterStrategy,
        @Nullable String comment) {

    /**
     * Copy the error list.
     *
     * @param errorEquals the error names this retrier matches, in order, never {@code null}
     * @param intervalSeconds seconds before the first retry (default 1)
     * @param maxAttempts maximum number of retries (default 3; 0 means never)
     * @param backoffRate multiplier of the interval per attempt (default 2.0)
     * @param maxDelaySeconds upper bound of the delay, or {@code null}
     * @param jitterStrategy {@code FULL} or {@code NONE} (default)
     * @param comment the {@code Comment}, or {@code null}
     */
    public Retrier {
        errorEquals = List.copyOf(errorEquals);
    }

    /** The {@code JitterStrategy} of a retrier. */
    @API(status = API.Status.EXPERIMENTAL, since = "0.1")
    public enum JitterStrategy {
        /** No jitter: the delay is exactly the backoff. */
        NONE,
        /** A delay drawn uniformly between 0 and the backoff, from the execution's seed. */
        FULL
    }
}
