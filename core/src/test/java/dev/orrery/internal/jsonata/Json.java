package dev.orrery.internal.jsonata;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.orrery.internal.eval.EvaluationContext;
import java.util.Map;

/** Test helpers: JSON from single-quoted text and a context with fixed variables. */
final class Json {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private Json() {}

    static JsonNode json(String text) {
        try {
            return MAPPER.readTree(text.replace('\'', '"'));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(text, e);
        }
    }

    static EvaluationContext context(String contextObject, Map<String, JsonNode> variables, long seed) {
        return EvaluationContext.of(json(contextObject), variables, seed);
    }

    static EvaluationContext context(Map<String, JsonNode> variables) {
        return context("{'Execution':{'Name':'run'},'State':{'Name':'S','EnteredTime':'2024-01-02T03:04:05.678Z'}}",
                variables, 7L);
    }

    static JsonataBindings bindings(String input) {
        return JsonataBindings.of(json(input), context(Map.of()));
    }
}
