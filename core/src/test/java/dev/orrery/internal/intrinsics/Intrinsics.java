package dev.orrery.internal.intrinsics;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.orrery.internal.eval.EvaluationContext;
import dev.orrery.internal.eval.ExpressionSyntaxException;

/** Test helpers: compile and evaluate an intrinsic call over JSON text. */
final class Intrinsics {

    static final ObjectMapper MAPPER = new ObjectMapper();

    private Intrinsics() {}

    static JsonNode json(String text) {
        try {
            return MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(text, e);
        }
    }

    static JsonNode evaluate(String expression, String input) throws ExpressionSyntaxException {
        return evaluate(expression, input, EvaluationContext.of(json("{}")));
    }

    static JsonNode evaluate(String expression, String input, EvaluationContext context)
            throws ExpressionSyntaxException {
        return IntrinsicFunctions.compile(expression).evaluate(json(input), context);
    }
}
