package dev.orrery.internal.dataflow;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orrery.internal.eval.EvaluationContext;
import dev.orrery.internal.eval.ExpressionSyntaxException;
import dev.orrery.internal.intrinsics.IntrinsicFunctions;
import dev.orrery.internal.jsonpath.CompiledPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A payload template ({@code Parameters}, {@code ResultSelector}, {@code ItemSelector}; {@code Assign} has the same
 * shape) compiled once into a tree of nodes: constant subtrees are shared, {@code "key.$"} entries become path lookups
 * or intrinsic calls, at any depth of objects and arrays.
 */
public final class PayloadTemplate {

    private final TemplateNode root;
    private final String field;

    private PayloadTemplate(TemplateNode root, String field) {
        this.root = root;
        this.field = field;
    }

    /**
     * Compile a template for the named ASL field ({@code Parameters}, {@code ResultSelector}...). Intrinsic calls are
     * compiled here too, so their syntax errors surface at compile time.
     *
     * @throws ExpressionSyntaxException when a {@code .$} value is neither a path nor an intrinsic call
     */
    public static PayloadTemplate compile(JsonNode template, String field) throws ExpressionSyntaxException {
        return new PayloadTemplate(compileNode(template), field);
    }

    /**
     * Evaluate the template against an input.
     *
     * @throws dev.orrery.internal.eval.StatesException {@code States.Runtime} when a path finds nothing, or the
     *     intrinsic's error
     */
    public JsonNode evaluate(JsonNode input, EvaluationContext context) {
        return root.evaluate(input, context);
    }

    /** Return the ASL field the template was compiled for. */
    public String field() {
        return field;
    }

    /** Return whether the template has no {@code .$} entry, so every evaluation returns the same shared tree. */
    public boolean isConstant() {
        return root instanceof ConstantNode;
    }

    private static TemplateNode compileNode(JsonNode node) throws ExpressionSyntaxException {
        if (node.isObject()) {
            return compileObject(node);
        }
        if (node.isArray()) {
            List<TemplateNode> elements = new ArrayList<>(node.size());
            boolean constant = true;
            for (JsonNode element : node) {
                TemplateNode compiled = compileNode(element);
                constant &= compiled instanceof ConstantNode;
                elements.add(compiled);
            }
            return constant ? new ConstantNode(node) : new ArrayTemplate(elements);
        }
        return new ConstantNode(node);
    }

    private static TemplateNode compileObject(JsonNode node) throws ExpressionSyntaxException {
        List<String> keys = new ArrayList<>(node.size());
        List<TemplateNode> values = new ArrayList<>(node.size());
        boolean constant = true;
        for (Map.Entry<String, JsonNode> entry : node.properties()) {
            String key = entry.getKey();
            TemplateNode value;
            if (key.endsWith(".$")) {
                value = compileBinding(key, entry.getValue());
                key = key.substring(0, key.length() - 2);
            } else {
                value = compileNode(entry.getValue());
            }
            constant &= value instanceof ConstantNode;
            keys.add(key);
            values.add(value);
        }
        return constant ? new ConstantNode(node) : new ObjectTemplate(keys, values);
    }

    private static TemplateNode compileBinding(String field, JsonNode value) throws ExpressionSyntaxException {
        String text = value.isTextual() ? value.textValue() : null;
        if (text != null && IntrinsicFunctions.isIntrinsic(text)) {
            return new IntrinsicBinding(IntrinsicFunctions.compile(text));
        }
        if (text != null && text.startsWith("$")) {
            try {
                return new PathBinding(field, CompiledPath.compile(text));
            } catch (ExpressionSyntaxException e) {
                throw invalidBinding(field);
            }
        }
        throw invalidBinding(field);
    }

    private static ExpressionSyntaxException invalidBinding(String field) {
        return new ExpressionSyntaxException(
                "The value for the field '" + field + "' must be a valid JSONPath or a valid intrinsic function call",
                -1);
    }
}
