package dev.orrery.internal.interpreter;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orrery.model.PassState;
import org.jspecify.annotations.Nullable;

/** Pass: the result is {@code Result} when given, else the effective input; then ResultPath and OutputPath. */
final class PassHandler extends CompiledState {

    private final PassState state;
    private final StateIo io;
    private @Nullable CompiledState next;

    PassHandler(PassState state, StateIo io) {
        super(state);
        this.state = state;
        this.io = io;
    }

    @Override
    void link(CompiledGraph graph) {
        next = graph.target(state.transition());
    }

    @Override
    StepResult execute(Activation activation, JsonNode input) {
        return new StepResult.Continue(next, io.passOutput(input, state.result(), activation));
    }
}
