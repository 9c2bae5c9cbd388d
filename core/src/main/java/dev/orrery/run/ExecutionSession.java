package dev.orrery.run;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orrery.internal.interpreter.ExecutionDriver;
import dev.orrery.internal.text.ReadableDuration;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A started execution that test code drives: it answers {@code .waitForTaskToken} callbacks and moves the virtual
 * clock, as a worker or a person would in production, at instants of its choice.
 *
 * <p>The execution runs by itself until it ends or until it waits for a callback that only test code can answer
 * and the next timer lies in the future; then each call below acts at the current virtual instant and lets the
 * execution run on again. Not thread-safe; one session per test.
 *
 * <pre>{@code
 * ExecutionSession session = runner.start(input);
 * session.advanceBy(Duration.ofHours(2));
 * session.sendTaskSuccess(session.taskToken("WaitForApproval"), approved);
 * Execution execution = session.runToCompletion();
 * }</pre>
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class ExecutionSession {

    private final ExecutionDriver driver;
    private final @Nullable Consumer<Execution> whenEnded;
    private boolean reported;

    ExecutionSession(ExecutionDriver driver) {
        this(driver, null);
    }

    /** Create a session that hands its execution to the listener once, when it has ended. */
    ExecutionSession(ExecutionDriver driver, @Nullable Consumer<Execution> whenEnded) {
        this.driver = driver;
        this.whenEnded = whenEnded;
        reportIfEnded();
    }

    /** Hand the ended execution to the runner's listener, once. */
    private ExecutionSession reportIfEnded() {
        if (whenEnded != null && !reported && driver.status() != ExecutionStatus.RUNNING) {
            reported = true;
            whenEnded.accept(driver.snapshot());
        }
        return this;
    }

    /**
     * Return the callbacks the execution waits for, in the order their tasks submitted their work.
     *
     * @return the pending callbacks, empty when none is pending
     */
    public List<PendingCallback> pendingCallbacks() {
        return driver.pending();
    }

    /**
     * Return the task tokens the execution waits for, in the order their tasks submitted their work.
     *
     * @return the pending task tokens, empty when none is pending
     */
    public List<String> pendingTaskTokens() {
        return pendingCallbacks().stream().map(PendingCallback::taskToken).toList();
    }

    /**
     * Return the pending callback of the named Task state.
     *
     * @throws IllegalStateException when the state waits for no callback, or for several (Map iterations)
     * @param stateName the name of the Task state, never {@code null}
     * @return the callback the state waits for
     */
    public PendingCallback pendingCallback(String stateName) {
        List<PendingCallback> matching = pendingCallbacks().stream()
                .filter(callback -> callback.stateName().equals(stateName)).toList();
        if (matching.size() != 1) {
            throw new IllegalStateException("Expected one pending callback of state \"" + stateName + "\" at "
                    + currentTime() + " but found " + matching.size() + "; pending: " + pendingCallbacks());
        }
        return matching.get(0);
    }

    /**
     * Return the task token the named Task state waits with; see {@link #pendingCallback(String)}.
     *
     * @param stateName the name of the Task state, never {@code null}
     * @return the state's task token
     */
    public String taskToken(String stateName) {
        return pendingCallback(stateName).taskToken();
    }

    /**
     * Take the oldest task of the activity that no worker has taken yet, as a worker's GetActivityTask does: the
     * task's {@code ActivityStarted} event is recorded now, with the worker's name, and the returned callback holds the
     * task token and the task's input (its parameters). Empty when no task of the activity waits for a worker (AWS
     * answers GetActivityTask with an empty token then). Activity tasks are left to test code by a mock declared with
     * {@code awaitsCallback()}; one answered without being taken starts when first answered, without worker name.
     *
     * @param activityArn the activity's ARN, as in the Task state's {@code Resource}
     * @param workerName the worker's name recorded in {@code ActivityStarted}, or {@code null} for none
     * @return the activity task taken by the worker, or empty when none waits
     */
    public Optional<PendingCallback> getActivityTask(String activityArn, @Nullable String workerName) {
        Optional<PendingCallback> task = Optional.ofNullable(driver.getActivityTask(Objects.requireNonNull(
                activityArn, "activityArn"), workerName));
        reportIfEnded();
        return task;
    }

    /**
     * Answer a callback as SendTaskSuccess does: the output is the task's result.
     *
     * @throws IllegalArgumentException when no task waits for the token (never issued, answered or timed out)
     * @param taskToken the token of the waiting task, never {@code null}
     * @param output the task's result, never {@code null}; copied, so changing it afterwards changes no run
     * @return this session
     */
    public ExecutionSession sendTaskSuccess(String taskToken, JsonNode output) {
        driver.sendTaskSuccess(Objects.requireNonNull(taskToken, "taskToken"), Objects.requireNonNull(output,
                "output"));
        return reportIfEnded();
    }

    /**
     * Answer a callback as SendTaskFailure does: the task fails with the error and cause (Retry and Catch apply).
     *
     * @throws IllegalArgumentException when no task waits for the token
     * @param taskToken the token of the waiting task, never {@code null}
     * @param error the error name, never {@code null}; {@link dev.orrery.spi.TaskOutcome#NO_ERROR} for none, as
     *     SendTaskFailure without {@code error} (the task then fails without an error name)
     * @param cause the cause text, or {@code null}
     * @return this session
     */
    public ExecutionSession sendTaskFailure(String taskToken, String error, @Nullable String cause) {
        driver.sendTaskFailure(Objects.requireNonNull(taskToken, "taskToken"), Objects.requireNonNull(error,
                "error"), cause);
        return reportIfEnded();
    }

    /**
     * Send a heartbeat as SendTaskHeartbeat does: the state's HeartbeatSeconds clock starts again.
     *
     * @throws IllegalArgumentException when no task waits for the token
     * @param taskToken the token of the waiting task, never {@code null}
     * @return this session
     */
    public ExecutionSession sendTaskHeartbeat(String taskToken) {
        driver.sendTaskHeartbeat(Objects.requireNonNull(taskToken, "taskToken"));
        return reportIfEnded();
    }

    /**
     * Move the virtual clock forward by the duration; the timers due on the way fire (Wait, timeouts).
     *
     * @param duration how far to move the clock, never negative, never {@code null}
     * @return this session
     */
    public ExecutionSession advanceBy(Duration duration) {
        if (duration.isNegative()) {
            throw new IllegalArgumentException("cannot move the virtual clock back: "
                    + ReadableDuration.format(duration));
        }
        return advanceTo(currentTime().plus(duration));
    }

    /**
     * Move the virtual clock forward to the instant (never back); the timers due up to it fire.
     *
     * @param instant the virtual instant to move the clock to, never {@code null}
     * @return this session
     */
    public ExecutionSession advanceTo(Instant instant) {
        driver.advanceTo(Objects.requireNonNull(instant, "instant"));
        return reportIfEnded();
    }

    /**
     * Return the current virtual time.
     *
     * @return the virtual instant the session has reached
     */
    public Instant currentTime() {
        return driver.now();
    }

    /**
     * Return the execution's status so far: {@link ExecutionStatus#RUNNING} until it ends.
     *
     * @return the current status of the execution
     */
    public ExecutionStatus status() {
        return driver.status();
    }

    /**
     * Return the states entered so far, in entry order (as {@link Execution#visits()} will list them): a state the
     * execution is still in, such as a task waiting for its callback, has no exit time yet.
     *
     * @return the visits so far, oldest first
     */
    public List<StateVisit> visits() {
        return driver.visits();
    }

    /**
     * Return the execution as it stands now: its history so far, and while it is {@link ExecutionStatus#RUNNING}
     * no output, error or cause, with the current virtual time as its stop time.
     *
     * @return a snapshot of the execution, never {@code null}
     */
    public Execution snapshot() {
        return driver.snapshot();
    }

    /**
     * Stop the execution as StopExecution does: it ends {@link ExecutionStatus#ABORTED} with an
     * {@code ExecutionAborted} event carrying the error and cause given; tasks in flight and timers are dropped.
     * Nothing happens when the execution has ended already.
     *
     * @param error the error name to record, or {@code null} for none
     * @param cause the cause text to record, or {@code null} for none
     * @return this session
     */
    public ExecutionSession stop(@Nullable String error, @Nullable String cause) {
        driver.stop(error, cause);
        return reportIfEnded();
    }

    /**
     * Run the execution to its end and return it; callbacks still pending stay unanswered, so only their
     * timeouts can end them.
     *
     * @throws ExecutionLimitExceededException when a callback is pending and nothing can end its wait
     * @return the finished execution
     */
    public Execution runToCompletion() {
        Execution ended = driver.runToCompletion();
        if (whenEnded != null && !reported) {
            reported = true;
            whenEnded.accept(ended);
        }
        return ended;
    }
}
