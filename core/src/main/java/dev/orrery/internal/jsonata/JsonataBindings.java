package dev.orrery.internal.jsonata;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orrery.internal.eval.EvaluationContext;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What a JSONata expression of one state evaluation sees: {@code $states.input}, {@code $states.result} (after a
 * task, Parallel or Map succeeded), {@code $states.errorOutput} (in a Catcher), {@code $states.context} (the Context
 * object of the {@link EvaluationContext}) and, through the context, the workflow variables and the seeded random
 * source.
 *
 * <p>Create one per state evaluation and share it between the expressions of that evaluation: the JSONata form of
 * {@code $states} is built once, on first use.
 */
public final class JsonataBindings {

    private final JsonNode input;
    private final @Nullable JsonNode result;
    private final @Nullable JsonNode errorOutput;
    private final EvaluationContext context;
    private @Nullable Map<String, Object> states;

    private JsonataBindings(JsonNode input, @Nullable JsonNode result, @Nullable JsonNode errorOutput,
            EvaluationContext context) {
        this.input = input;
        this.result = result;
        this.errorOutput = errorOutput;
        this.context = context;
    }

    /** Return bindings with {@code $states.input} and {@code $states.context} only. */
    public static JsonataBindings of(JsonNode input, EvaluationContext context) {
        return new JsonataBindings(input, null, null, context);
    }

    /** Return these bindings with {@code $states.result} set. */
    public JsonataBindings withResult(JsonNode result) {
        return new JsonataBindings(input, result, errorOutput, context);
    }

    /** Return these bindings with {@code $states.errorOutput} set (a Catcher's {@code {"Error","Cause"}}). */
    public JsonataBindings withErrorOutput(JsonNode errorOutput) {
        return new JsonataBindings(input, result, errorOutput, context);
    }

    /** Return {@code $states.input}. */
    public JsonNode input() {
        return input;
    }

    /** Return {@code $states.result}, or {@code null} when the state has none. */
    public @Nullable JsonNode result() {
        return result;
    }

    /** Return {@code $states.errorOutput}, or {@code null} outside a Catcher. */
    public @Nullable JsonNode errorOutput() {
        return errorOutput;
    }

    /** Return the evaluation context (Context object, variables, random source). */
    public EvaluationContext context() {
        return context;
    }

    /** Return the JSONata value of {@code $states}, built on first use. */
    Map<String, Object> states() {
        Map<String, Object> built = states;
        if (built == null) {
            built = new LinkedHashMap<>();
            built.put("input", JsonataValues.toJsonata(input));
            if (result != null) {
                built.put("result", JsonataValues.toJsonata(result));
            }
            if (errorOutput != null) {
                built.put("errorOutput", JsonataValues.toJsonata(errorOutput));
            }
            built.put("context", JsonataValues.toJsonata(context.contextObject()));
            states = built;
        }
        return built;
    }
}
