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
    private final @Nullable Conversions conversions;
    private @Nullable Map<String, Object> states;

    private JsonataBindings(JsonNode input, @Nullable JsonNode result, @Nullable JsonNode errorOutput,
            EvaluationContext context, @Nullable Conversions conversions) {
        this.input = input;
        this.result = result;
        this.errorOutput = errorOutput;
        this.context = context;
        this.conversions = conversions;
    }

    /** Return bindings with {@code $states.input} and {@code $states.context} only. */
    public static JsonataBindings of(JsonNode input, EvaluationContext context) {
        return new JsonataBindings(input, null, null, context, null);
    }

    /**
     * Return bindings with {@code $states.input} and {@code $states.context} only that take the JSONata forms of
     * the input and of the Context object's fields from the given conversions when they are the same nodes: the
     * bindings of a Map state's items, whose evaluations all see the state's input and, but for {@code Map}, the
     * same Context object, so that each item does not convert them again (the items themselves among them).
     */
    public static JsonataBindings of(JsonNode input, EvaluationContext context, Conversions conversions) {
        return new JsonataBindings(input, null, null, context, conversions);
    }

    /** Return these bindings with {@code $states.result} set. */
    public JsonataBindings withResult(JsonNode result) {
        return new JsonataBindings(input, result, errorOutput, context, conversions);
    }

    /** Return these bindings with {@code $states.errorOutput} set (a Catcher's {@code {"Error","Cause"}}). */
    public JsonataBindings withErrorOutput(JsonNode errorOutput) {
        return new JsonataBindings(input, result, errorOutput, context, conversions);
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

    /** Return the JSONata form of the named workflow variable's value (a Map item's shares the earlier items'). */
    @Nullable
    Object variableForm(String name, JsonNode value) {
        return conversions == null ? JsonataValues.toJsonata(value) : conversions.variable(name, value);
    }

    /** Return the JSONata value of {@code $states}, built on first use. */
    Map<String, Object> states() {
        Map<String, Object> built = states;
        if (built == null) {
            built = new LinkedHashMap<>();
            built.put("input", conversions == null ? JsonataValues.toJsonata(input) : conversions.input(input));
            if (result != null) {
                built.put("result", JsonataValues.toJsonata(result));
            }
            if (errorOutput != null) {
                built.put("errorOutput", JsonataValues.toJsonata(errorOutput));
            }
            JsonNode contextObject = context.contextObject();
            built.put("context", conversions == null ? JsonataValues.toJsonata(contextObject)
                    : conversions.contextObject(contextObject));
            states = built;
        }
        return built;
    }

    /**
     * The JSONata forms of the input, of the Context object's fields and of the workflow variables last converted,
     * kept to be shared by the bindings of the next evaluation when it sees the same nodes (JSON nodes handed on are
     * never changed, and the JSONata forms are only read, as the expressions of one evaluation already share them).
     */
    public static final class Conversions {
        private @Nullable JsonNode input;
        private @Nullable Object inputForm;
        private final Map<String, JsonNode> fields = new LinkedHashMap<>();
        private final Map<String, Object> fieldForms = new LinkedHashMap<>();
        private final Map<String, JsonNode> variables = new LinkedHashMap<>();
        private final Map<String, Object> variableForms = new LinkedHashMap<>();

        @Nullable
        Object variable(String name, JsonNode value) {
            if (variables.get(name) == value) {
                return variableForms.get(name);
            }
            Object converted = JsonataValues.toJsonata(value);
            variables.put(name, value);
            variableForms.put(name, converted);
            return converted;
        }

        @Nullable
        Object input(JsonNode node) {
            if (node != input) {
                inputForm = JsonataValues.toJsonata(node);
                input = node;
            }
            return inputForm;
        }

        @Nullable
        Object contextObject(JsonNode object) {
            if (!object.isObject()) {
                return JsonataValues.toJsonata(object);
            }
            Map<String, Object> form = new LinkedHashMap<>();
            for (Map.Entry<String, JsonNode> field : object.properties()) {
                JsonNode value = field.getValue();
                Object converted;
                if (fields.get(field.getKey()) == value) {
                    converted = fieldForms.get(field.getKey());
                } else {
                    converted = JsonataValues.toJsonata(value);
                    fields.put(field.getKey(), value);
                    fieldForms.put(field.getKey(), converted);
                }
                form.put(field.getKey(), converted);
            }
            return form;
        }
    }
}
