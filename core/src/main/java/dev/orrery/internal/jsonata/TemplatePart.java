package dev.orrery.internal.jsonata;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/** A compiled part of a {@link JsonataTemplate}: a constant, an expression, an object or an array of parts. */
sealed interface TemplatePart permits TemplatePart.Constant, TemplatePart.Expression, TemplatePart.ObjectPart,
        TemplatePart.ArrayPart {

    /** Evaluate the part. */
    JsonNode evaluate(JsonataBindings bindings);

    /** A value without expressions, shared between evaluations (never mutated). */
    record Constant(JsonNode value) implements TemplatePart {
        @Override
        public JsonNode evaluate(JsonataBindings bindings) {
            return value;
        }
    }

    /** A {@code {% ... %}} string and the field path it was written at. */
    record Expression(JsonataExpression expression, String field) implements TemplatePart {
        @Override
        public JsonNode evaluate(JsonataBindings bindings) {
            return expression.evaluate(bindings, field);
        }
    }

    /** An object with at least one expression inside. */
    record ObjectPart(List<String> keys, List<TemplatePart> values) implements TemplatePart {
        @Override
        public JsonNode evaluate(JsonataBindings bindings) {
            ObjectNode object = JsonNodeFactory.instance.objectNode();
            for (int i = 0; i < keys.size(); i++) {
                object.set(keys.get(i), values.get(i).evaluate(bindings));
            }
            return object;
        }
    }

    /** An array with at least one expression inside. */
    record ArrayPart(List<TemplatePart> elements) implements TemplatePart {
        @Override
        public JsonNode evaluate(JsonataBindings bindings) {
            ArrayNode array = JsonNodeFactory.instance.arrayNode(elements.size());
            for (TemplatePart element : elements) {
                array.add(element.evaluate(bindings));
            }
            return array;
        }
    }
}
