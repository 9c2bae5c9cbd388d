package dev.orrery.mock;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.orrery.internal.json.JsonTrees;
import java.util.Objects;

/**
 * Parses the JSON text a mock is given, with the position of the first syntax error: the first value of the text, as
 * a mapper's {@code readTree(String)} reads it (read with a parser alone, see {@link JsonTrees}).
 */
final class MockJson {

    private MockJson() {}

    static JsonNode parse(String what, String json) {
        Objects.requireNonNull(json, what);
        try {
            return JsonTrees.readTree(json);
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? ""
                    : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
            throw new IllegalArgumentException("The " + what + " is not JSON" + where + ": " + json, e);
        }
    }
}
