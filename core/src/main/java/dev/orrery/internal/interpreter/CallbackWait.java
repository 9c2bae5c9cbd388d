package dev.orrery.internal.interpreter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.orrery.run.PendingCallback;
import dev.orrery.spi.TaskOutcome;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * One Task state waiting for its callback (SendTaskSuccess, SendTaskFailure, SendTaskHeartbeat) after it submitted
 * its work, with its TimeoutSeconds and HeartbeatSeconds on the virtual clock. The answer comes from test code or
 * from the integration's declared {@link TaskOutcome.Callback#answer()}.
 */
final class CallbackWait {

    private final TaskHandler handler;
    private final Activation activation;
    private final JsonNode input;
    private final String token;
    private final JsonNode parameters;
    private final @Nullable Duration heartbeat;
    private final boolean answeredByTest;
    private final Instant since;
    private int beats;
    private boolean open = true;
    private boolean awaitingWorker;

    CallbackWait(TaskHandler handler, Activation activation, JsonNode input, String token, JsonNode parameters,
            @Nullable Integer heartbeatSeconds, boolean answeredByTest) {
        this.handler = handler;
        this.activation = activation;
        this.input = input;
        this.token = token;
        this.parameters = parameters;
        this.heartbeat = heartbeatSeconds == null ? null : Duration.ofSeconds(heartbeatSeconds);
        this.answeredByTest = answeredByTest;
        this.since = activation.run().now();
        this.awaitingWorker = answeredByTest && handler.resource().kind() == TaskResource.Kind.ACTIVITY;
    }

    /**
     * Register the wait and arm its clocks: the integration's answer and heartbeats first (so that an answer at a
     * deadline wins), then TimeoutSeconds from the task's start and HeartbeatSeconds from now.
     */
    void arm(@Nullable Instant timeoutAt, @Nullable TaskOutcome answer) {
        ExecutionRun run = activation.run();
        run.callbacks().add(this);
        if (answer != null) {
            answer.heartbeats().forEach(at -> run.scheduler().at(since.plus(at), () -> {
                if (isOpen()) {
                    heartbeat();
                }
            }));
            if (!(answer instanceof TaskOutcome.NoResponse)) {
                run.scheduler().at(since.plus(answer.latency()), () -> {
                    if (isOpen()) {
                        answer(answer);
                    }
                });
            }
        }
        if (timeoutAt != null) {
            run.scheduler().at(timeoutAt, () -> expire(false));
        }
        armHeartbeat();
    }

    /** Return whether the wait is a task of the activity that no worker has taken yet. */
    boolean awaitsWorker(String activityArn) {
        return awaitingWorker && isOpen() && handler.resource().resource().equals(activityArn);
    }

    /**
     * Hand the activity task to a worker, as GetActivityTask does: record {@code ActivityStarted} with the worker's
     * name (none when {@code null}).
     */
    PendingCallback take(@Nullable String workerName) {
        awaitingWorker = false;
        ObjectNode details = HistoryRecorder.details();
        if (workerName != null) {
            details.put("workerName", workerName);
        }
        activation.record("ActivityStarted", "activityStartedEventDetails", details);
        return describe();
    }

    /** Answer the wait with a success or a failure, as SendTaskSuccess or SendTaskFailure do. */
    void answer(TaskOutcome outcome) {
        startByAnswer();
        close(() -> handler.completed(activation, input, outcome));
    }

    /** Restart the HeartbeatSeconds clock, as SendTaskHeartbeat does. */
    void heartbeat() {
        startByAnswer();
        armHeartbeat();
    }

    /** Start an activity task its worker answers without having taken it through GetActivityTask. */
    private void startByAnswer() {
        if (awaitingWorker) {
            take(null);
        }
    }

    private void armHeartbeat() {
        if (heartbeat == null) {
            return;
        }
        int beat = ++beats;
        activation.run().scheduler().at(activation.run().now().plus(heartbeat), () -> {
            if (beat == beats) {
                expire(true);
            }
        });
    }

    private void expire(boolean missedHeartbeat) {
        if (isOpen()) {
            close(() -> handler.timedOut(activation, missedHeartbeat));
        }
    }

    private void close(Supplier<StepResult> rest) {
        open = false;
        activation.run().callbacks().remove(this);
        activation.resume(new StepResult.Await(Duration.ZERO, rest));
    }

    /** Return whether the wait still takes an answer: not answered, not timed out, its branch still running. */
    boolean isOpen() {
        return open && !activation.run().isFinished() && !activation.fiber().isAborted();
    }

    /** Return whether only test code answers this wait. */
    boolean answeredByTest() {
        return answeredByTest;
    }

    String token() {
        return token;
    }

    PendingCallback describe() {
        return new PendingCallback(activation.state().name(), token, parameters, since);
    }
}
