package dev.orrery.spi;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/** How a Task call ends: with a result or an error after a virtual latency, or never (until a timeout). */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public sealed interface TaskOutcome permits TaskOutcome.Success, TaskOutcome.Failure, TaskOutcome.NoResponse,
        TaskOutcome.Callback {

    /**
     * Return how much virtual time the call takes; {@link NoResponse} never ends and has no latency.
     *
     * @return the call's virtual latency
     */
    Duration latency();

    /**
     * Return the virtual offsets, from the start of the call, at which the task sends a heartbeat (used with the
     * state's {@code HeartbeatSeconds}); empty when it sends none.
     *
     * @return the heartbeat offsets, in order
     */
    List<Duration> heartbeats();

    /**
     * The error name of a failure that has none, as SendTaskFailure without {@code error} sends: the empty string.
     * Such a failure is recorded without an {@code error} field, {@code States.ALL} and {@code States.TaskFailed}
     * catch it, and its error output is {@code {"Error": null, "Cause": null}} (as recorded on AWS).
     */
    String NO_ERROR = "";

    /**
     * Return a success with the given result and no latency.
     *
     * @param result the task's result, never {@code null}
     * @return the success
     */
    static TaskOutcome success(JsonNode result) {
        return new Success(result, Duration.ZERO);
    }

    /**
     * Return a failure with the given error and cause and no latency.
     *
     * @param error the error name, never {@code null}; {@link #NO_ERROR} for a failure without one
     * @param cause the cause text, or {@code null}
     * @return the failure
     */
    static TaskOutcome failure(String error, @Nullable String cause) {
        return new Failure(error, cause, Duration.ZERO);
    }

    /**
     * The call returned a result.
     *
     * @param result the task's result (the service's response), never {@code null}
     * @param latency virtual time the call takes, never negative
     * @param heartbeats virtual offsets from the start of the call at which heartbeats are sent, never {@code null}
     */
    @API(status = API.Status.EXPERIMENTAL, since = "0.1")
    record Success(JsonNode result, Duration latency, List<Duration> heartbeats) implements TaskOutcome {
        /**
         * Check the arguments and copy the heartbeats.
         *
         * @param result the task's result (the service's response), never {@code null}
         * @param latency virtual time the call takes, never negative
         * @param heartbeats virtual offsets from the start of the call at which heartbeats are sent, never {@code null}
         */
        public Success {
            Objects.requireNonNull(result, "result");
            requireNonNegative(latency);
            heartbeats = checkedHeartbeats(heartbeats);
        }

        /**
         * Create a success that sends no heartbeat.
         *
         * @param result the task's result (the service's response), never {@code null}
         * @param latency virtual time the call takes, never negative
         */
        public Success(JsonNode result, Duration latency) {
            this(result, latency, List.of());
        }
    }

    /**
     * The call failed.
     *
     * @param error the error name, e.g. {@code Lambda.TooManyRequestsException}, never {@code null}; {@link #NO_ERROR}
     *     for a failure without one
     * @param cause the cause text, or {@code null}
     * @param latency virtual time before the failure, never negative
     * @param heartbeats virtual offsets from the start of the call at which heartbeats are sent, never {@code null}
     */
    @API(status = API.Status.EXPERIMENTAL, since = "0.1")
    record Failure(String error, @Nullable String cause, Duration latency, List<Duration> heartbeats)
            implements TaskOutcome {
        /**
         * Check the arguments and copy the heartbeats.
         *
         * @param error the error name, never {@code null}
         * @param cause the cause text, or {@code null}
         * @param latency virtual time before the failure, never negative
         * @param heartbeats virtual offsets from the start of the call at which heartbeats are sent, never {@code null}
         */
        public Failure {
            Objects.requireNonNull(error, "error");
            requireNonNegative(latency);
            heartbeats = checkedHeartbeats(heartbeats);
        }

        /**
         * Create a failure that sends no heartbeat.
         *
         * @param error the error name, e.g. {@code Lambda.TooManyRequestsException}, never {@code null}
         * @param cause the cause text, or {@code null}
         * @param latency virtual time before the failure, never negative
         */
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
    @API(status = API.Status.EXPERIMENTAL, since = "0.1")
    record NoResponse(List<Duration> heartbeats) implements TaskOutcome {
        /**
         * Check and copy the heartbeats.
         *
         * @param heartbeats virtual offsets at which heartbeats are still sent, never {@code null}
         */
        public NoResponse {
            heartbeats = checkedHeartbeats(heartbeats);
        }

        /**
         * Return a call that never answers and sends no heartbeat.
         *
         * @return the silent outcome
         */
        public static NoResponse silent() {
            return new NoResponse(List.of());
        }

        /** Return {@link Duration#ZERO}: a call without response has no latency; check the type instead. */
        @Override
        public Duration latency() {
            return Duration.ZERO;
        }
    }

    /**
     * Return a callback call ({@code .waitForTaskToken}, {@code .sync}) that submitted its work with the given
     * output and now waits for test code to answer through an {@link dev.orrery.run.ExecutionSession}.
     *
     * @param submittedOutput what the call returned when it submitted the work, never {@code null}
     * @return the callback outcome
     */
    static TaskOutcome awaitingCallback(JsonNode submittedOutput) {
        return new Callback(submittedOutput, null);
    }

    /**
     * A callback call ({@code .waitForTaskToken}, {@code .sync}): the service call succeeded with
     * {@code submittedOutput} (the {@code TaskSubmitted} output), then the state waits for the answer.
     *
     * @param submittedOutput the service's response to the call, recorded in the {@code TaskSubmitted} event
     * @param answer what the worker (or the job) answers, counted from the submission: a {@link Success} is sent as
     *     SendTaskSuccess after its latency, a {@link Failure} as SendTaskFailure, a {@link NoResponse} never
     *     answers; heartbeats are sent as SendTaskHeartbeat; {@code null} leaves the answer to test code
     */
    @API(status = API.Status.EXPERIMENTAL, since = "0.1")
    record Callback(JsonNode submittedOutput, @Nullable TaskOutcome answer) implements TaskOutcome {
        /**
         * Check the arguments: the answer cannot be another callback.
         *
         * @param submittedOutput the service's response to the call, recorded in the {@code TaskSubmitted} event
         * @param answer what the worker (or the job) answers, counted from the submission: a {@link Success} is sent as
         *     SendTaskSuccess after its latency, a {@link Failure} as SendTaskFailure, a {@link NoResponse} never
         *     answers; heartbeats are sent as SendTaskHeartbeat; {@code null} leaves the answer to test code
         */
        public Callback {
            Objects.requireNonNull(submittedOutput, "submittedOutput");
            if (answer instanceof Callback) {
                throw new IllegalArgumentException("the answer of a callback cannot be another callback");
            }
        }

        /** Return {@link Duration#ZERO}: the submission itself takes no virtual time. */
        @Override
        public Duration latency() {
            return Duration.ZERO;
        }

        /** Return no heartbeats: the answer carries them. */
        @Override
        public List<Duration> heartbeats() {
            return List.of();
        }
    }

    private static List<Duration> checkedHeartbeats(List<Duration> heartbeats) {
        // most outcomes send none: checking an empty list through forEach would allocate an iterator per outcome
        if (!heartbeats.isEmpty()) {
            heartbeats.forEach(TaskOutcome::requireNonNegative);
        }
        return List.copyOf(heartbeats);
    }

    private static void requireNonNegative(Duration latency) {
        if (latency.isNegative()) {
            throw new IllegalArgumentException("latency must not be negative but was " + latency);
        }
    }
}
