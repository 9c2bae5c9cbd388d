package dev.orrery.mock;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/** Structural containment of JSON values: objects may have more fields, everything else must be equal. */
final class JsonSubset {

    private JsonSubset() {}

    static boolean contains(JsonNode actual, JsonNode expected) {
        if (expected.isObject()) {
            if (!actual.isObject()) {
                return false;
            }
            for (Map.Entry<String, JsonNode> field : expected.properties()) {
                JsonNode value = actual.get(field.getKey());
                if (value == null || !contains(value, field.getValue())) {
                    return false;
                }
            }
            return true;
        }
        return expected.equals(actual);
    }
}
