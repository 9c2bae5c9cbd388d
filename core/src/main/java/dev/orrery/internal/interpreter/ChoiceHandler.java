package dev.orrery.internal.interpreter;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orrery.internal.choice.CompiledCondition;
import dev.orrery.internal.dataflow.JsonPathProcessor;
import dev.orrery.internal.eval.ExpressionSyntaxException;
import dev.orrery.internal.eval.StatesException;
import dev.orrery.model.ChoiceRule;
import dev.orrery.model.ChoiceState;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Choice: the first rule whose condition holds names the next state, else Default, else States.NoChoiceMatched. */
final class ChoiceHandler extends CompiledState {

    private final ChoiceState state;
    private final JsonPathProcessor processor;
    private final List<CompiledCondition> conditions = new ArrayList<>();
    private final List<CompiledState> targets = new ArrayList<>();
    private @Nullable CompiledState defaultTarget;

    ChoiceHandler(ChoiceState state, JsonPathProcessor processor) {
        super(state);
        this.state = state;
        this.processor = processor;
        for (ChoiceRule rule : state.choices()) {
            try {
                conditions.add(CompiledCondition.compile(rule.condition()));
            } catch (ExpressionSyntaxException e) {
                throw new IllegalArgumentException("State \"" + state.name() + "\": " + e.getMessage(), e);
            }
        }
    }

    @Override
    void link(CompiledGraph graph) {
        state.choices().forEach(rule -> targets.add(graph.state(rule.next())));
        defaultTarget = state.defaultState() == null ? null : graph.state(state.defaultState());
    }

    @Override
    StepResult execute(Activation activation, JsonNode input) {
        JsonNode effective = processor.effectiveInput(input, activation);
        CompiledState next = defaultTarget;
        for (int i = 0; i < conditions.size(); i++) {
            if (conditions.get(i).test(effective, activation)) {
                next = targets.get(i);
                break;
            }
        }
        if (next == null) {
            throw new StatesException("States.NoChoiceMatched",
                    "No Choice rule matched the input and the state has no Default.");
        }
        return new StepResult.Continue(next, processor.output(input, effective, activation));
    }
}
