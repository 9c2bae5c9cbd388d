package dev.orrery.internal.jsonata;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.orrery.internal.eval.EvaluationContext;
import java.util.Map;
import java.util.SplittableRandom;
import org.jspecify.annotations.Nullable;

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
        JsonNode context = json(contextObject);
        SplittableRandom random = new SplittableRandom(seed);
        return new EvaluationContext() {
            @Override
            public JsonNode contextObject() {
                return context;
            }

            @Override
            public @Nullable JsonNode variable(String name) {
                return variables.get(name);
            }

            @Override
            public SplittableRandom random() {
                return random;
            }
        };
    }

    static EvaluationContext context(Map<String, JsonNode> variables) {
        return context("{'Execution':{'Name':'run'},'State':{'Name':'S','EnteredTime':'2024-01-02T03:04:05.678Z'}}",
                variables, 7L);
    }

    static JsonataBindings bindings(String input) {
        return JsonataBindings.of(json(input), context(Map.of()));
    }
}
