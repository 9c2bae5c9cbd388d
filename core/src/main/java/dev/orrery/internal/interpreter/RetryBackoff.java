package dev.orrery.internal.interpreter;

import dev.orrery.model.Retrier;
import java.time.Duration;
import java.util.SplittableRandom;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/** The delay before a retry, as Step Functions computes it. */
final class RetryBackoff {

    /** A bound far beyond any execution (about 31,700 years) that keeps the virtual clock from overflowing. */
    private static final double MAX_SECONDS = 1e12;

    private RetryBackoff() {}

    /**
     * Return the delay before retry number {@code attemptsSoFar + 1} of the retrier, or {@code null} when its
     * MaxAttempts are used up (MaxAttempts 0 never retries); the random source is asked for only for a FULL jitter.
     */
    static @Nullable Duration delay(Retrier retrier, int attemptsSoFar, Supplier<SplittableRandom> random) {
        if (attemptsSoFar >= retrier.maxAttempts()) {
            return null;
        }
        double seconds = retrier.intervalSeconds() * Math.pow(retrier.backoffRate(), attemptsSoFar);
        if (retrier.maxDelaySeconds() != null) {
            seconds = Math.min(seconds, retrier.maxDelaySeconds());
        }
        if (retrier.jitterStrategy() == Retrier.JitterStrategy.FULL) {
            seconds = random.get().nextDouble() * seconds;
        }
        return Duration.ofMillis(Math.round(Math.min(seconds, MAX_SECONDS) * 1000));
    }
}
