package dev.orrery.internal.interpreter;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orrery.internal.eval.StatesException;
import dev.orrery.model.ChoiceState;
import dev.orrery.run.StateVisit;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Choice: the first rule whose condition holds names the next state, else Default, else States.NoChoiceMatched. */
final class ChoiceHandler extends CompiledState {

    private final ChoiceState state;
    private final StateIo io;
    private final ChoiceRules rules;
    private final List<CompiledState> targets = new ArrayList<>();
    private @Nullable CompiledState defaultTarget;

    ChoiceHandler(ChoiceState state, StateIo io) {
        super(state);
        this.state = state;
        this.io = io;
        this.rules = ChoiceRules.compile(state);
    }

    @Override
    void link(CompiledGraph graph) {
        state.choices().forEach(rule -> targets.add(graph.state(rule.next())));
        defaultTarget = state.defaultState() == null ? null : graph.state(state.defaultState());
    }

    @Override
    StepResult execute(Activation activation, JsonNode input) {
        JsonNode effective = io.effectiveInput(input, activation);
        int matched = rules.match(input, effective, activation);
        CompiledState next = matched < 0 ? defaultTarget : targets.get(matched);
        if (next == null) {
            throw new StatesException("States.NoChoiceMatched",
                    "No Choice rule matched the input and the state has no Default.");
        }
        JsonNode ruleOutput = matched < 0 ? null : rules.apply(matched, input, effective, activation);
        JsonNode output = ruleOutput != null ? ruleOutput : io.passThrough(input, effective, activation, matched < 0);
        activation.matchedChoiceRule(matched < 0 ? StateVisit.DEFAULT_CHOICE : matched);
        return new StepResult.Continue(next, output);
    }
}
