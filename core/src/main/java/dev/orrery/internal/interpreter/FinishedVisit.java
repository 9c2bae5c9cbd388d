package dev.orrery.internal.interpreter;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orrery.internal.history.RecordedVisits;
import dev.orrery.model.QueryLanguage;
import dev.orrery.run.Attempt;
import dev.orrery.run.StateVisit;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A state visit that ended, kept in one object of its own fields instead of its {@link Activation} (which holds what
 * the state needed while it ran) or a {@link StateVisit} with its origin and data flow objects: the
 * {@code StateVisit} is made when the visit is read. Most visits take 72 bytes.
 */
final class FinishedVisit implements RecordedVisits.Entry {

    private static final Rare PLAIN = new Rare(0, null, -1, List.of());

    private final CompiledState state;
    private final JsonNode input;
    private final @Nullable JsonNode output;
    private final Instant entered;
    private final @Nullable Instant exited;
    private final Map<String, JsonNode> variables;
    private final @Nullable JsonNode afterInputPath;
    private final @Nullable JsonNode afterParameters;
    private final @Nullable JsonNode result;
    private final @Nullable JsonNode afterResultSelector;
    private final @Nullable JsonNode afterResultPath;
    // what most visits do not have (a retry, an error, a catcher, attempts), null when they have none
    private final @Nullable Rare rare;
    private final int enteredEventId;
    private final int parentEnteredEventId;
    private final int branchIndex;
    private final int matchedChoiceRule;

    /** The fields most visits leave at their defaults, in an object of their own made only when one is not. */
    private record Rare(int retries, @Nullable String error, int caughtBy, List<Attempt> attempts) {}

    FinishedVisit(CompiledState state, JsonNode input, @Nullable JsonNode output, Instant entered,
            @Nullable Instant exited, int retries, @Nullable String error, Map<String, JsonNode> variables,
            long enteredEventId, long parentEnteredEventId, int branchIndex, int caughtBy,
            @Nullable JsonNode afterInputPath, @Nullable JsonNode afterParameters, @Nullable JsonNode result,
            @Nullable JsonNode afterResultSelector, @Nullable JsonNode afterResultPath, List<Attempt> attempts,
            int matchedChoiceRule) {
        this.state = state;
        this.input = input;
        this.output = output;
        this.entered = entered;
        this.exited = exited;
        this.variables = variables;
        this.enteredEventId = Math.toIntExact(enteredEventId);
        this.parentEnteredEventId = Math.toIntExact(parentEnteredEventId);
        this.branchIndex = branchIndex;
        this.matchedChoiceRule = matchedChoiceRule;
        this.afterInputPath = afterInputPath;
        this.afterParameters = afterParameters;
        this.result = result;
        this.afterResultSelector = afterResultSelector;
        this.afterResultPath = afterResultPath;
        boolean plain = retries == 0 && error == null && caughtBy < 0 && attempts.isEmpty();
        // the list is the caller's to give: a StateVisit copies it when the visit is read
        this.rare = plain ? null : new Rare(retries, error, caughtBy, attempts.isEmpty() ? List.of() : attempts);
    }

    @Override
    public StateVisit visit() {
        Rare extra = rare == null ? PLAIN : rare;
        return new StateVisit(state.name(), state.type(), input, output, entered, exited, extra.retries(),
                extra.error(), variables, new StateVisit.Origin(enteredEventId, parentEnteredEventId, branchIndex),
                extra.caughtBy(), dataFlow(state, afterInputPath, afterParameters, result,
                        afterResultSelector, afterResultPath), extra.attempts(), matchedChoiceRule);
    }

    @Override
    public String stateName() {
        return state.name();
    }

    /** Return the data flow of a visit from its stages, {@link StateVisit.DataFlow#NONE} when none was recorded. */
    static StateVisit.DataFlow dataFlow(CompiledState state, @Nullable JsonNode afterInputPath,
            @Nullable JsonNode afterParameters, @Nullable JsonNode result, @Nullable JsonNode afterResultSelector,
            @Nullable JsonNode afterResultPath) {
        if (afterInputPath == null && afterParameters == null && result == null && afterResultSelector == null
                && afterResultPath == null) {
            return StateVisit.DataFlow.NONE;
        }
        boolean jsonata = state.model().queryLanguage() == QueryLanguage.JSONATA;
        return new StateVisit.DataFlow(afterInputPath, jsonata ? null : afterParameters,
                jsonata ? afterParameters : null, result, afterResultSelector, afterResultPath);
    }
}
