package dev.orrery.internal.interpreter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BigIntegerNode;
import com.fasterxml.jackson.databind.node.ContainerNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.Map;

/**
 * The payload quota check of one execution, memoised: payloads are never mutated once handed on and ResultPath
 * shares the parts of the input it does not change, so the size bound of each object or array is computed once per
 * execution instead of on every transition that carries it.
 */
final class PayloadSizes {

    /** At most 6 output bytes per UTF-16 char: a backslash-u escape with four hex digits. */
    private static final int BYTES_PER_CHAR = 6;
    private static final long OVER = PayloadLimit.MAX_BYTES + 1L;

    /**
     * The deepest nesting a payload may have: Jackson's default, which every JSON reader in Orrery and in most of its
     * users' code applies, so that no run builds data its own input could not have held.
     */
    static final int MAX_DEPTH = 1_000;

    private final Map<JsonNode, Long> bounds = new IdentityHashMap<>(8);
    private final Map<JsonNode, Integer> heights = new IdentityHashMap<>(8);

    /** Return whether the payload is nested more than {@link #MAX_DEPTH} levels deep. */
    boolean tooDeep(JsonNode payload) {
        return height(payload, MAX_DEPTH) > MAX_DEPTH;
    }

    /**
     * Return the node's nesting height (a scalar is 0) when it is at most {@code budget}, or a number above the
     * budget: the recursion never goes deeper than the budget, and only exact heights are remembered.
     */
    private int height(JsonNode node, int budget) {
        if (!(node instanceof ContainerNode<?>)) {
            return 0;
        }
        Integer known = heights.get(node);
        if (known != null) {
            return known;
        }
        if (budget <= 0) {
            return 1;
        }
        int height = 0;
        for (Iterator<JsonNode> it = node.elements(); it.hasNext() && height <= budget; ) {
            height = Math.max(height, 1 + height(it.next(), budget - 1));
        }
        height = Math.max(height, 1);
        if (height <= budget) {
            heights.put(node, height);
        }
        return height;
    }

    /** Return whether the payload's UTF-8 JSON is longer than {@link PayloadLimit#MAX_BYTES}. */
    boolean exceeds(JsonNode payload) {
        return bound(payload) > PayloadLimit.MAX_BYTES && PayloadLimit.exactBytes(payload) > PayloadLimit.MAX_BYTES;
    }

    /** Return an upper bound of the node's serialised size, saturated just over the quota. */
    long bound(JsonNode node) {
        // type tests instead of JsonNode's is* methods: those are megamorphic calls through getNodeType()
        if (!(node instanceof ContainerNode<?>)) {
            return scalar(node);
        }
        Long known = bounds.get(node);
        if (known != null) {
            return known;
        }
        long size = 2;
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext() && size <= OVER; ) {
                Map.Entry<String, JsonNode> field = it.next();
                size += (long) field.getKey().length() * BYTES_PER_CHAR + 4 + bound(field.getValue());
            }
        } else {
            for (Iterator<JsonNode> it = node.elements(); it.hasNext() && size <= OVER; ) {
                size += 1 + bound(it.next());
            }
        }
        size = Math.min(size, OVER);
        bounds.put(node, size);
        return size;
    }

    private static long scalar(JsonNode node) {
        if (node instanceof TextNode) {
            return (long) node.textValue().length() * BYTES_PER_CHAR + 2;
        }
        if (node instanceof DecimalNode || node instanceof BigIntegerNode) {
            return node.asText().length() + 8L;
        }
        return 32;
    }
}
