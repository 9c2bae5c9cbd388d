package dev.orrery.internal.interpreter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BigIntegerNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.FloatNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.ShortNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The payload quota and nesting checks of one execution, exact and incremental: the size of a payload is the exact
 * length of its compact JSON in UTF-8 (what {@link PayloadLimit#exactBytes} counts by serialising), computed from
 * its parts (the UTF-8 lengths of strings and keys, the digits of numbers, the sizes of nested objects and arrays)
 * without serialising. Payloads are never mutated once handed on and ResultPath shares the parts of the input it
 * does not change, so the size and height of each object or array of some size is remembered and a transition only
 * measures what it built. A state output that is its input with one value placed (what ResultPath builds, at any
 * depth) is not walked at all below the top: its size is the input's, less the replaced value's, plus the new
 * value's (and its key's and separators' when the field is new); the last few payloads checked are remembered
 * whatever their size, since they are the inputs of the next states.
 */
final class PayloadSizes {

    /**
     * The deepest nesting a payload may have: Jackson's default, which every JSON reader in Orrery and in most of its
     * users' code applies, so that no run builds data its own input could not have held.
     */
    static final int MAX_DEPTH = 1_000;

    /** Objects and arrays smaller than this are measured again rather than remembered: cheaper than a table entry. */
    private static final long REMEMBERED_FROM_BYTES = 64;

    /** Outputs are worked out from inputs of at least this size; smaller ones are measured: as fast, no iterators. */
    private static final long DERIVED_FROM_BYTES = 64;

    /** A measure packs the size (high bits) and the nesting height (low bits, at most MAX_DEPTH + 1). */
    private static final int HEIGHT_BITS = 11;
    private static final long HEIGHT_MASK = (1L << HEIGHT_BITS) - 1;

    /** How many of the last payloads checked are remembered whatever their size (a power of two). */
    private static final int RECENT = 8;

    private final long cap;
    // the last payloads checked and their exact measures, in a ring: the inputs of the next states, small ones too
    private final @Nullable JsonNode[] recent = new JsonNode[RECENT];
    private final long[] recentMeasures = new long[RECENT];
    private int recentNext;
    // made on the first measure worth remembering below a payload, or when a payload worth remembering leaves the
    // ring (with every one in it): a short run never needs it, the ring holds its payloads
    private @Nullable Map<JsonNode, Long> measures;

    /** Measure sizes up to just over the quota: larger sizes are all reported as that. */
    PayloadSizes() {
        this(PayloadLimit.MAX_BYTES + 1L);
    }

    /** Measure sizes up to the given cap (at most 2^40): larger sizes are all reported as the cap. */
    PayloadSizes(long cap) {
        this.cap = cap;
    }

    /**
     * Return Orrery's cause when the payload is nested deeper than {@link #MAX_DEPTH} levels, else AWS's when its
     * UTF-8 JSON is longer than {@link PayloadLimit#MAX_BYTES}, else {@code null}.
     */
    @Nullable String problem(JsonNode payload, String stateOrTask) {
        return problem(payload, null, stateOrTask);
    }

    /**
     * As {@link #problem(JsonNode, String)}, for a payload that may be the given base (the state's input) with one
     * field or element placed: then its size is the base's remembered size plus what changed.
     */
    @Nullable String problem(JsonNode payload, @Nullable JsonNode base, String stateOrTask) {
        long measure = checked(payload, base);
        if (height(measure) > MAX_DEPTH) {
            return PayloadLimit.depthCause(stateOrTask);
        }
        return (measure >>> HEIGHT_BITS) > PayloadLimit.MAX_BYTES ? PayloadLimit.cause(stateOrTask) : null;
    }

    /** Return whether the payload's UTF-8 JSON is longer than {@link PayloadLimit#MAX_BYTES}. */
    boolean exceeds(JsonNode payload) {
        return size(payload) > PayloadLimit.MAX_BYTES;
    }

    /**
     * Return the exact length of the payload's compact JSON in UTF-8, or the cap when it is longer; only call on a
     * payload nested at most {@link #MAX_DEPTH} levels deep.
     */
    long size(JsonNode payload) {
        return checked(payload, null) >>> HEIGHT_BITS;
    }

    /**
     * Return the exact length of the payload's compact JSON in UTF-8, or the cap when it is longer, computed from the
     * base's remembered size when the payload is the base with one value placed; only call on payloads nested at most
     * {@link #MAX_DEPTH} levels deep.
     */
    long size(JsonNode payload, JsonNode base) {
        return checked(payload, base) >>> HEIGHT_BITS;
    }

    /** Return the payload's measure, and remember it among the recent payloads when it is within the nesting limit. */
    private long checked(JsonNode payload, @Nullable JsonNode base) {
        long measure = base == null ? measure(payload, MAX_DEPTH) : derived(payload, base, MAX_DEPTH);
        if (height(measure) <= MAX_DEPTH) {
            // until the table is made, a payload is kept only in the ring, and moved to the table when it leaves
            // the ring: a short run never makes the table
            if (measures == null && worthRemembering(recent[recentNext], recentMeasures[recentNext])) {
                remember(recent[recentNext], recentMeasures[recentNext]);
            }
            recent[recentNext] = payload;
            recentMeasures[recentNext] = measure;
            recentNext = (recentNext + 1) & (RECENT - 1);
        }
        return measure;
    }

    private static int height(long measure) {
        return (int) (measure & HEIGHT_MASK);
    }

    /**
     * Return the node's size and nesting height (a scalar is 0) packed. The recursion never goes deeper than the
     * budget: a height above it means "too deep" and is not exact, and only exact measures are remembered.
     */
    private long measure(JsonNode node, int budget) {
        // type tests instead of JsonNode's is* methods: those are megamorphic calls through getNodeType()
        if (node instanceof ObjectNode object) {
            return container(object, budget, true);
        }
        if (node instanceof ArrayNode array) {
            return container(array, budget, false);
        }
        return Math.min(scalar(node), cap) << HEIGHT_BITS;
    }

    private long container(JsonNode node, int budget, boolean object) {
        Long known = measures == null ? null : measures.get(node);
        if (known != null) {
            return known;
        }
        // a payload's values (a task's result placed in its state's output, a branch's output among its Parallel
        // state's) may be recent payloads, which are not in the table until it is made
        if (measures == null && budget == MAX_DEPTH - 1) {
            long recent = recent(node);
            if (recent >= 0) {
                return recent;
            }
        }
        if (budget <= 0) {
            return 1;
        }
        long size = 2 + Math.max(0, node.size() - 1);
        int height = 1;
        if (object) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext() && height <= budget; ) {
                Map.Entry<String, JsonNode> field = it.next();
                long child = measure(field.getValue(), budget - 1);
                height = Math.max(height, 1 + height(child));
                size = Math.min(size + text(field.getKey()) + 1 + (child >>> HEIGHT_BITS), cap);
            }
        } else {
            for (Iterator<JsonNode> it = node.elements(); it.hasNext() && height <= budget; ) {
                long child = measure(it.next(), budget - 1);
                height = Math.max(height, 1 + height(child));
                size = Math.min(size + (child >>> HEIGHT_BITS), cap);
            }
        }
        size = Math.min(size, cap);
        long measure = size << HEIGHT_BITS | Math.min(height, budget + 1);
        // until the table is made, the payload itself is remembered among the recent ones only
        if (height <= budget && size >= REMEMBERED_FROM_BYTES && (budget < MAX_DEPTH || measures != null)) {
            remember(node, measure);
        }
        return measure;
    }

    private static boolean worthRemembering(@Nullable JsonNode node, long measure) {
        return (node instanceof ObjectNode || node instanceof ArrayNode)
                && (measure >>> HEIGHT_BITS) >= REMEMBERED_FROM_BYTES;
    }

    /** Put the measure in the table, making it on the first use with every recent payload worth remembering. */
    private void remember(@Nullable JsonNode node, long measure) {
        Map<JsonNode, Long> table = measures;
        if (table == null) {
            table = new IdentityHashMap<>(16);
            for (int i = 0; i < RECENT; i++) {
                if (worthRemembering(recent[i], recentMeasures[i])) {
                    table.put(recent[i], recentMeasures[i]);
                }
            }
            measures = table;
        }
        table.put(node, measure);
    }

    /**
     * Return the node's measure as {@link #measure} does, from the base's remembered measure when the node is the base
     * with at most one value replaced (objects: with the same keys in the same order, or one key added at the end, as
     * ResultPath copies an object; arrays: of the same length), the replaced value itself measured the same way from
     * the value it replaces. Anything else, or a base whose measure is not remembered or not exact, is measured.
     */
    private long derived(JsonNode node, JsonNode base, int budget) {
        if (node == base || budget <= 0) {
            return measure(node, budget);
        }
        boolean object = node instanceof ObjectNode && base instanceof ObjectNode;
        if (!object && !(node instanceof ArrayNode && base instanceof ArrayNode)) {
            return measure(node, budget);
        }
        // the node is almost always new: only the table can know it
        Long known = measures == null ? null : measures.get(node);
        if (known != null) {
            return known;
        }
        long remembered = remembered(base);
        int size = node.size();
        int baseSize = base.size();
        // a capped size is not exact: nothing can be subtracted from it; a small object is measured as fast as walked
        if (remembered < 0 || (remembered >>> HEIGHT_BITS) >= cap || height(remembered) > budget
                || (remembered >>> HEIGHT_BITS) < DERIVED_FROM_BYTES
                || !(size == baseSize || object && size == baseSize + 1)) {
            return measure(node, budget);
        }
        String key = "";
        @Nullable JsonNode previous = null;
        @Nullable JsonNode value = null;
        if (object) {
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            Iterator<Map.Entry<String, JsonNode>> baseFields = base.fields();
            while (baseFields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                Map.Entry<String, JsonNode> baseField = baseFields.next();
                String name = field.getKey();
                if (name != baseField.getKey() && !name.equals(baseField.getKey())) {
                    return measure(node, budget);
                }
                if (field.getValue() != baseField.getValue()) {
                    if (value != null) {
                        return measure(node, budget);
                    }
                    previous = baseField.getValue();
                    value = field.getValue();
                }
            }
            if (size > baseSize) {
                if (value != null) {
                    return measure(node, budget);
                }
                Map.Entry<String, JsonNode> added = fields.next();
                key = added.getKey();
                value = added.getValue();
            }
        } else {
            for (int i = 0; i < size; i++) {
                JsonNode element = node.get(i);
                JsonNode baseElement = base.get(i);
                if (element != baseElement) {
                    if (value != null) {
                        return measure(node, budget);
                    }
                    previous = baseElement;
                    value = element;
                }
            }
        }
        long measure;
        if (value == null) {
            // the same values under the same keys: the same JSON
            measure = remembered;
        } else {
            int baseHeight = height(remembered);
            long bytes = remembered >>> HEIGHT_BITS;
            long child;
            if (previous == null) {
                long placed = recent(value);
                child = placed >= 0 ? placed : measure(value, budget - 1);
                bytes += text(key) + 1 + (baseSize > 0 ? 1 : 0);
            } else {
                long replaced = measure(previous, budget - 1);
                int replacedHeight = height(replaced);
                child = derived(value, previous, budget - 1);
                // the height is known only when the replaced value was not the one deepest value, or the new one is
                // at least as deep
                if (1 + replacedHeight >= baseHeight && height(child) < replacedHeight) {
                    return measure(node, budget);
                }
                bytes -= replaced >>> HEIGHT_BITS;
            }
            bytes = Math.min(bytes + (child >>> HEIGHT_BITS), cap);
            int height = Math.max(baseHeight, 1 + height(child));
            measure = bytes << HEIGHT_BITS | Math.min(height, budget + 1);
            if (height > budget || bytes < REMEMBERED_FROM_BYTES) {
                return measure;
            }
        }
        // until the table is made, the payload itself is remembered among the recent ones only
        if (budget < MAX_DEPTH || measures != null) {
            remember(node, measure);
        }
        return measure;
    }

    /** Return the measure remembered for the node, among the recent payloads or in the table, or -1. */
    private long remembered(JsonNode node) {
        long measure = recent(node);
        if (measure >= 0 || measures == null) {
            return measure;
        }
        Long known = measures.get(node);
        return known == null ? -1 : known;
    }

    /** Return the measure of the node if it is one of the recent payloads, or -1. */
    private long recent(JsonNode node) {
        // the most recent first: a state's input is most often the payload checked just before its output
        for (int i = recentNext + RECENT - 1; i >= recentNext; i--) {
            if (recent[i & (RECENT - 1)] == node) {
                return recentMeasures[i & (RECENT - 1)];
            }
        }
        return -1;
    }

    /** Return the exact size of a scalar as Jackson writes it with the default settings. */
    private static long scalar(JsonNode node) {
        if (node instanceof TextNode) {
            return text(node.textValue());
        }
        if (node instanceof IntNode || node instanceof LongNode || node instanceof ShortNode) {
            return digits(node.longValue());
        }
        if (node instanceof BooleanNode) {
            return node.booleanValue() ? 4 : 5;
        }
        if (node instanceof NullNode) {
            return 4;
        }
        if (node instanceof DoubleNode || node instanceof FloatNode) {
            // Double.toString/Float.toString; NaN and infinities are written as quoted strings
            String text = node instanceof FloatNode ? Float.toString(node.floatValue())
                    : Double.toString(node.doubleValue());
            return Double.isFinite(node.doubleValue()) ? text.length() : text.length() + 2L;
        }
        if (node instanceof DecimalNode) {
            return node.decimalValue().toString().length();
        }
        if (node instanceof BigIntegerNode) {
            return node.bigIntegerValue().toString().length();
        }
        // binary, POJO and other rare nodes: count them as Jackson writes them
        return PayloadLimit.exactBytes(node);
    }

    /** Return the number of characters of the integer in decimal, its sign included. */
    private static int digits(long value) {
        if (value == Long.MIN_VALUE) {
            return 20;
        }
        int sign = value < 0 ? 1 : 0;
        long magnitude = Math.abs(value);
        int digits = 1;
        for (long bound = 10; digits < 19 && magnitude >= bound; bound *= 10) {
            digits++;
        }
        return sign + digits;
    }

    /**
     * Return the bytes of a JSON string with its quotes as Jackson writes it: {@code "} and {@code \} and the control
     * characters escaped (the five with a short escape as two characters, the others as six), the rest in UTF-8; a
     * surrogate pair is four bytes.
     */
    static long text(String text) {
        long bytes = 2;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x20 && c < 0x80) {
                bytes += c == '"' || c == '\\' ? 2 : 1;
            } else if (c < 0x20) {
                bytes += c == '\b' || c == '\t' || c == '\n' || c == '\f' || c == '\r' ? 2 : 6;
            } else if (c < 0x800) {
                bytes += 2;
            } else if (Character.isHighSurrogate(c)) {
                bytes += 4;
            } else if (!Character.isLowSurrogate(c)) {
                bytes += 3;
            }
        }
        return bytes;
    }
}
