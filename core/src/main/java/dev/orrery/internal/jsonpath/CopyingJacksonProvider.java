package dev.orrery.internal.jsonpath;

import com.fasterxml.jackson.databind.JsonNode;
import com.jayway.jsonpath.JsonPathException;

/**
 * The provider for paths that call {@code append()}, which Jayway applies to the document in place: every value put
 * into an array or object is copied first, so that appending a value that encloses the array
 * ({@code $.a.append($)}) adds a copy of it instead of making the document contain itself, which the rest of the path
 * (a deep scan, say) would then walk without end.
 */
final class CopyingJacksonProvider extends StrictJacksonProvider {

    @Override
    public void setArrayIndex(Object array, int index, Object newValue) {
        super.setArrayIndex(array, index, copied(newValue));
    }

    @Override
    public void setProperty(Object obj, Object key, Object value) {
        super.setProperty(obj, key, copied(value));
    }

    /**
     * The most values an appended copy may hold. Appending a copy of an enclosing value doubles the document, so
     * nested appends grow it exponentially; a state's data holds at most 256 KiB, far fewer values than this.
     */
    static final int MAX_VALUES = 262_144;

    private static Object copied(Object value) {
        if (!(value instanceof JsonNode node) || !node.isContainerNode()) {
            return value;
        }
        if (exceedsValues(node)) {
            // Orrery's wording: no recording shows what AWS does with a path that appends this much
            throw new JsonPathException("append() would build a value of more than " + MAX_VALUES + " values");
        }
        return node.deepCopy();
    }

    /** Return whether the value holds more than {@link #MAX_VALUES} values, counting without recursion. */
    private static boolean exceedsValues(JsonNode node) {
        java.util.ArrayDeque<JsonNode> pending = new java.util.ArrayDeque<>();
        pending.push(node);
        int count = 0;
        while (!pending.isEmpty()) {
            JsonNode next = pending.pop();
            if (++count > MAX_VALUES) {
                return true;
            }
            next.forEach(pending::push);
        }
        return false;
    }
}
