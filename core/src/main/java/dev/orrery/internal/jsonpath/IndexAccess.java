package dev.orrery.internal.jsonpath;

import com.fasterxml.jackson.databind.JsonNode;
import org.jspecify.annotations.Nullable;

/**
 * An array index such as {@code [0]}; a negative index counts from the end, as Jayway does ({@code [-1]} is the last
 * element). Matches only when the node is an array and the index is in range.
 *
 * @param index the index as written
 */
public record IndexAccess(int index) implements PathEvaluator, ReferenceStep {

    @Override
    public @Nullable JsonNode evaluate(JsonNode node) {
        if (!node.isArray()) {
            return null;
        }
        int effective = effectiveIndex(node.size());
        return effective >= 0 && effective < node.size() ? node.get(effective) : null;
    }

    /** Return the index into an array of the given size (negative indexes count from the end). */
    public int effectiveIndex(int size) {
        return index < 0 ? size + index : index;
    }

    @Override
    public String label() {
        return "[" + index + "]";
    }

    @Override
    public String toString() {
        return "[" + index + "]";
    }
}
