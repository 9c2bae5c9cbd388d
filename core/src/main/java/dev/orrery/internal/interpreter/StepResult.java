package dev.orrery.internal.interpreter;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orrery.internal.history.EventKind;
import dev.orrery.spi.TaskOutcome;
import java.time.Duration;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/** What one step of a state's work leads to. */
sealed interface StepResult {

    /**
     * The state waits for something outside its own step (child fibers, a callback): whoever completes that work
     * calls {@link Activation#resume(StepResult)} with the state's next result.
     */
    record Suspended() implements StepResult {}

    /**
     * The state completed: go to {@code next}, or end the fiber when it is {@code null}.
     *
     * @param next the next state, or {@code null} for the end of the branch
     * @param output the state output
     */
    record Continue(@Nullable CompiledState next, JsonNode output) implements StepResult {}

    /**
     * The state waits for virtual time to pass, then resumes.
     *
     * @param delay how long, never negative
     * @param resume the rest of the state's work
     */
    record Await(Duration delay, Supplier<StepResult> resume) implements StepResult {}

    /**
     * A task call's usual end (neither TimeoutSeconds nor HeartbeatSeconds can end it first): the state waits for the
     * outcome's latency, then completes with the outcome. One object is the result, the wait's timer action and the
     * rest of the work, where an {@link Await} takes three (itself, its lambda and the fiber's action).
     */
    final class TaskCompletion implements StepResult, Runnable, Supplier<StepResult> {

        private final TaskHandler handler;
        private final Activation activation;
        private final JsonNode input;
        private final TaskOutcome outcome;

        TaskCompletion(TaskHandler handler, Activation activation, JsonNode input, TaskOutcome outcome) {
            this.handler = handler;
            this.activation = activation;
            this.input = input;
            this.outcome = outcome;
        }

        /** Return how long the state waits, never negative. */
        Duration delay() {
            return outcome.latency();
        }

        /** End the wait: the state's fiber completes the task, unless the run ended or the fiber was stopped. */
        @Override
        public void run() {
            activation.fiber().endWait(activation, this);
        }

        /** Complete the task with its outcome. */
        @Override
        public StepResult get() {
            return handler.completed(activation, input, outcome);
        }
    }

    /**
     * The state failed with an error that Retry and Catch may handle.
     *
     * @param error the error name
     * @param cause the cause, or {@code null}
     * @param heartbeatTimeout whether this {@code States.Timeout} came from a missed heartbeat, which
     *     {@code States.HeartbeatTimeout} in ErrorEquals matches as well
     */
    record Failed(String error, @Nullable String cause, boolean heartbeatTimeout)
            implements StepResult, EventKind.Failure {
        /** Create a failure that is not a heartbeat timeout. */
        Failed(String error, @Nullable String cause) {
            this(error, cause, false);
        }
    }

    /**
     * A Fail state ended the execution: no exit event is recorded.
     *
     * @param error the error name, or {@code null}
     * @param cause the cause, or {@code null}
     */
    record Terminated(@Nullable String error, @Nullable String cause) implements StepResult {}
}
