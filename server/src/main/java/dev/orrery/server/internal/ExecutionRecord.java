package dev.orrery.server.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orrery.history.ExecutionHistory;
import dev.orrery.run.Execution;
import dev.orrery.run.ExecutionLimitExceededException;
import dev.orrery.run.ExecutionSession;
import dev.orrery.run.ExecutionStatus;
import dev.orrery.run.PendingCallback;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * One execution and its session. Every change runs under the record's lock and ends with a fresh snapshot, so that
 * readers always see the state between two requests, never one in the middle of a step.
 */
final class ExecutionRecord {

    /** The error an execution stopped by one of Orrery's guards ends with (Orrery's own name). */
    static final String LIMIT_ERROR = "Orrery.ExecutionLimitExceeded";

    private final String arn;
    private final String name;
    private final StateMachineRecord machine;
    private final @Nullable String versionArn;
    private final @Nullable String aliasArn;
    private final String inputText;
    private final JsonNode input;
    private final Instant startDate;
    private final @Nullable ExecutionSession session;
    private final Set<String> issuedTokens = new HashSet<>();
    private volatile Execution snapshot;
    private volatile List<PendingCallback> pending;

    ExecutionRecord(String arn, String name, StateMachineRecord machine, @Nullable String versionArn,
            @Nullable String aliasArn, String inputText, JsonNode input, Instant startDate,
            Function<JsonNode, ExecutionSession> starter) {
        this.arn = arn;
        this.versionArn = versionArn;
        this.aliasArn = aliasArn;
        this.inputText = inputText;
        this.name = name;
        this.machine = machine;
        this.input = input;
        this.startDate = startDate;
        ExecutionSession started = null;
        Execution first;
        try {
            started = starter.apply(input);
            first = started.snapshot();
        } catch (ExecutionLimitExceededException e) {
            first = new Execution(arn, ExecutionStatus.ABORTED, input, null, LIMIT_ERROR, e.getMessage(), List.of(),
                    List.of(), new ExecutionHistory(List.of()), startDate, startDate);
        }
        this.session = started;
        this.snapshot = first;
        this.pending = started == null ? List.of() : started.pendingCallbacks();
        pending.forEach(callback -> issuedTokens.add(callback.taskToken()));
    }

    String arn() {
        return arn;
    }

    String name() {
        return name;
    }

    StateMachineRecord machine() {
        return machine;
    }

    /** Return the ARN of the version the execution was started with, or {@code null}. */
    @Nullable String versionArn() {
        return versionArn;
    }

    /** Return the ARN of the alias the execution was started through, or {@code null}. */
    @Nullable String aliasArn() {
        return aliasArn;
    }

    String inputText() {
        return inputText;
    }

    JsonNode input() {
        return input;
    }

    Instant startDate() {
        return startDate;
    }

    /** Return the execution as it stood after the last completed step. */
    Execution snapshot() {
        return snapshot;
    }

    ExecutionStatus status() {
        return snapshot.status();
    }

    /** Return the callbacks pending after the last step. */
    List<PendingCallback> pending() {
        return pending;
    }

    /** Return whether the token was ever handed out by this execution. */
    synchronized boolean issued(String token) {
        return issuedTokens.contains(token);
    }

    /** Return whether a task of this execution waits for the token now. */
    boolean waitsFor(String token) {
        return pending.stream().anyMatch(callback -> callback.taskToken().equals(token));
    }

    /**
     * Apply a step to the session (an answer, a clock move, a stop) and take a new snapshot; a run that exceeds one
     * of Orrery's guards is stopped with {@link #LIMIT_ERROR} and the guard's message as cause.
     */
    synchronized void step(Consumer<ExecutionSession> action) {
        ExecutionSession session = this.session;
        if (session == null || snapshot.status() != ExecutionStatus.RUNNING) {
            return;
        }
        try {
            action.accept(session);
        } catch (ExecutionLimitExceededException e) {
            session.stop(LIMIT_ERROR, e.getMessage());
        }
        refresh(session);
    }

    /** Hand the oldest untaken task of the activity to a worker, or return empty. */
    synchronized Optional<PendingCallback> takeActivityTask(String activityArn, @Nullable String workerName) {
        ExecutionSession session = this.session;
        if (session == null || snapshot.status() != ExecutionStatus.RUNNING) {
            return Optional.empty();
        }
        Optional<PendingCallback> task = session.getActivityTask(activityArn, workerName);
        refresh(session);
        return task;
    }

    private void refresh(ExecutionSession session) {
        snapshot = session.snapshot();
        pending = session.pendingCallbacks();
        pending.forEach(callback -> issuedTokens.add(callback.taskToken()));
    }

}
