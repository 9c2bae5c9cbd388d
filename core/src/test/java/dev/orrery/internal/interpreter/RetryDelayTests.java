package dev.orrery.internal.interpreter;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orrery.model.ErrorHandling;
import dev.orrery.model.Retrier;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RetryDelayTests {

    @ParameterizedTest(name = "IntervalSeconds {0}, MaxAttempts {1}, BackoffRate {2}, MaxDelaySeconds {3}")
    @CsvSource({
            "1, 3, 2.0, ",
            "0, 3, 2.0, ",
            "3, 0, 2.0, ",
            "1, 12, 1.5, ",
            "2, 20, 2.0, 30",
            "7, 5, 1.0, ",
            "1, 99999999, 2.0, "
    })
    void gives_the_delays_a_retrier_without_jitter_computes_at_each_retry(int interval, int maxAttempts,
            double backoffRate, Integer maxDelaySeconds) {
        Retrier retrier = new Retrier(List.of("States.ALL"), interval, maxAttempts, backoffRate, maxDelaySeconds,
                Retrier.JitterStrategy.NONE, null);
        ErrorHandler handler = ErrorHandler.compile("Flaky", new ErrorHandling(List.of(retrier), List.of()), null);

        for (int attempts = 0; attempts <= Math.min(maxAttempts, 40); attempts++) {
            assertThat(handler.retryDelay(0, attempts, () -> new SplittableRandom(1)))
                    .isEqualTo(RetryBackoff.delay(retrier, attempts, () -> new SplittableRandom(1)));
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @CsvSource({"1", "42"})
    void draws_a_full_jitter_delay_at_each_retry(long seed) {
        Retrier retrier = new Retrier(List.of("States.ALL"), 4, 6, 2.0, null, Retrier.JitterStrategy.FULL, null);
        ErrorHandler handler = ErrorHandler.compile("Flaky", new ErrorHandling(List.of(retrier), List.of()), null);
        SplittableRandom compiled = new SplittableRandom(seed);
        SplittableRandom direct = new SplittableRandom(seed);

        for (int attempts = 0; attempts <= 6; attempts++) {
            assertThat(handler.retryDelay(0, attempts, () -> compiled))
                    .isEqualTo(RetryBackoff.delay(retrier, attempts, () -> direct));
        }
    }
}
