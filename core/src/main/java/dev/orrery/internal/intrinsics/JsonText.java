package dev.orrery.internal.intrinsics;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.orrery.internal.json.JsonTrees;

/**
 * Compact JSON serialisation and strict parsing for States.JsonToString and States.StringToJson, with Jackson's
 * streaming parser and generator as a mapper would ({@link JsonTrees}).
 */
final class JsonText {

    private JsonText() {}

    /** Return the compact JSON text of a value, e.g. {@code {"a":1}}. */
    static String write(JsonNode value) {
        return JsonTrees.write(value);
    }

    /**
     * Parse JSON text.
     *
     * @throws InvalidArgumentException when the text is not exactly one JSON value
     */
    static JsonNode read(String function, String text) {
        try {
            JsonNode value = JsonTrees.readTree(text);
            if (value.isMissingNode()) {
                throw new InvalidArgumentException(Causes.invalid(function, "the string is empty, not JSON"));
            }
            return value;
        } catch (JsonProcessingException e) {
            throw new InvalidArgumentException(Causes.invalid(function, "the string is not valid JSON: " + text));
        }
    }
}
