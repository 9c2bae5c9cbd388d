package dev.orrery.internal.intrinsics;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Compact JSON serialisation and strict parsing for States.JsonToString and States.StringToJson. */
final class JsonText {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private JsonText() {}

    /** Return the compact JSON text of a value, e.g. {@code {"a":1}}. */
    static String write(JsonNode value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JsonNode always serialises", e);
        }
    }

    /**
     * Parse JSON text.
     *
     * @throws InvalidArgumentException when the text is not exactly one JSON value
     */
    static JsonNode read(String function, String text) {
        try {
            JsonNode value = MAPPER.readTree(text);
            if (value == null || value.isMissingNode()) {
                throw new InvalidArgumentException(Causes.invalid(function, "the string is empty, not JSON"));
            }
            return value;
        } catch (JsonProcessingException e) {
            throw new InvalidArgumentException(Causes.invalid(function, "the string is not valid JSON: " + text));
        }
    }
}
