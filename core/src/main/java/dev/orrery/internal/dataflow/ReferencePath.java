package dev.orrery.internal.dataflow;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.orrery.internal.eval.ExpressionSyntaxException;

/** A {@code ResultPath} reference path compiled once: where a result is placed in the state input. */
public final class ReferencePath {

    private final String text;
    private final String[] fields;

    private ReferencePath(String text, String[] fields) {
        this.text = text;
        this.fields = fields;
    }

    /**
     * Compile a reference path such as {@code $.a.b}.
     *
     * @throws ExpressionSyntaxException when the text is not a reference path
     */
    public static ReferencePath compile(String text) throws ExpressionSyntaxException {
        if (text.equals("$")) {
            return new ReferencePath(text, new String[0]);
        }
        if (!text.startsWith("$.")) {
            throw new ExpressionSyntaxException("a reference path must start with '$' but was '" + text + "'", 0);
        }
        return new ReferencePath(text, text.substring(2).split("\\."));
    }

    /** Return a copy of the input with the result placed at this path (the result itself for {@code $}). */
    public JsonNode merge(JsonNode input, JsonNode result) {
        if (fields.length == 0) {
            return result;
        }
        ObjectNode root = input.isObject() ? ((ObjectNode) input).deepCopy() : JsonNodeFactory.instance.objectNode();
        ObjectNode current = root;
        for (int i = 0; i < fields.length - 1; i++) {
            JsonNode child = current.get(fields[i]);
            ObjectNode next = child instanceof ObjectNode object ? object : JsonNodeFactory.instance.objectNode();
            current.set(fields[i], next);
            current = next;
        }
        current.set(fields[fields.length - 1], result);
        return root;
    }

    @Override
    public String toString() {
        return text;
    }
}
