package dev.orrery.internal.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Deep copies of JSON trees made where a run takes ownership of data (its input, a task's result): equal to
 * {@link JsonNode#deepCopy()}'s, but objects of a few fields are held in a {@link SmallFieldMap} and larger ones in a
 * table sized for their fields, instead of Jackson's default table of 16 slots grown while it is filled.
 */
public final class JsonCopies {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private JsonCopies() {}

    /** Return a deep copy of the node: new objects and arrays, shared immutable scalars. */
    public static JsonNode deepCopy(JsonNode node) {
        if (node instanceof ObjectNode object) {
            return copyObject(object);
        }
        if (node instanceof ArrayNode array) {
            ArrayNode copy = NODES.arrayNode(array.size());
            for (JsonNode element : array) {
                copy.add(deepCopy(element));
            }
            return copy;
        }
        // scalars (value nodes) are immutable: Jackson's deepCopy returns them as they are
        return node.deepCopy();
    }

    private static ObjectNode copyObject(ObjectNode object) {
        int size = object.size();
        if (size <= SmallFieldMap.SMALL) {
            return SmallFieldMap.copyOf(object, JsonCopies::deepCopy, 0);
        }
        ObjectNode copy = new ObjectNode(NODES, new LinkedHashMap<>(capacity(size)));
        for (Map.Entry<String, JsonNode> field : object.properties()) {
            copy.set(field.getKey(), deepCopy(field.getValue()));
        }
        return copy;
    }

    /** Return a hash table capacity that holds the given number of entries without resizing. */
    public static int capacity(int entries) {
        return (int) (entries / 0.75f) + 1;
    }
}
