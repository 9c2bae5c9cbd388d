package dev.orrery.internal.jsonata;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orrery.internal.eval.ExpressionSyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A JSON value of a JSONata state field ({@code Arguments}, {@code Output}, an {@code Assign} value, {@code Items},
 * {@code ItemSelector}...) in which every string written {@code {% ... %}} is an expression, at any depth. Compiled
 * once, evaluated many times; the parts without expressions are constants shared between evaluations.
 *
 * <p>Each expression knows its field path for AWS's error texts: {@code Output}, {@code Output/result}, {@code
 * Output/values[0]}, {@code Output/values[0]/id}, {@code Assign/x}.
 */
public final class JsonataTemplate {

    private final TemplatePart root;
    private final String field;

    private JsonataTemplate(TemplatePart root, String field) {
        this.root = root;
        this.field = field;
    }

    /**
     * Compile a template.
     *
     * @param field the path of the value in the state, e.g. {@code Output} or {@code Assign/x}
     * @throws TemplateSyntaxException when an expression is not valid JSONata; it names the field path
     */
    public static JsonataTemplate compile(JsonNode template, String field) throws TemplateSyntaxException {
        return new JsonataTemplate(compilePart(template, field), field);
    }

    private static TemplatePart compilePart(JsonNode node, String path) throws TemplateSyntaxException {
        if (node.isTextual() && JsonataExpression.isExpression(node.textValue())) {
            try {
                return new TemplatePart.Expression(JsonataExpression.compileDelimited(node.textValue()), path);
            } catch (ExpressionSyntaxException e) {
                throw new TemplateSyntaxException(path, e);
            }
        }
        if (node.isObject()) {
            return compileObject(node, path);
        }
        if (node.isArray()) {
            List<TemplatePart> elements = new ArrayList<>(node.size());
            boolean constant = true;
            for (int i = 0; i < node.size(); i++) {
                TemplatePart part = compilePart(node.get(i), path + "[" + i + "]");
                constant &= part instanceof TemplatePart.Constant;
                elements.add(part);
            }
            return constant ? new TemplatePart.Constant(node) : new TemplatePart.ArrayPart(List.copyOf(elements));
        }
        return new TemplatePart.Constant(node);
    }

    private static TemplatePart compileObject(JsonNode node, String path) throws TemplateSyntaxException {
        List<String> keys = new ArrayList<>(node.size());
        List<TemplatePart> values = new ArrayList<>(node.size());
        boolean constant = true;
        for (Map.Entry<String, JsonNode> entry : node.properties()) {
            TemplatePart part = compilePart(entry.getValue(), path + "/" + entry.getKey());
            constant &= part instanceof TemplatePart.Constant;
            keys.add(entry.getKey());
            values.add(part);
        }
        return constant ? new TemplatePart.Constant(node)
                : new TemplatePart.ObjectPart(List.copyOf(keys), List.copyOf(values));
    }

    /**
     * Evaluate the template.
     *
     * @throws dev.orrery.internal.eval.StatesException {@code States.QueryEvaluationError} when an expression fails
     *     or returns nothing
     */
    public JsonNode evaluate(JsonataBindings bindings) {
        return root.evaluate(bindings);
    }

    /** Return the field path the template was compiled for. */
    public String field() {
        return field;
    }

    /** Return whether the template has no expression, so every evaluation returns the same shared value. */
    public boolean isConstant() {
        return root instanceof TemplatePart.Constant;
    }

    /** Return the expression when the whole value is one {@code {% ... %}} string, else {@code null}. */
    public @Nullable JsonataExpression expression() {
        return root instanceof TemplatePart.Expression e ? e.expression() : null;
    }
}
