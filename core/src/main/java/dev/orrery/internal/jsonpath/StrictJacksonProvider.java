package dev.orrery.internal.jsonpath;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.jayway.jsonpath.spi.json.JacksonJsonNodeJsonProvider;

/**
 * Jayway's Jackson tree provider, except that an array index out of range matches nothing (as with Jayway's default
 * provider) instead of yielding JSON {@code null}.
 */
class StrictJacksonProvider extends JacksonJsonNodeJsonProvider {

    @Override
    public Object getArrayIndex(Object array, int index) {
        ArrayNode node = (ArrayNode) array;
        if (index < 0 || index >= node.size()) {
            throw new IndexOutOfBoundsException("Index " + index + " out of bounds for length " + node.size());
        }
        return super.getArrayIndex(array, index);
    }
}
