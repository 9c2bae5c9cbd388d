package dev.orrery.internal.jsonpath;

import com.fasterxml.jackson.databind.JsonNode;
import org.jspecify.annotations.Nullable;

/**
 * A field access such as {@code .name} or {@code ['a b']}: matches only when the node is an object that has the field.
 *
 * @param name the field name, unescaped
 */
public record FieldAccess(String name) implements PathEvaluator, ReferenceStep {

    @Override
    public @Nullable JsonNode evaluate(JsonNode node) {
        return node.isObject() ? node.get(name) : null;
    }

    @Override
    public String label() {
        return name;
    }

    @Override
    public String toString() {
        return "['" + name + "']";
    }
}
