package dev.orrery.internal.interpreter;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orrery.internal.eval.ExpressionSyntaxException;
import dev.orrery.internal.jsonata.JsonataBindings;
import dev.orrery.internal.jsonata.JsonataTemplate;
import dev.orrery.internal.jsonata.TemplateSyntaxException;
import dev.orrery.internal.variables.JsonataAssign;
import dev.orrery.model.State;
import org.jspecify.annotations.Nullable;

/**
 * JSONata processing: {@code Arguments} give the task payload (the input when absent); {@code Output} gives the
 * state output (else the task result, or the input); {@code Assign} sees the same {@code $states} as {@code Output}
 * and the variables from before the state.
 */
final class JsonataIo implements StateIo {

    private final @Nullable JsonataTemplate arguments;
    private final @Nullable JsonataTemplate output;
    private final @Nullable JsonataAssign assign;

    private JsonataIo(@Nullable JsonataTemplate arguments, @Nullable JsonataTemplate output,
            @Nullable JsonataAssign assign) {
        this.arguments = arguments;
        this.output = output;
        this.assign = assign;
    }

    static JsonataIo compile(State state) {
        try {
            return new JsonataIo(template(state.io().arguments(), "Arguments"), template(state.io().output(), "Output"),
                    state.io().assign() == null ? null : JsonataAssign.compile(state.io().assign(), "Assign"));
        } catch (ExpressionSyntaxException e) {
            throw new IllegalArgumentException("State \"" + state.name() + "\": " + e.getMessage(), e);
        }
    }

    /** Compile an optional JSONata template at the given field. */
    static @Nullable JsonataTemplate template(@Nullable JsonNode value, String field)
            throws ExpressionSyntaxException {
        try {
            return value == null ? null : JsonataTemplate.compile(value, field);
        } catch (TemplateSyntaxException e) {
            throw new ExpressionSyntaxException(e.getMessage(), e.syntaxError().offset());
        }
    }

    @Override
    public JsonNode effectiveInput(JsonNode input, Activation activation) {
        if (arguments == null) {
            return input;
        }
        JsonNode effective = arguments.evaluate(JsonataBindings.of(input, activation));
        activation.afterParameters(effective);
        return effective;
    }

    @Override
    public JsonNode resultOutput(JsonNode input, JsonNode result, Activation activation) {
        activation.result(result);
        return finish(JsonataBindings.of(input, activation).withResult(result), result, activation);
    }

    @Override
    public JsonNode passOutput(JsonNode input, @Nullable JsonNode result, Activation activation) {
        return finish(JsonataBindings.of(input, activation), result != null ? result : input, activation);
    }

    @Override
    public JsonNode passThrough(JsonNode input, JsonNode effective, Activation activation, boolean withAssign) {
        JsonataBindings bindings = JsonataBindings.of(input, activation);
        if (withAssign && assign != null) {
            activation.assign(assign.evaluate(bindings));
        }
        return output == null ? input : output.evaluate(bindings);
    }

    private JsonNode finish(JsonataBindings bindings, JsonNode fallback, Activation activation) {
        if (assign != null) {
            activation.assign(assign.evaluate(bindings));
        }
        return output == null ? fallback : output.evaluate(bindings);
    }
}
