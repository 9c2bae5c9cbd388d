package dev.orrery.internal.interpreter;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orrery.internal.dataflow.JsonPathProcessor;
import dev.orrery.model.PassState;
import org.jspecify.annotations.Nullable;

/** Pass: the result is {@code Result} when given, else the effective input; then ResultPath and OutputPath. */
final class PassHandler extends CompiledState {

    private final PassState state;
    private final JsonPathProcessor processor;
    private @Nullable CompiledState next;

    PassHandler(PassState state, JsonPathProcessor processor) {
        super(state);
        this.state = state;
        this.processor = processor;
    }

    @Override
    void link(CompiledGraph graph) {
        next = graph.target(state.transition());
    }

    @Override
    StepResult execute(Activation activation, JsonNode input) {
        JsonNode effective = processor.effectiveInput(input, activation);
        JsonNode result = state.result() != null ? state.result() : effective;
        return new StepResult.Continue(next, processor.output(input, result, activation));
    }
}
