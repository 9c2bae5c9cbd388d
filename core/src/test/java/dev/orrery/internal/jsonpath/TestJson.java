package dev.orrery.internal.jsonpath;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.orrery.internal.eval.EvaluationContext;
import java.util.Map;
import java.util.SplittableRandom;
import org.jspecify.annotations.Nullable;

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
        SplittableRandom random = new SplittableRandom(0L);
        return new EvaluationContext() {
            @Override
            public JsonNode contextObject() {
                return contextObject;
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
}
