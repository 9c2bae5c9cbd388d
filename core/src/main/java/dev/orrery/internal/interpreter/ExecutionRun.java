package dev.orrery.internal.interpreter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.orrery.internal.history.RecordedVisits;
import dev.orrery.internal.history.VisitLog;
import dev.orrery.internal.text.ReadableDuration;
import dev.orrery.run.Execution;
import dev.orrery.run.ExecutionLimitExceededException;
import dev.orrery.run.ExecutionOptions;
import dev.orrery.run.ExecutionStatus;
import dev.orrery.run.PendingCallback;
import dev.orrery.run.StateVisit;
import dev.orrery.spi.TaskIntegration;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/** The mutable state of one execution while it runs; {@link #run()} returns the immutable result. */
final class ExecutionRun implements HistoryRecorder.OnFull, Consumer<FiberOutcome>, Supplier<SplittableRandom> {

    private static final int SMALL_INVOCATIONS = 8;

    private final CompiledMachine machine;
    private final JsonNode input;
    private final TaskIntegration integration;
    private final ExecutionOptions options;
    private final Scheduler scheduler;
    private final HistoryRecorder history;
    private final RunArns arns;
    // made when a state first needs them: many runs read no Context object and draw no random number
    private @Nullable ContextObjects contextObjects;
    private @Nullable SplittableRandom random;
    // the visits in entry order: a state's Activation while it runs, a row of the log or a FinishedVisit once it
    // is left
    private final VisitLog visits;
    private int unfinishedVisits;
    private final PayloadSizes payloadSizes = new PayloadSizes();
    // the calls of each Task state so far: names and counts side by side, made at the first call (most runs call a
    // few Task states; past SMALL_INVOCATIONS of them, a map by name)
    private @Nullable String[] invokedStates;
    private int @Nullable [] invocationCounts;
    private int invokedStateCount;
    private @Nullable Map<String, int[]> invocations;
    private final CallbackRegistry callbacks;
    private final NestedMachines nested;
    private final @Nullable Consumer<Execution> onEnd;
    private final ChildTally children;
    private final @Nullable String childArn;
    private final Instant deadline;
    private int transitions;
    private boolean maximumDurationArmed;
    private ExecutionStatus status = ExecutionStatus.RUNNING;
    private @Nullable JsonNode output;
    private @Nullable String error;
    private @Nullable String cause;
    private @Nullable JsonNode lastPayloadWithinLimit;
    private @Nullable SingleStateRun singleState;

    /**
     * Create an execution; a nested one ({@code onEnd} not null) shares its parent's clock and callbacks, keeps its
     * own history, and reports its end instead of stopping the loop.
     */
    ExecutionRun(CompiledMachine machine, JsonNode input, TaskIntegration integration, ExecutionOptions options,
            Scheduler scheduler, CallbackRegistry callbacks, NestedMachines nested,
            @Nullable Consumer<Execution> onEnd) {
        this(machine, input, integration, options, scheduler, callbacks, nested, onEnd, new ChildTally(), null);
    }

    /**
     * Create a child execution of a {@code states:startExecution} task: its states are counted in its top-level
     * execution's child visits, under the ARN the task named.
     */
    ExecutionRun(CompiledMachine machine, JsonNode input, TaskIntegration integration, ExecutionOptions options,
            Scheduler scheduler, CallbackRegistry callbacks, NestedMachines nested,
            @Nullable Consumer<Execution> onEnd, ChildTally children, @Nullable String childArn) {
        this.children = children;
        this.childArn = childArn;
        this.machine = machine;
        this.input = input;
        this.integration = integration;
        this.options = options;
        this.scheduler = scheduler;
        this.callbacks = callbacks;
        this.nested = nested;
        this.onEnd = onEnd;
        this.history = machine.isExpress() ? new HistoryRecorder(scheduler, machine.expectedEvents())
                : new HistoryRecorder(scheduler, machine.expectedEvents(), HistoryRecorder.MAX_EVENTS, this);
        this.visits = new VisitLog(machine.expectedVisits());
        this.arns = machine.arns(options);
        this.deadline = arns.deadline();
    }

    Execution run() {
        start();
        return runToCompletion();
    }

    /** Start the execution and run it until it ends or only test code can make it progress. */
    void start() {
        begin();
        settle();
    }

    /** Record the start and schedule the first state, without running anything. */
    void begin() {
        // its details, {input, inputDetails, roleArn}, are made when the history is read
        history.record(0, arns.executionStarted(), input);
        scheduleTimeout();
        // AWS's first state event follows from no event: previousEventId 0, not the ExecutionStarted id
        // the run is its top-level fiber's end: no lambda of its own
        Fiber fiber = new Fiber(this, 0, this);
        if (singleState != null) {
            fiber.scope().assign(singleState.variables());
        }
        fiber.start(machine.graph().start(), input);
    }

    /**
     * Run what is due, and move the clock on while no callback waits for test code: stop when the execution ends,
     * or when a callback is pending and the next timer lies in the future.
     */
    void settle() {
        while (status == ExecutionStatus.RUNNING && canProgress()
                && !(callbacks.awaitingTest() && scheduler.nextTime().isAfter(scheduler.now()))) {
            runNextTimer();
        }
    }

    /** Run every timer due up to the instant, set the clock to it, then settle. */
    void advanceTo(Instant instant) {
        while (status == ExecutionStatus.RUNNING && scheduler.hasPending()
                && !scheduler.nextTime().isAfter(instant)) {
            scheduler.runNext();
        }
        if (status == ExecutionStatus.RUNNING) {
            scheduler.advanceTo(instant);
        }
        settle();
    }

    /** Run the execution to its end, leaving pending callbacks unanswered; return the immutable result. */
    Execution runToCompletion() {
        while (status == ExecutionStatus.RUNNING && canProgress()) {
            runNextTimer();
        }
        if (status == ExecutionStatus.RUNNING) {
            throw new ExecutionLimitExceededException("The execution cannot progress: it waits for a task that never "
                    + "answers and no TimeoutSeconds, HeartbeatSeconds or execution timeout can end the wait. "
                    + "Path so far: " + tail(path()) + waitingCallbacks());
        }
        return snapshot();
    }

    /**
     * Return whether a timer other than the maximum execution time is pending: when only that one is left, the
     * execution waits for something nothing will ever answer, which is a mistake in the test rather than a year to
     * wait out.
     */
    private boolean canProgress() {
        return scheduler.hasPending() && !(maximumDurationArmed && scheduler.pendingCount() == 1);
    }

    /**
     * Stop a running execution as StopExecution does: an {@code ExecutionAborted} event with the error and cause
     * given, status ABORTED, and nothing scheduled runs any more. No effect on an execution that has ended.
     */
    void abort(@Nullable String abortError, @Nullable String abortCause) {
        if (status != ExecutionStatus.RUNNING) {
            return;
        }
        history.record(history.size(), "ExecutionAborted", "executionAbortedEventDetails",
                HistoryRecorder.withError(HistoryRecorder.details(), abortError, abortCause));
        status = ExecutionStatus.ABORTED;
        error = abortError;
        cause = abortCause;
        scheduler.clear();
    }

    /** Return the execution as it stands: while it runs, without output or error, stopped at the current instant. */
    Execution snapshot() {
        machine.observed(history.size(), visits.size());
        return new Execution(arns.execution(), status, input, output, error, cause, path(), visits(),
                history.history(), options.startTime(), scheduler.now(), machine.stateNames(),
                childArn == null ? children.snapshot() : List.of());
    }

    /** Stop the loop at the end of a top-level execution; report the end of a nested one to its parent. */
    private void ended() {
        if (onEnd == null) {
            scheduler.clear();
        } else {
            onEnd.accept(snapshot());
        }
    }

    private void runNextTimer() {
        if (!scheduler.runNextBy(deadline)) {
            throw new ExecutionLimitExceededException("The execution did not end within the maximum virtual "
                    + "duration of " + ReadableDuration.format(options.maxVirtualDuration()) + " (set ExecutionOptions.maxVirtualDuration "
                    + "to allow longer runs). Path so far: " + tail(path()));
        }
    }

    private String waitingCallbacks() {
        List<String> states = callbacks.pending().stream().map(PendingCallback::stateName).toList();
        return states.isEmpty() ? "" : ". Callbacks pending for " + states + ": start the execution with "
                + "StateMachineRunner.start and answer them with ExecutionSession.sendTaskSuccess or "
                + "sendTaskFailure";
    }

    /**
     * Arm the state machine's TimeoutSeconds: at the deadline the execution ends TIMED_OUT whatever is in flight,
     * with an ExecutionTimedOut event without error or cause (AWS's DescribeExecution of a timed-out execution
     * has neither). A top-level Standard execution without one, or with one beyond a year, is timed out at AWS's
     * maximum execution time instead (child executions end within their parent's).
     */
    private void scheduleTimeout() {
        Integer timeoutSeconds = machine.timeoutSeconds();
        // in an int, not a boxed Integer: AWS's maximum is past the boxes Java keeps, one would be made per run
        int seconds;
        if (onEnd == null && !machine.isExpress()
                && (timeoutSeconds == null || timeoutSeconds > CompiledMachine.MAX_STANDARD_DURATION_SECONDS)) {
            seconds = CompiledMachine.MAX_STANDARD_DURATION_SECONDS;
            maximumDurationArmed = true;
        } else if (timeoutSeconds == null) {
            return;
        } else {
            seconds = timeoutSeconds;
        }
        Instant end = maximumDurationArmed ? arns.maximumDurationEnd() : null;
        if (end == null) {
            end = options.startTime().plusSeconds(seconds);
        }
        scheduler.at(end, () -> {
            if (status == ExecutionStatus.RUNNING) {
                history.recordFinal(history.size(), "ExecutionTimedOut", "executionTimedOutEventDetails",
                        HistoryRecorder.details());
                status = ExecutionStatus.TIMED_OUT;
                ended();
            }
        });
    }

    /** The top-level fiber ended: end the run with its outcome. */
    @Override
    public void accept(FiberOutcome outcome) {
        finish(outcome);
    }

    private void finish(FiberOutcome outcome) {
        if (outcome.succeeded()) {
            status = ExecutionStatus.SUCCEEDED;
            output = outcome.output();
            history.recordFinal(history.size(), HistoryRecorder.EXECUTION_SUCCEEDED, outcome.output());
        } else {
            status = ExecutionStatus.FAILED;
            error = outcome.error();
            cause = outcome.cause();
            history.recordFinal(history.size(), HistoryRecorder.EXECUTION_FAILED,
                    HistoryRecorder.withError(HistoryRecorder.details(HistoryRecorder.ERROR_DETAILS), outcome.error(),
                            outcome.cause()));
        }
        ended();
    }

    /**
     * End a Standard execution whose history is full, as AWS does: {@code ExecutionFailed} with
     * {@code States.Runtime} becomes the last event (recorded on AWS).
     */
    /** The history has room for only the event that ends the execution: fail the run before anything else runs. */
    @Override
    public void historyFull() {
        scheduler.first(this::failOnFullHistory);
    }

    private void failOnFullHistory() {
        if (status == ExecutionStatus.RUNNING) {
            finish(FiberOutcome.failure("States.Runtime", "The execution reached the maximum number of history "
                    + "events (" + HistoryRecorder.MAX_EVENTS + ")."));
        }
    }

    void countTransition(CompiledState state) {
        // counts the states of distributed Map child executions too, which stay out of the activations
        if (transitions++ >= options.maxTransitions()) {
            throw new ExecutionLimitExceededException("The execution entered more than " + options.maxTransitions()
                    + " states without ending (set ExecutionOptions.maxTransitions to allow more); it was about to "
                    + "enter \"" + state.name() + "\". Path so far: " + tail(path()));
        }
    }

    /**
     * Return AWS's cause when a state output or task result exceeds the payload quota, or Orrery's when it is nested
     * deeper than {@link PayloadSizes#MAX_DEPTH} levels; {@code null} when it is within both. The last payload found
     * within them is remembered, so that states passing their input through (Pass, Wait, Choice) cost one identity
     * comparison.
     */
    @Nullable String payloadProblem(JsonNode payload, String stateOrTask) {
        return payloadProblem(payload, null, stateOrTask);
    }

    /**
     * As {@link #payloadProblem(JsonNode, String)} for a state output, which is often its input with one field placed
     * by ResultPath: its size is then worked out from the input's.
     */
    @Nullable String payloadProblem(JsonNode payload, @Nullable JsonNode input, String stateOrTask) {
        if (payload == lastPayloadWithinLimit) {
            return null;
        }
        String problem = payloadSizes.problem(payload, input, stateOrTask);
        if (problem == null) {
            lastPayloadWithinLimit = payload;
        }
        return problem;
    }

    void entered(Activation activation) {
        activation.visitIndex(visits.append(activation));
        unfinishedVisits++;
    }

    /** Keep the visit at the given index, whose state was left, in its compact form. */
    void finished(int index, Activation visit) {
        if (visits.get(index) instanceof Activation) {
            unfinishedVisits--;
        }
        visit.keepIn(visits, index);
    }

    /** Return the 0-based number of this call of the named Task state, and count it. */
    int nextInvocation(String stateName) {
        Map<String, int[]> byName = invocations;
        if (byName != null) {
            return byName.computeIfAbsent(stateName, name -> new int[1])[0]++;
        }
        String[] names = invokedStates;
        int[] counts = invocationCounts;
        if (names == null || counts == null) {
            // room for each Task state of the machine, up to SMALL_INVOCATIONS: another name goes to the map
            int room = Math.max(1, Math.min(SMALL_INVOCATIONS, machine.taskStates()));
            names = new String[room];
            counts = new int[room];
            invokedStates = names;
            invocationCounts = counts;
        }
        // a state's calls pass its one name string: compare identities first, then the characters
        for (int i = 0; i < invokedStateCount; i++) {
            if (names[i] == stateName) {
                return counts[i]++;
            }
        }
        for (int i = 0; i < invokedStateCount; i++) {
            if (stateName.equals(names[i])) {
                return counts[i]++;
            }
        }
        if (invokedStateCount == names.length) {
            byName = new HashMap<>();
            for (int i = 0; i < invokedStateCount; i++) {
                byName.put(names[i], new int[] {counts[i]});
            }
            invocations = byName;
            invokedStates = null;
            invocationCounts = null;
            return byName.computeIfAbsent(stateName, name -> new int[1])[0]++;
        }
        names[invokedStateCount] = stateName;
        counts[invokedStateCount++] = 1;
        return 0;
    }

    boolean isFinished() {
        return status != ExecutionStatus.RUNNING;
    }

    Instant now() {
        return scheduler.now();
    }

    /** Return the child visit counts this execution shares with its top-level execution. */
    ChildTally children() {
        return children;
    }

    /**
     * Return the ARN the child visits of this execution's states are counted under: {@code null} for a top-level
     * execution (its distributed Maps' children run its own state machine), the started ARN for a child execution.
     */
    @Nullable
    String childArn() {
        return childArn;
    }

    NestedMachines nested() {
        return nested;
    }

    CallbackRegistry callbacks() {
        return callbacks;
    }

    ExecutionStatus status() {
        return status;
    }

    Scheduler scheduler() {
        return scheduler;
    }

    HistoryRecorder history() {
        return history;
    }

    /** Run only the start state, as TestState does (see {@link SingleStateRun}). */
    void singleState(SingleStateRun single) {
        this.singleState = single;
        contextObjects().override(single.context());
    }

    /** Return the single-state settings of a TestState run, or {@code null} for an ordinary execution. */
    @Nullable
    SingleStateRun singleState() {
        return singleState;
    }

    ContextObjects contextObjects() {
        ContextObjects objects = contextObjects;
        if (objects == null) {
            objects = new ContextObjects(arns, input);
            contextObjects = objects;
        }
        return objects;
    }

    /**
     * Return the Context object of a task request, made when the integration first reads it (see
     * {@link ContextObjects#deferred}): a run whose states read no Context object makes no {@link ContextObjects}.
     */
    JsonNode requestContextObject(CompiledState state, Instant enteredTime, int retryCount,
            @Nullable String taskToken) {
        ContextObjects objects = contextObjects;
        return objects != null ? objects.deferred(state, enteredTime, retryCount, taskToken)
                : ContextObjects.deferred(arns, input, null, null, state, enteredTime, retryCount, taskToken);
    }

    /** Return the execution's seeded random source: the run is its own supplier of it, without a lambda per retry. */
    @Override
    public SplittableRandom get() {
        return random();
    }

    /** Return the execution's seeded random source, made at the first draw (the same draws as one made at start). */
    SplittableRandom random() {
        SplittableRandom source = random;
        if (source == null) {
            source = new SplittableRandom(options.seed());
            random = source;
        }
        return source;
    }

    TaskIntegration integration() {
        return integration;
    }

    ExecutionOptions options() {
        return options;
    }

    /** Return the states entered so far, in entry order; the ones not yet left have no exit time. */
    List<StateVisit> visits() {
        return recordedVisits();
    }

    private RecordedVisits recordedVisits() {
        // when every entry is final, the list shares them: later visits only go past the end it reads
        return visits.snapshot(unfinishedVisits == 0,
                entry -> entry instanceof Activation running ? running.finish() : entry);
    }

    /** Return the names of the states entered so far, in entry order, as an immutable view (the Execution keeps it). */
    private List<String> path() {
        // a state's name is the same in its running and its finished entry, so the names can share them all
        return visits.snapshot(true, UnaryOperator.identity()).names();
    }

    private static String tail(List<String> path) {
        List<String> last = path.subList(Math.max(0, path.size() - 10), path.size());
        return (path.size() > last.size() ? "... -> " : "") + String.join(" -> ", last);
    }

    static Duration seconds(long seconds) {
        return Duration.ofSeconds(seconds);
    }
}
