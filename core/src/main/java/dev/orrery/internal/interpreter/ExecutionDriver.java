package dev.orrery.internal.interpreter;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orrery.run.Execution;
import dev.orrery.run.ExecutionStatus;
import dev.orrery.run.PendingCallback;
import dev.orrery.run.StateVisit;
import dev.orrery.spi.TaskOutcome;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Drives one started execution from test code: callbacks and virtual time; behind the public ExecutionSession. */
public final class ExecutionDriver {

    private final ExecutionRun run;

    ExecutionDriver(ExecutionRun run) {
        this.run = run;
    }

    /** Return the callbacks the execution waits for, oldest first. */
    public List<PendingCallback> pending() {
        return run.callbacks().pending();
    }

    /** Answer a callback with a copy of the output (the caller keeps its node), then run what follows. */
    public void sendTaskSuccess(String token, JsonNode output) {
        run.callbacks().open(token).answer(TaskOutcome.success(output.deepCopy()));
        run.settle();
    }

    /** Answer a callback with a failure, then run what follows at the current instant. */
    public void sendTaskFailure(String token, String error, @Nullable String cause) {
        run.callbacks().open(token).answer(TaskOutcome.failure(error, cause));
        run.settle();
    }

    /**
     * Hand the oldest untaken task of the activity to a worker, as GetActivityTask does, or return {@code null} when
     * none waits.
     */
    public @Nullable PendingCallback getActivityTask(String activityArn, @Nullable String workerName) {
        CallbackWait wait = run.callbacks().untakenActivityTask(activityArn);
        return wait == null ? null : wait.take(workerName);
    }

    /** Send a heartbeat for a callback. */
    public void sendTaskHeartbeat(String token) {
        run.callbacks().open(token).heartbeat();
        run.settle();
    }

    /** Run the timers due up to the instant and move the clock there. */
    public void advanceTo(Instant instant) {
        run.advanceTo(instant);
    }

    /** Return the virtual time. */
    public Instant now() {
        return run.now();
    }

    /** Return the status so far. */
    public ExecutionStatus status() {
        return run.status();
    }

    /** Return the states entered so far, in entry order. */
    public List<StateVisit> visits() {
        return run.visits();
    }

    /** Return the execution as it stands, history so far included. */
    public Execution snapshot() {
        return run.snapshot();
    }

    /** Stop the execution as StopExecution does. */
    public void stop(@Nullable String error, @Nullable String cause) {
        run.abort(error, cause);
    }

    /** Run the execution to its end, leaving pending callbacks unanswered. */
    public Execution runToCompletion() {
        return run.runToCompletion();
    }
}
