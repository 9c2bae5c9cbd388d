package dev.orrery.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;

/**
 * How the text-shaped fuzz tests read their input: the first line is the thing under test (a path, a template, an
 * expression, a rule), the rest is the JSON document it works on. Seeds stay readable files this way.
 */
record FuzzInput(String head, JsonNode document) {

    static final ObjectMapper MAPPER = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    /** The document used when the rest of the input is not JSON, so that every input still exercises the target. */
    static final String DEFAULT_DOCUMENT = """
            {"a":[1,2.5,{"b":"c"}],"n":3,"s":"text","t":"2025-01-01T00:00:00Z","o":{"x":null,"y":true},\
            "items":[{"id":1},{"id":2}]}""";

    static FuzzInput of(FuzzedDataProvider data) {
        String text = new String(data.consumeRemainingAsBytes(), StandardCharsets.UTF_8);
        int newline = text.indexOf('\n');
        String head = newline < 0 ? text : text.substring(0, newline);
        String rest = newline < 0 ? "" : text.substring(newline + 1);
        JsonNode document = json(rest);
        return new FuzzInput(head, document != null ? document : json(DEFAULT_DOCUMENT));
    }

    /** Parse JSON text, or return {@code null} when it is not JSON. */
    static JsonNode json(String text) {
        try {
            JsonNode node = MAPPER.readTree(text);
            return node == null || node.isMissingNode() ? null : node;
        } catch (JsonProcessingException e) {
            return null;
        }
    }
}
