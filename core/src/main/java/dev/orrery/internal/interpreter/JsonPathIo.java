package dev.orrery.internal.interpreter;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orrery.internal.dataflow.JsonPathProcessor;
import dev.orrery.internal.eval.ExpressionSyntaxException;
import dev.orrery.internal.variables.JsonPathAssign;
import dev.orrery.model.State;
import org.jspecify.annotations.Nullable;

/**
 * JSONPath processing: {@link JsonPathProcessor} plus the state's {@code Assign}, which reads the result after
 * {@code ResultSelector} (Task), the {@code Result} or effective input (Pass), or the effective input (Choice, Wait).
 */
final class JsonPathIo implements StateIo {

    private final JsonPathProcessor processor;
    private final @Nullable JsonPathAssign assign;

    private JsonPathIo(JsonPathProcessor processor, @Nullable JsonPathAssign assign) {
        this.processor = processor;
        this.assign = assign;
    }

    static JsonPathIo compile(State state) {
        try {
            JsonNode assign = state.io().assign();
            return new JsonPathIo(StateCompiler.processor(state),
                    assign == null ? null : JsonPathAssign.compile(assign, "Assign"));
        } catch (ExpressionSyntaxException e) {
            throw new IllegalArgumentException("State \"" + state.name() + "\": " + e.getMessage(), e);
        }
    }

    /** Compile the processing of a state whose processor is built specially (a Map, whose Parameters select items). */
    static JsonPathIo of(State state, JsonPathProcessor processor) {
        try {
            JsonNode assign = state.io().assign();
            return new JsonPathIo(processor, assign == null ? null : JsonPathAssign.compile(assign, "Assign"));
        } catch (ExpressionSyntaxException e) {
            throw new IllegalArgumentException("State \"" + state.name() + "\": " + e.getMessage(), e);
        }
    }

    @Override
    public JsonNode effectiveInput(JsonNode input, Activation activation) {
        JsonNode selected = processor.selectInput(input, activation);
        activation.afterInputPath(selected);
        if (!processor.hasParameters()) {
            return selected;
        }
        JsonNode effective = processor.applyParameters(selected, activation);
        activation.afterParameters(effective);
        return effective;
    }

    @Override
    public JsonNode resultOutput(JsonNode input, JsonNode result, Activation activation) {
        activation.result(result);
        JsonNode selected = processor.selectResult(result, activation);
        assign(selected, activation);
        return place(input, selected, activation);
    }

    @Override
    public JsonNode passOutput(JsonNode input, @Nullable JsonNode result, Activation activation) {
        JsonNode effective = effectiveInput(input, activation);
        if (result != null) {
            activation.result(result);
        }
        JsonNode value = result != null ? result : effective;
        assign(value, activation);
        return place(input, processor.selectResult(value, activation), activation);
    }

    private JsonNode place(JsonNode input, JsonNode selected, Activation activation) {
        activation.afterResultSelector(selected);
        JsonNode combined = processor.mergeResult(input, selected);
        activation.afterResultPath(combined);
        return processor.selectOutput(combined, activation);
    }

    @Override
    public JsonNode passThrough(JsonNode input, JsonNode effective, Activation activation, boolean withAssign) {
        if (withAssign) {
            assign(effective, activation);
        }
        return processor.output(input, effective, activation);
    }

    private void assign(JsonNode data, Activation activation) {
        if (assign != null) {
            activation.assign(assign.evaluate(data, activation));
        }
    }
}
