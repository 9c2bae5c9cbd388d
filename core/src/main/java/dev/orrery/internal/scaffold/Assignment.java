package dev.orrery.internal.scaffold;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Values a run must see at some slots for a condition to come out as wanted; {@link MissingNode} means the field must
 * be absent.
 *
 * @param values the value per slot, in the order they were derived
 */
record Assignment(Map<Slot, JsonNode> values) {

    /** At most this many alternatives are kept per condition, so that And/Or over many rules stays small. */
    static final int MAX_ALTERNATIVES = 6;

    static final Assignment EMPTY = new Assignment(Map.of());

    /** The value of a field that must only be present: it gives way to any other value but absence. */
    static final JsonNode ANY = new TextNode("present");

    Assignment {
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    static Assignment of(Slot slot, JsonNode value) {
        return new Assignment(Map.of(slot, value));
    }

    static Assignment absent(Slot slot) {
        return of(slot, MissingNode.getInstance());
    }

    /** Return both assignments together, or {@code null} when they want different values at the same slot. */
    @Nullable Assignment and(Assignment other) {
        Map<Slot, JsonNode> merged = new LinkedHashMap<>(values);
        for (Map.Entry<Slot, JsonNode> entry : other.values.entrySet()) {
            JsonNode mine = merged.get(entry.getKey());
            JsonNode theirs = entry.getValue();
            if (mine == null || mine == ANY && !theirs.isMissingNode()) {
                merged.put(entry.getKey(), theirs);
            } else if (!mine.equals(theirs) && !(theirs == ANY && !mine.isMissingNode())) {
                return null;
            }
            if (conflictsWithPrefix(merged, entry.getKey())) {
                return null;
            }
        }
        return new Assignment(merged);
    }

    /** Refuse a value under a path that must be absent or a scalar. */
    private static boolean conflictsWithPrefix(Map<Slot, JsonNode> values, Slot slot) {
        for (Map.Entry<Slot, JsonNode> entry : values.entrySet()) {
            Slot other = entry.getKey();
            if (!other.equals(slot) && other.executionInput() == slot.executionInput()
                    && slot.path().startsWith(other.path()) && !entry.getValue().isContainerNode()) {
                return true;
            }
        }
        return false;
    }

    /** Return every consistent combination of one alternative from each list, at most {@link #MAX_ALTERNATIVES}. */
    static List<Assignment> allOf(List<List<Assignment>> each) {
        List<Assignment> combined = List.of(EMPTY);
        for (List<Assignment> alternatives : each) {
            List<Assignment> next = new ArrayList<>();
            for (Assignment left : combined) {
                for (Assignment right : alternatives) {
                    Assignment both = left.and(right);
                    if (both != null && next.size() < MAX_ALTERNATIVES) {
                        next.add(both);
                    }
                }
            }
            combined = next;
        }
        return combined;
    }

    /** Return the alternatives of every list, in order, at most {@link #MAX_ALTERNATIVES}. */
    static List<Assignment> anyOf(List<List<Assignment>> each) {
        List<Assignment> all = new ArrayList<>();
        int round = 0;
        boolean more = true;
        while (more && all.size() < MAX_ALTERNATIVES) {
            more = false;
            for (List<Assignment> alternatives : each) {
                if (round < alternatives.size() && all.size() < MAX_ALTERNATIVES) {
                    all.add(alternatives.get(round));
                    more = true;
                }
            }
            round++;
        }
        return all;
    }
}
