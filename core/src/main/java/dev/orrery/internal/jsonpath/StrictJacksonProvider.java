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
            throw new NoSuchIndex(index, node.size());
        }
        return super.getArrayIndex(array, index);
    }

    /**
     * The signal that an index matches nothing. Jayway walks a slice index by index and asks for each one, so a
     * slice far outside the array ({@code [-2000000008:2]}) asks a great many times: the signal carries no stack
     * trace, which is what made each of them slow.
     */
    private static final class NoSuchIndex extends IndexOutOfBoundsException {

        private static final long serialVersionUID = 1L;

        NoSuchIndex(int index, int length) {
            super("Index " + index + " out of bounds for length " + length);
        }

        @Override
        public synchronized Throwable fillInStackTrace() {
            return this;
        }
    }
}
