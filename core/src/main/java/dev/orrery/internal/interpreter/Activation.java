package dev.orrery.internal.interpreter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.orrery.internal.eval.EvaluationContext;
import dev.orrery.internal.history.EventKind;
import dev.orrery.internal.history.RecordedVisits;
import dev.orrery.internal.history.VisitLog;
import dev.orrery.internal.variables.AssignedVariables;
import dev.orrery.run.Attempt;
import dev.orrery.run.StateVisit;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.jspecify.annotations.Nullable;

/**
 * One entry into a state: what the state's handler may read (its input, the Context object, the seeded random
 * source) and what the execution reports about it afterwards (a {@link StateVisit}).
 */
final class Activation implements EvaluationContext, RecordedVisits.Entry {

    private static final int[] NO_RETRIES = new int[0];

    private final ExecutionRun run;
    private final Fiber fiber;
    private final CompiledState state;
    private final JsonNode input;
    private final long enteredEventId;
    private final Instant enteredTime;
    private int retryCount;
    private int[] attemptsByRetrier = NO_RETRIES;
    private @Nullable String taskToken;
    private @Nullable JsonNode contextObject;
    private @Nullable JsonNode output;
    private @Nullable Instant exitedTime;
    private @Nullable String error;
    private @Nullable String failureEvent;
    private int caughtBy = -1;
    private int matchedChoiceRule = StateVisit.NO_CHOICE;
    private AssignedVariables assigned = AssignedVariables.none();
    private Map<String, JsonNode> variablesAfter = Map.of();
    private @Nullable JsonNode afterInputPath;
    private @Nullable JsonNode afterParameters;
    private @Nullable JsonNode result;
    private @Nullable JsonNode afterResultSelector;
    private @Nullable JsonNode afterResultPath;
    // the attempts ended so far and the start of the one under way; only for states that record them
    private @Nullable List<Attempt> attempts;
    private @Nullable Instant attemptScheduled;
    // this visit's place among the execution's visits, -1 while it has none (a child execution's state)
    private int visitIndex = -1;

    Activation(ExecutionRun run, Fiber fiber, CompiledState state, JsonNode input, long enteredEventId) {
        this.run = run;
        this.fiber = fiber;
        this.state = state;
        this.input = input;
        this.enteredEventId = enteredEventId;
        this.enteredTime = run.now();
    }

    ExecutionRun run() {
        return run;
    }

    CompiledState state() {
        return state;
    }

    /** Return the fiber this state runs on (the parent of the fibers a Parallel or Map state starts). */
    Fiber fiber() {
        return fiber;
    }

    /**
     * Set the event to record when this state fails for good (no retrier retries it), before any Catch: e.g.
     * {@code MapStateFailed} once {@code MapStateStarted} was recorded; {@code null} for none.
     */
    void failureEvent(@Nullable String type) {
        this.failureEvent = type;
    }

    /** Return the event to record when the state fails for good, and forget it. */
    @Nullable
    String takeFailureEvent() {
        String type = failureEvent;
        failureEvent = null;
        return type;
    }

    /** Resume a state that returned {@link StepResult.Suspended}: the result is handled at the current instant. */
    void resume(StepResult result) {
        run.scheduler().soon(() -> fiber.resume(this, result));
    }

    /** Return the id of this state's StateEntered event. */
    long enteredEventId() {
        return enteredEventId;
    }

    /** Return whether this state's fiber recorded no event since the state's StateEntered event. */
    boolean recordedNothingSinceEntry() {
        return fiber.lastEventId() == enteredEventId;
    }

    /**
     * Record an event that follows the event before this state's StateEntered event, as AWS records
     * {@code EvaluationFailed}, and return its id; the fiber's later events follow it.
     */
    long recordBeforeEntry(String type, @Nullable String detailsKey, @Nullable ObjectNode details) {
        return fiber.recordAfter(run.history().previousEventIdOf(enteredEventId), type, detailsKey, details);
    }

    /** Record an event of this state's fiber that follows the given event and return its id. */
    long recordAfter(long previousEventId, String type, @Nullable String detailsKey, @Nullable ObjectNode details) {
        long id = fiber.recordAfter(previousEventId, type, detailsKey, details);
        if (state.recordsAttempts()) {
            attempt(type, details);
        }
        return id;
    }

    /** Record an event of the given kind keeping the given value (see {@link EventKind}) and return its id. */
    long record(EventKind kind, @Nullable JsonNode value) {
        long id = fiber.record(kind, value);
        if (state.recordsAttempts()) {
            attempt(kind.type(), null);
        }
        return id;
    }

    /** Record an event of this state's fiber and return its id. */
    long record(String type, @Nullable String detailsKey, @Nullable ObjectNode details) {
        long id = fiber.record(type, detailsKey, details);
        if (state.recordsAttempts()) {
            attempt(type, details);
        }
        return id;
    }

    /**
     * Record an event of the given kind keeping the given value (see {@link EventKind}), whose part in an attempt is
     * known: an event that ends an attempt with an error keeps its whole details object, which gives the error.
     */
    long record(EventKind kind, @Nullable JsonNode value, AttemptRole role) {
        long id = fiber.record(kind, value);
        if (state.recordsAttempts()) {
            attempt(role, role == AttemptRole.FAILS && value instanceof ObjectNode details ? details : null);
        }
        return id;
    }

    /**
     * Record a failed event of a kind that keeps the failure (see {@link EventKind#withError}), which ends the
     * attempt under way with its error and cause, and return its id.
     */
    long recordFailure(EventKind kind, StepResult.Failed failure) {
        long id = fiber.record(kind, EventKind.failure(failure));
        if (state.recordsAttempts() && attemptScheduled != null) {
            // as the details give them: an empty error is left out
            endAttempt(run.now(), failure.error().isEmpty() ? null : failure.error(), failure.cause());
        }
        return id;
    }

    /**
     * What an event does to the attempts of the state's work: a {@code *Scheduled}, {@code ParallelStateStarted} or
     * {@code MapStateStarted} event begins one (and leaves one still under way without an end); the task's or
     * state's own {@code *Succeeded}, {@code *Failed}, {@code *TimedOut} or {@code *Aborted} event ends it, with the
     * error and cause of its details (not a Map iteration's or Map Run's event).
     */
    enum AttemptRole {
        /** The event begins an attempt. */
        BEGINS,
        /** The event ends the attempt under way successfully. */
        SUCCEEDS,
        /** The event ends the attempt under way with the error and cause of its details. */
        FAILS,
        /** The event does not change the attempts. */
        NONE;

        /** Return the role of an event of the given type. */
        static AttemptRole of(String type) {
            if (type.endsWith("Scheduled") || type.equals("ParallelStateStarted")
                    || type.equals("MapStateStarted")) {
                return BEGINS;
            }
            if (type.startsWith("MapIteration") || type.startsWith("MapRun") || type.startsWith("Evaluation")) {
                return NONE;
            }
            if (type.endsWith("Succeeded")) {
                return SUCCEEDS;
            }
            return type.endsWith("Failed") || type.endsWith("TimedOut") || type.endsWith("Aborted") ? FAILS : NONE;
        }
    }

    private void attempt(String type, @Nullable ObjectNode details) {
        attempt(AttemptRole.of(type), details);
    }

    private void attempt(AttemptRole role, @Nullable ObjectNode details) {
        if (role == AttemptRole.BEGINS) {
            endAttempt(null, null, null);
            attemptScheduled = run.now();
        } else if (role != AttemptRole.NONE && attemptScheduled != null) {
            boolean failed = role == AttemptRole.FAILS && details != null;
            endAttempt(run.now(), failed ? details.path("error").asText(null) : null,
                    failed ? details.path("cause").asText(null) : null);
        }
    }

    /**
     * End the attempt under way, if any, with the error the state raised: for a Parallel or Map state, whose failure
     * event is recorded only when no retrier retries it, and carries no error.
     */
    void attemptFailed(@Nullable String failure, @Nullable String failureCause) {
        endAttempt(run.now(), failure, failureCause);
    }

    /** Add the attempt under way, if any, to those ended, with the given end ({@code null}: it never ended). */
    private void endAttempt(@Nullable Instant ended, @Nullable String failure, @Nullable String failureCause) {
        Instant scheduled = attemptScheduled;
        if (scheduled == null) {
            return;
        }
        if (attempts == null) {
            // room for the retries the state's retriers can make: a retried visit's list does not grow
            attempts = new ArrayList<>(state.errorHandler().attemptsRoom());
        }
        attempts.add(new Attempt(attempts.size() + 1, scheduled, ended, failure, failureCause));
        attemptScheduled = null;
    }

    /** Return the attempts so far, the one under way last, without an end. */
    private List<Attempt> attemptsSoFar() {
        List<Attempt> ended = attempts == null ? List.of() : attempts;
        if (attemptScheduled == null) {
            return ended;
        }
        List<Attempt> all = new ArrayList<>(ended);
        all.add(new Attempt(all.size() + 1, attemptScheduled, null, null, null));
        return all;
    }

    /** Return the 0-based retry attempt ({@code $$.State.RetryCount}). */
    int retryCount() {
        return retryCount;
    }

    /** Return how many retries the given retrier has made in this activation. */
    int attempts(int retrier) {
        return retrier < attemptsByRetrier.length ? attemptsByRetrier[retrier] : 0;
    }

    /** Count a retry by the given retrier. */
    void retried(int retrier) {
        if (retrier >= attemptsByRetrier.length) {
            attemptsByRetrier = java.util.Arrays.copyOf(attemptsByRetrier, retrier + 1);
        }
        attemptsByRetrier[retrier]++;
        retryCount++;
        contextObject = null;
        failureEvent = null;
    }

    JsonNode input() {
        return input;
    }

    void taskToken(@Nullable String token) {
        this.taskToken = token;
        contextObject = null;
    }

    @Nullable
    String taskToken() {
        return taskToken;
    }

    /** Prefix a runtime error's cause as AWS does for errors raised while executing a state. */
    String describeFailure(@Nullable String cause) {
        return "An error occurred while executing the state '" + state.name() + "' (entered at the event id #"
                + enteredEventId + ")." + (cause == null ? "" : " " + cause);
    }

    void completed(JsonNode stateOutput) {
        this.output = stateOutput;
        this.exitedTime = run.now();
        this.variablesAfter = fiber.scope().visible();
        if (visitIndex >= 0) {
            // nothing changes a visit once its state is left: keep the visit, not what the state needed to run
            run.finished(visitIndex, this);
        }
    }

    /** Place this visit among the execution's visits. */
    void visitIndex(int index) {
        this.visitIndex = index;
    }

    /** Remember which Choice rule matched (its index, or {@link StateVisit#DEFAULT_CHOICE}). */
    void matchedChoiceRule(int rule) {
        this.matchedChoiceRule = rule;
    }

    /** Return the Choice rule that matched, {@link StateVisit#DEFAULT_CHOICE} or {@link StateVisit#NO_CHOICE}. */
    int matchedChoiceRule() {
        return matchedChoiceRule;
    }

    /** Remember which catcher (0-based, in declaration order) handled this visit's error. */
    void caughtBy(int catcherIndex) {
        this.caughtBy = catcherIndex;
    }

    void failed(String stateError) {
        this.error = stateError;
        // a Choice that fails after its rule matched (its output too large) chose no next state
        this.matchedChoiceRule = StateVisit.NO_CHOICE;
        this.variablesAfter = fiber.scope().visible();
    }

    /** Set the variables this activation assigns when the state exits (its own, a Choice rule's or a catcher's). */
    void assign(AssignedVariables variables) {
        this.assigned = variables;
    }

    /** Return the variables to assign when the state exits; none unless set. */
    AssignedVariables assigned() {
        return assigned;
    }

    /** Remember the input after InputPath (a reference to the node the processing made, not a copy). */
    void afterInputPath(JsonNode value) {
        this.afterInputPath = value;
    }

    /** Remember the effective input after Parameters (JSONPath) or Arguments (JSONata). */
    void afterParameters(JsonNode value) {
        this.afterParameters = value;
    }

    /** Remember the state's raw result (a task result, the result array of a Parallel or Map). */
    void result(JsonNode value) {
        this.result = value;
    }

    /** Remember the result after ResultSelector. */
    void afterResultSelector(JsonNode value) {
        this.afterResultSelector = value;
    }

    /** Remember the result placed into the raw input by ResultPath, before OutputPath. */
    void afterResultPath(JsonNode value) {
        this.afterResultPath = value;
    }

    /**
     * Keep this finished visit in the log at its index: as a row of the log's columns when it has no retries,
     * error, catcher or attempts and its data flow stages fit one, else as a {@link FinishedVisit}.
     */
    void keepIn(VisitLog log, int index) {
        if (retryCount == 0 && error == null && caughtBy < 0 && attempts == null && attemptScheduled == null) {
            JsonNode extra = VisitRow.extra(input, output, afterInputPath, afterParameters, result,
                    afterResultSelector, afterResultPath);
            int stages = VisitRow.stages(input, output, extra, afterInputPath, afterParameters, result,
                    afterResultSelector, afterResultPath);
            if (stages >= 0) {
                log.setRow(index, state.visitRow(), input, output, enteredTime, exitedTime, variablesAfter, extra,
                        Math.toIntExact(enteredEventId), Math.toIntExact(fiber.parentEnteredEventId()),
                        fiber.branchIndex(), matchedChoiceRule, stages);
                return;
            }
        }
        log.set(index, finish(true));
    }

    /** Return the visit as it stands now, kept compactly. */
    FinishedVisit finish() {
        return finish(false);
    }

    /**
     * Return the visit as it stands now, kept compactly; {@code left}: the state was left, so nothing adds to its
     * attempts any more and the visit keeps their list itself instead of a copy.
     */
    private FinishedVisit finish(boolean left) {
        List<Attempt> soFar = attemptsSoFar();
        if (left) {
            // whatever might still end an attempt starts a list of its own: the visit's never changes
            attempts = null;
        }
        return new FinishedVisit(state, input, output, enteredTime, exitedTime, retryCount, error, variablesAfter,
                enteredEventId, fiber.parentEnteredEventId(), fiber.branchIndex(), caughtBy, afterInputPath,
                afterParameters, result, afterResultSelector, afterResultPath,
                left || soFar.isEmpty() ? soFar : List.copyOf(soFar), matchedChoiceRule);
    }

    @Override
    public StateVisit visit() {
        return finish().visit();
    }

    @Override
    public String stateName() {
        return state.name();
    }

    /**
     * Return the Context object for a task request: the one already built, else one made when the integration first
     * reads it, as it stands now (the retry count and task token of this attempt).
     */
    JsonNode requestContextObject() {
        JsonNode object = contextObject;
        return object != null ? object
                : run.requestContextObject(state, enteredTime, retryCount, taskToken);
    }

    @Override
    public JsonNode contextObject() {
        JsonNode object = contextObject;
        if (object == null) {
            object = run.contextObjects().forState(state, enteredTime, retryCount, taskToken);
            contextObject = object;
        }
        return object;
    }

    @Override
    public @Nullable JsonNode variable(String name) {
        return fiber.scope().get(name);
    }

    @Override
    public SplittableRandom random() {
        return run.random();
    }
}
