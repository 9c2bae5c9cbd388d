package dev.orrery.internal.parser;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orrery.parse.SourcePosition;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

/**
 * A JSON tree with the source position of every value, keyed by JSON pointer.
 *
 * <p>The position of an object member is the position of its key; the position of an array element or of the root is
 * the position of the value itself.
 *
 * @param root the tree, never {@code null}
 * @param source the label of the text, e.g. a file name
 * @param positions the position of each pointer ({@code ""} is the root)
 */
public record JsonDocument(JsonNode root, String source, Map<String, SourcePosition> positions) {

    /** Copy the positions. */
    public JsonDocument {
        positions = Collections.unmodifiableMap(new HashMap<>(positions));
    }

    /** Return the position of the pointer, or of its nearest ancestor that has one. */
    public SourcePosition position(String pointer) {
        String current = pointer;
        while (true) {
            SourcePosition position = positions.get(current);
            if (position != null) {
                return position;
            }
            if (current.isEmpty()) {
                return new SourcePosition(source, 1, 1);
            }
            current = current.substring(0, Math.max(0, current.lastIndexOf('/')));
        }
    }
}
