package dev.orrery.internal.variables;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * The values one {@code Assign} produced, sorted by name as AWS lists them in a state's {@code assignedVariables}.
 *
 * @param values variable name to value (unmodifiable)
 */
public record AssignedVariables(Map<String, JsonNode> values) {

    private static final AssignedVariables NONE = new AssignedVariables(Map.of());

    /** Create the record, copying and sorting the values. */
    public AssignedVariables {
        values = Collections.unmodifiableMap(new TreeMap<>(values));
    }

    /** Return the empty assignment (a state without {@code Assign}). */
    public static AssignedVariables none() {
        return NONE;
    }

    /** Return whether nothing was assigned. */
    public boolean isEmpty() {
        return values.isEmpty();
    }

    /**
     * Return the {@code assignedVariables} detail of the state's exit event: an object of name to JSON value (AWS
     * sends each value as serialized JSON text; the conformance recordings hold them decoded, as here).
     */
    public ObjectNode toJson() {
        ObjectNode object = JsonNodeFactory.instance.objectNode();
        values.forEach(object::set);
        return object;
    }
}
