package dev.orrery.internal.variables;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.orrery.internal.eval.EvaluationContext;

/** Test helpers: JSON from single-quoted text and a context over a scope. */
final class VariableJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private VariableJson() {}

    static JsonNode json(String text) {
        try {
            return MAPPER.readTree(text.replace('\'', '"'));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(text, e);
        }
    }

    static ScopedEvaluationContext context(VariableScope scope) {
        return new ScopedEvaluationContext(EvaluationContext.of(json("{'Execution':{'Id':'arn:exec'}}")), scope);
    }
}
