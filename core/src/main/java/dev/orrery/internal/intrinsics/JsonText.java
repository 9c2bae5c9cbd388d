package dev.orrery.internal.intrinsics;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.orrery.internal.json.JsonTrees;
import java.io.IOException;
import java.io.UncheckedIOException;

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
        try (JsonParser parser = JsonTrees.FACTORY.createParser(text)) {
            JsonNode value = JsonTrees.read(parser, JsonNodeFactory.instance);
            if (value == null || value.isMissingNode()) {
                throw new InvalidArgumentException(Causes.invalid(function, "the string is empty, not JSON"));
            }
            return value;
        } catch (JsonProcessingException e) {
            throw new InvalidArgumentException(Causes.invalid(function, "the string is not valid JSON: " + text));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
