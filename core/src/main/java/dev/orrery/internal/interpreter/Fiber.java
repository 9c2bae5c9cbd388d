package dev.orrery.internal.interpreter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.orrery.internal.eval.StatesException;
import dev.orrery.internal.history.EventKind;
import dev.orrery.internal.variables.VariableScope;
import dev.orrery.run.VisitStep;
import java.time.Duration;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * One running path through a graph: the main flow, and later each Parallel branch and Map iteration. It enters
 * states one at a time and hands each step's continuation to the scheduler, so fibers interleave in virtual time.
 */
final class Fiber {

    private final ExecutionRun run;
    private final Consumer<FiberOutcome> onDone;
    private final @Nullable Fiber parent;
    private final boolean detached;
    private final boolean counted;
    // a child fiber's own scope is made when it first assigns: until then it reads its parent's
    private @Nullable VariableScope scope;
    private long lastEventId;
    private long parentEnteredEventId;
    private int branchIndex = -1;
    private boolean aborted;
    private @Nullable Activation inFlight;

    Fiber(ExecutionRun run, long previousEventId, Consumer<FiberOutcome> onDone) {
        this(run, previousEventId, onDone, null);
    }

    /**
     * Create a child fiber (a Parallel branch, a Map iteration): it stops when its parent is aborted, and its
     * workflow variables live in a child scope of its parent's, so it reads outer variables without leaking its own.
     */
    Fiber(ExecutionRun run, long previousEventId, Consumer<FiberOutcome> onDone, @Nullable Fiber parent) {
        this(run, previousEventId, onDone, parent, false);
    }

    /**
     * Create a child fiber; a {@code childExecution} (a distributed Map's child workflow) and everything nested in it
     * keep their states out of the parent's history and path, as AWS keeps them in the child's own history, and a
     * child execution starts with its own root variable scope.
     */
    Fiber(ExecutionRun run, long previousEventId, Consumer<FiberOutcome> onDone, @Nullable Fiber parent,
            boolean childExecution) {
        this.run = run;
        this.lastEventId = previousEventId;
        this.onDone = onDone;
        this.parent = parent;
        this.detached = childExecution || (parent != null && parent.detached);
        this.scope = parent == null || childExecution ? VariableScope.root() : null;
        this.counted = detached || run.childArn() != null;
        if (childExecution) {
            run.children().started(run.childArn());
        }
    }

    /** Count a step of a state of a child execution in the top-level execution's child visits. */
    private void count(VisitStep.Kind kind, Activation activation, String target, int index) {
        if (counted) {
            run.children().step(run.childArn(), kind, activation.state().name(), target, index);
        }
    }

    /** Stop this fiber and its children: their pending steps do nothing and they never report an outcome. */
    void abort() {
        aborted = true;
    }

    boolean isAborted() {
        return aborted || (parent != null && parent.isAborted());
    }

    /** Mark this fiber as branch or iteration {@code index} of the Parallel or Map visit entered at that event. */
    void branchOf(long parentStateEnteredEventId, int index) {
        this.parentEnteredEventId = parentStateEnteredEventId;
        this.branchIndex = index;
    }

    long parentEnteredEventId() {
        return parentEnteredEventId;
    }

    int branchIndex() {
        return branchIndex;
    }

    /**
     * Return the scope to read this fiber's variables from: its own, or while it has none (a child fiber that never
     * assigned) its parent's, which shows the same variables, as an empty child scope would. A fiber without a parent
     * or of a child execution always has its own.
     */
    VariableScope scope() {
        VariableScope own = scope;
        return own != null ? own : java.util.Objects.requireNonNull(parent).scope();
    }

    /** Return this fiber's own scope, the one its assignments go to, made now if it has none yet. */
    private VariableScope ownScope() {
        VariableScope own = scope;
        if (own == null) {
            own = java.util.Objects.requireNonNull(parent).ownScope().child();
            scope = own;
        }
        return own;
    }

    /** Schedule entry into the given state with the given input. */
    void start(CompiledState state, JsonNode input) {
        run.scheduler().soon(() -> enter(state, input));
    }

    long record(String type, @Nullable String detailsKey, @Nullable ObjectNode details) {
        return recordAfter(lastEventId, type, detailsKey, details);
    }

    /** Record an event of the given kind keeping the given value (see {@link EventKind}) and return its id. */
    long record(EventKind kind, @Nullable JsonNode value) {
        if (detached) {
            return lastEventId;
        }
        lastEventId = run.history().record(lastEventId, kind, value);
        return lastEventId;
    }

    /** Return the id of the last event this fiber recorded. */
    long lastEventId() {
        return lastEventId;
    }

    /** Make this fiber's next event follow the given event. */
    void follow(long eventId) {
        this.lastEventId = eventId;
    }

    /** Return whether this fiber records its events in the execution's history (not a child execution's). */
    boolean recordsHistory() {
        return !detached;
    }

    /**
     * Record the {@code <Type>StateAborted} event of the state this fiber entered and did not leave, when its type has
     * one (Task, Wait, Map, Parallel), following the given event; with {@code tasksOnly}, only a Task state's.
     */
    void recordStateAborted(long previousEventId, boolean tasksOnly) {
        Activation state = inFlight;
        inFlight = null;
        if (state == null || !state.state().abortable() || (tasksOnly && !state.state().isTask())) {
            return;
        }
        state.recordAfter(previousEventId, state.state().abortedEvent(), null, null);
    }

    /** Record an event that follows the given event rather than this fiber's last one; later events follow it. */
    long recordAfter(long previousEventId, String type, @Nullable String detailsKey, @Nullable ObjectNode details) {
        if (detached) {
            return lastEventId;
        }
        lastEventId = run.history().record(previousEventId, type, detailsKey, details);
        return lastEventId;
    }

    /** Enter the given state with the given input now (a fan-out's child, in its own turn of the scheduler). */
    void enter(CompiledState state, JsonNode input) {
        if (isAborted()) {
            return;
        }
        run.countTransition(state);
        long enteredId = record(state.enteredKind(), input);
        Activation activation = new Activation(run, this, state, input, enteredId);
        inFlight = activation;
        if (!detached) {
            run.entered(activation);
        }
        count(VisitStep.Kind.ENTERED, activation, "", -1);
        if (!state.unresolved().isEmpty()) {
            proceed(activation, new StepResult.Terminated("States.Runtime", UnresolvedPlaceholders.cause(state)));
            return;
        }
        StepResult result;
        try {
            result = state.execute(activation, input);
        } catch (StatesException e) {
            result = failure(activation, e);
        }
        proceed(activation, result);
    }

    /** Continue a suspended state with its result. */
    void resume(Activation activation, StepResult result) {
        proceed(activation, result);
    }

    private void proceed(Activation activation, StepResult result) {
        if (run.isFinished() || isAborted()) {
            return;
        }
        String problem = result instanceof StepResult.Continue next
                ? run.payloadProblem(next.output(), activation.input(), activation.state().name()) : null;
        if (problem != null) {
            proceed(activation, new StepResult.Terminated("States.DataLimitExceeded", problem));
        } else if (result instanceof StepResult.Continue next) {
            StepResult.Terminated rejected = commit(activation);
            if (rejected != null) {
                proceed(activation, rejected);
                return;
            }
            exit(activation, next.output());
            count(VisitStep.Kind.LEFT, activation, next.next() == null ? "" : next.next().name(),
                    activation.matchedChoiceRule());
            if (next.next() == null) {
                onDone.accept(FiberOutcome.success(next.output()));
            } else {
                CompiledState target = next.next();
                run.scheduler().soon(() -> enter(target, next.output()));
            }
        } else if (result instanceof StepResult.TaskCompletion completion) {
            run.scheduler().at(run.now().plus(completion.delay()), completion);
        } else if (result instanceof StepResult.Await await) {
            run.scheduler().at(run.now().plus(await.delay()), new Resume(activation, await));
        } else if (result instanceof StepResult.Failed failed) {
            handleError(activation, failed);
        } else if (result instanceof StepResult.Suspended) {
            return;
        } else if (result instanceof StepResult.Terminated terminated) {
            activation.attemptFailed(terminated.error(), terminated.cause());
            activation.failed(terminated.error() == null ? "" : terminated.error());
            onDone.accept(FiberOutcome.failure(terminated.error(), terminated.cause()));
        }
    }

    /** Retry the state if a retrier matches and has attempts left, else go to a matching catcher, else fail. */
    private void handleError(Activation activation, StepResult.Failed failed) {
        ErrorHandler handler = activation.state().errorHandler();
        activation.attemptFailed(failed.error(), failed.cause());
        SingleStateRun single = run.singleState();
        if (single != null) {
            single.failed(failed.error(), failed.cause());
        }
        if (retried(activation, handler, failed)) {
            return;
        }
        activation.failed(failed.error());
        String failureEvent = activation.takeFailureEvent();
        if (failureEvent != null) {
            record(failureEvent, null, null);
        }
        ErrorHandler.CompiledCatcher catcher = handler.catcherFor(failed);
        if (catcher == null) {
            // a child that failed without an error name (a Fail state without Error) fails its parent without one
            onDone.accept(FiberOutcome.failure(failed.error().isEmpty() ? null : failed.error(), failed.cause()));
        } else {
            caught(activation, catcher, failed);
        }
    }

    private boolean retried(Activation activation, ErrorHandler handler, StepResult.Failed failed) {
        int retrier = handler.retrierFor(failed);
        SingleStateRun single = run.singleState();
        int attempts = retrier < 0 ? 0
                : activation.attempts(retrier) + (single == null ? 0 : single.retrierRetryCount());
        Duration delay = retrier < 0 ? null : handler.retryDelay(retrier, attempts, run);
        if (delay == null) {
            return false;
        }
        if (single != null) {
            // TestState reports the retry it would make instead of making it
            single.retriable(retrier, delay);
            activation.failed(failed.error());
            onDone.accept(FiberOutcome.failure(failed.error(), failed.cause()));
            return true;
        }
        activation.retried(retrier);
        count(VisitStep.Kind.RETRIED, activation, "", retrier);
        run.scheduler().at(run.now().plus(delay), new Retry(activation));
        return true;
    }

    /** The end of a wait of a state's work (a task's latency), run when the wait is over. */
    private final class Resume implements Runnable {

        private final Activation activation;
        private final StepResult.Await await;

        private Resume(Activation activation, StepResult.Await await) {
            this.activation = activation;
            this.await = await;
        }

        @Override
        public void run() {
            endWait(activation, await.resume());
        }
    }

    /** End a wait of the state's work with the rest of it, unless the run ended or this fiber was stopped. */
    void endWait(Activation activation, Supplier<StepResult> rest) {
        // a stopped iteration or branch records nothing more, not even its task's late end
        if (!run.isFinished() && !isAborted()) {
            proceed(activation, safely(activation, rest));
        }
    }

    /**
     * The next attempt of a state's work, run when its backoff is over: one object for the timer's action and the
     * work, where two lambdas were made through a method handle each (a slow path that cost more than the retry).
     */
    private final class Retry implements Runnable, Supplier<StepResult> {

        private final Activation activation;

        private Retry(Activation activation) {
            this.activation = activation;
        }

        @Override
        public void run() {
            proceed(activation, safely(activation, this));
        }

        @Override
        public StepResult get() {
            return activation.state().execute(activation, activation.input());
        }
    }

    private void caught(Activation activation, ErrorHandler.CompiledCatcher catcher, StepResult.Failed failed) {
        activation.caughtBy(catcher.index());
        JsonNode output;
        try {
            output = activation.state().catchers().output(catcher, activation, failed.error(), failed.cause());
        } catch (StatesException e) {
            proceed(activation, EvaluationFailures.terminated(activation, e));
            return;
        }
        StepResult.Terminated rejected = commit(activation);
        if (rejected != null) {
            proceed(activation, rejected);
            return;
        }
        String problem = run.payloadProblem(output, activation.input(), activation.state().name());
        if (problem != null) {
            proceed(activation, new StepResult.Terminated("States.DataLimitExceeded", problem));
            return;
        }
        exit(activation, output);
        count(VisitStep.Kind.CAUGHT, activation, catcher.next().name(), catcher.index());
        run.scheduler().soon(() -> enter(catcher.next(), output));
    }

    private void exit(Activation activation, JsonNode output) {
        if (activation.assigned().isEmpty()) {
            record(activation.state().exitedKind(), output);
        } else {
            ObjectNode details = HistoryRecorder.details();
            details.set("name", activation.state().nameNode());
            HistoryRecorder.withOutput(details, output);
            AssignStep.describe(details, activation.assigned());
            record(activation.state().exitedEvent(), "stateExitedEventDetails", details);
        }
        inFlight = null;
        activation.completed(output);
    }

    /** Store the activation's assigned variables in this fiber's scope; a size limit failure ends the fiber. */
    private StepResult.@Nullable Terminated commit(Activation activation) {
        try {
            if (!activation.assigned().isEmpty()) {
                ownScope().assign(activation.assigned());
            }
            return null;
        } catch (StatesException e) {
            return new StepResult.Terminated(e.error(), activation.describeFailure(e.cause()));
        }
    }

    private static StepResult safely(Activation activation, Supplier<StepResult> step) {
        try {
            return step.get();
        } catch (StatesException e) {
            return failure(activation, e);
        }
    }

    /** Record a state's evaluation failure and return it as the failure Retry and Catch handle. */
    private static StepResult.Failed failure(Activation activation, StatesException e) {
        String cause = activation.describeFailure(e.cause());
        EvaluationFailures.record(activation, e.error(), cause);
        return new StepResult.Failed(e.error(), cause);
    }
}
