package dev.orrery.spi;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/** How a Task call ends: with a result or an error after a virtual latency, or never (until a timeout). */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public sealed interface TaskOutcome permits TaskOutcome.Success, TaskOutcome.Failure, TaskOutcome.NoResponse {

    /** Return how much virtual time the call takes; {@link NoResponse} never ends and has no latency. */
    Duration latency();

    /**
     * Return the virtual offsets, from the start of the call, at which the task sends a heartbeat (used with the
     * state's {@code HeartbeatSeconds}); empty when it sends none.
     */
    List<Duration> heartbeats();

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
    record Success(JsonNode result, Duration latency, List<Duration> heartbeats) implements TaskOutcome {
        /** Check the arguments and copy the heartbeats. */
        public Success {
            Objects.requireNonNull(result, "result");
            requireNonNegative(latency);
            heartbeats = checkedHeartbeats(heartbeats);
        }

        /** Create a success that sends no heartbeat. */
        public Success(JsonNode result, Duration latency) {
            this(result, latency, List.of());
        }
    }

    /**
     * The call failed.
     *
     * @param error the error name, e.g. {@code Lambda.TooManyRequestsException}, never {@code null}
     * @param cause the cause text, or {@code null}
     * @param latency virtual time before the failure, never negative
     */
    record Failure(String error, @Nullable String cause, Duration latency, List<Duration> heartbeats)
            implements TaskOutcome {
        /** Check the arguments and copy the heartbeats. */
        public Failure {
            Objects.requireNonNull(error, "error");
            requireNonNegative(latency);
            heartbeats = checkedHeartbeats(heartbeats);
        }

        /** Create a failure that sends no heartbeat. */
        public Failure(String error, @Nullable String cause, Duration latency) {
            this(error, cause, latency, List.of());
        }
    }

    /**
     * The call never answers: only the state's {@code TimeoutSeconds} or {@code HeartbeatSeconds} (or the
     * execution's own timeout) ends it.
     *
     * @param heartbeats virtual offsets at which heartbeats are still sent, never {@code null}
     */
    record NoResponse(List<Duration> heartbeats) implements TaskOutcome {
        /** Check and copy the heartbeats. */
        public NoResponse {
            heartbeats = checkedHeartbeats(heartbeats);
        }

        /** Return a call that never answers and sends no heartbeat. */
        public static NoResponse silent() {
            return new NoResponse(List.of());
        }

        /** Return {@link Duration#ZERO}: a call without response has no latency; check the type instead. */
        @Override
        public Duration latency() {
            return Duration.ZERO;
        }
    }

    private static List<Duration> checkedHeartbeats(List<Duration> heartbeats) {
        heartbeats.forEach(TaskOutcome::requireNonNegative);
        return List.copyOf(heartbeats);
    }

    private static void requireNonNegative(Duration latency) {
        if (latency.isNegative()) {
            throw new IllegalArgumentException("latency must not be negative but was " + latency);
        }
    }
}
