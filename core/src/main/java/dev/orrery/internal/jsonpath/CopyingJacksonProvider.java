package dev.orrery.internal.jsonpath;

import com.fasterxml.jackson.databind.JsonNode;

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

    private static Object copied(Object value) {
        return value instanceof JsonNode node && node.isContainerNode() ? node.deepCopy() : value;
    }
}
