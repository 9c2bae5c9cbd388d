package dev.orrery.mock;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Objects;

/** Parses the JSON text a mock is given, with the position of the first syntax error. */
final class MockJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private MockJson() {}

    static JsonNode parse(String what, String json) {
        Objects.requireNonNull(json, what);
        try {
            return MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? ""
                    : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
            throw new IllegalArgumentException("The " + what + " is not JSON" + where + ": " + json, e);
        }
    }
}
