package dev.orrery.internal.jsonpath;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.orrery.internal.eval.EvaluationContext;
import java.util.Map;

/** Test helpers: JSON from text and an evaluation context with variables. */
final class TestJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private TestJson() {}

    static JsonNode json(String text) {
        try {
            return MAPPER.readTree(text.replace('`', '"'));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(text, e);
        }
    }

    static EvaluationContext context(JsonNode contextObject, Map<String, JsonNode> variables) {
        return EvaluationContext.of(contextObject, variables, 0L);
    }
}
