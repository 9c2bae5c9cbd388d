package dev.orrery.spi;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/** How a Task call ends: with a result or an error, after a virtual latency. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public sealed interface TaskOutcome permits TaskOutcome.Success, TaskOutcome.Failure {

    /** Return how much virtual time the call takes. */
    Duration latency();

    /** Return a success with the given result and no latency. */
    static TaskOutcome success(JsonNode result) {
        return new Success(result, Duration.ZERO);
    }

    /** Return a failure with the given error and cause and no latency. */
    static TaskOutcome failure(String error, @Nullable String cause) {
        return new Failure(error, cause, Duration.ZERO);
    }

    /**
     * The call returned a result.
     *
     * @param result the task's result (the service's response), never {@code null}
     * @param latency virtual time the call takes, never negative
     */
    record Success(JsonNode result, Duration latency) implements TaskOutcome {
        /** Check the arguments. */
        public Success {
            Objects.requireNonNull(result, "result");
            requireNonNegative(latency);
        }
    }

    /**
     * The call failed.
     *
     * @param error the error name, e.g. {@code Lambda.TooManyRequestsException}, never {@code null}
     * @param cause the cause text, or {@code null}
     * @param latency virtual time before the failure, never negative
     */
    record Failure(String error, @Nullable String cause, Duration latency) implements TaskOutcome {
        /** Check the arguments. */
        public Failure {
            Objects.requireNonNull(error, "error");
            requireNonNegative(latency);
        }
    }

    private static void requireNonNegative(Duration latency) {
        if (latency.isNegative()) {
            throw new IllegalArgumentException("latency must not be negative but was " + latency);
        }
    }
}
