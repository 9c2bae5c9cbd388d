package dev.orrery.internal.dataflow;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.orrery.internal.eval.EvaluationContext;
import dev.orrery.internal.eval.ExpressionSyntaxException;
import dev.orrery.internal.eval.StatesException;
import dev.orrery.internal.jsonpath.CompiledPath;
import java.util.Map;

/** A payload template ({@code Parameters}, {@code ResultSelector}, {@code ItemSelector}) compiled once. */
public final class PayloadTemplate {

    private final JsonNode template;
    private final String field;

    private PayloadTemplate(JsonNode template, String field) {
        this.template = template;
        this.field = field;
    }

    /**
     * Compile a template for the named ASL field.
     *
     * @throws ExpressionSyntaxException when a {@code .$} value is neither a path nor an intrinsic call
     */
    public static PayloadTemplate compile(JsonNode template, String field) throws ExpressionSyntaxException {
        return new PayloadTemplate(template, field);
    }

    /** Evaluate the template against an input. */
    public JsonNode evaluate(JsonNode input, EvaluationContext context) {
        return resolve(template, input, context);
    }

    private JsonNode resolve(JsonNode node, JsonNode input, EvaluationContext context) {
        if (node.isObject()) {
            ObjectNode out = JsonNodeFactory.instance.objectNode();
            for (Map.Entry<String, JsonNode> entry : node.properties()) {
                String key = entry.getKey();
                if (key.endsWith(".$") && entry.getValue().isTextual()) {
                    out.set(key.substring(0, key.length() - 2), select(entry.getValue().asText(), input, context));
                } else {
                    out.set(key, resolve(entry.getValue(), input, context));
                }
            }
            return out;
        }
        if (node.isArray()) {
            ArrayNode out = JsonNodeFactory.instance.arrayNode();
            node.forEach(element -> out.add(resolve(element, input, context)));
            return out;
        }
        return node;
    }

    private JsonNode select(String path, JsonNode input, EvaluationContext context) {
        try {
            JsonNode value = CompiledPath.compile(path).select(input, context);
            if (value == null) {
                throw StatesException.runtime("The JsonPath '" + path + "' specified for the field '" + field
                        + "' could not be found in the input '" + input + "'");
            }
            return value;
        } catch (ExpressionSyntaxException e) {
            throw StatesException.runtime(e.getMessage());
        }
    }
}
