package dev.orrery.internal.interpreter;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orrery.model.SucceedState;

/** Succeed: ends the branch with the input after InputPath and OutputPath. */
final class SucceedHandler extends CompiledState {

    private final StateIo io;

    SucceedHandler(SucceedState state, StateIo io) {
        super(state);
        this.io = io;
    }

    @Override
    void link(CompiledGraph graph) {
        // a Succeed state has no transition
    }

    @Override
    StepResult execute(Activation activation, JsonNode input) {
        JsonNode effective = io.effectiveInput(input, activation);
        return new StepResult.Continue(null, io.passThrough(input, effective, activation, true));
    }
}
