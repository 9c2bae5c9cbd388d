package dev.orrery.internal.intrinsics;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orrery.internal.eval.EvaluationContext;
import org.jspecify.annotations.Nullable;

/**
 * A literal argument: a string, number, boolean or {@code null}.
 *
 * @param value the literal's JSON value
 * @param rawText for a string literal, the text between the quotes with its escapes kept (States.Format needs it to
 *     tell <code>\&#123;</code> from a placeholder); {@code null} for other literals
 */
record LiteralArgument(JsonNode value, @Nullable String rawText) implements Argument {

    @Override
    public JsonNode evaluate(JsonNode input, EvaluationContext context) {
        return value;
    }

    @Override
    public JsonNode constant() {
        return value;
    }
}
