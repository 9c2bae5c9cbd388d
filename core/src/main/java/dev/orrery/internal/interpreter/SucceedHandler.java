package dev.orrery.internal.interpreter;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orrery.internal.dataflow.JsonPathProcessor;
import dev.orrery.model.SucceedState;

/** Succeed: ends the branch with the input after InputPath and OutputPath. */
final class SucceedHandler extends CompiledState {

    private final JsonPathProcessor processor;

    SucceedHandler(SucceedState state, JsonPathProcessor processor) {
        super(state);
        this.processor = processor;
    }

    @Override
    void link(CompiledGraph graph) {
        // a Succeed state has no transition
    }

    @Override
    StepResult execute(Activation activation, JsonNode input) {
        JsonNode effective = processor.effectiveInput(input, activation);
        return new StepResult.Continue(null, processor.output(input, effective, activation));
    }
}
