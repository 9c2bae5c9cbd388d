package dev.orrery.internal.jsonpath;

import com.fasterxml.jackson.databind.JsonNode;
import com.jayway.jsonpath.JsonPathException;

/**
 * The provider for paths that call {@code append()}, which Jayway applies to the document in place: every value put
 * into an array or object is copied first, so that appending a value that encloses the array
 * ({@code $.a.append($)}) adds a copy of it instead of making the document contain itself, which the rest of the path
 * (a deep scan, say) would then walk without end.
 *
 * <p>One provider serves one evaluation: the copies it makes share one budget of {@link #MAX_VALUES} values, so that
 * neither one large copy nor many small ones (a deep scan appending to every value it walks) outgrow the heap. It is
 * not safe for use by several threads.
 */
final class CopyingJacksonProvider extends StrictJacksonProvider {

    /**
     * The most values the copies appended in one evaluation may hold together. Appending a copy of an enclosing value
     * doubles the document, so nested appends grow it exponentially, and a deep scan appends once for every value it
     * walks; a state's data holds at most 256 KiB, far fewer values than this.
     */
    static final int MAX_VALUES = 262_144;

    /** How many more values this evaluation may copy. */
    private int remaining = MAX_VALUES;

    @Override
    public void setArrayIndex(Object array, int index, Object newValue) {
        super.setArrayIndex(array, index, copied(newValue));
    }

    @Override
    public void setProperty(Object obj, Object key, Object value) {
        super.setProperty(obj, key, copied(value));
    }

    private Object copied(Object value) {
        if (!(value instanceof JsonNode node) || !node.isContainerNode()) {
            return value;
        }
        int values = countUpTo(node, remaining);
        if (values > remaining) {
            remaining = 0;
            // Orrery's wording: no recording shows what AWS does with a path that appends this much
            throw new JsonPathException("append() would copy more than " + MAX_VALUES + " values in one evaluation");
        }
        remaining -= values;
        return node.deepCopy();
    }

    /** Return how many values the value holds, or {@code limit + 1} once it holds more, counting without recursion. */
    private static int countUpTo(JsonNode node, int limit) {
        java.util.ArrayDeque<JsonNode> pending = new java.util.ArrayDeque<>();
        pending.push(node);
        int count = 0;
        while (!pending.isEmpty()) {
            JsonNode next = pending.pop();
            if (++count > limit) {
                return count;
            }
            next.forEach(pending::push);
        }
        return count;
    }
}
