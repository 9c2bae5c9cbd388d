package dev.orrery.internal.intrinsics;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.orrery.internal.eval.EvaluationContext;
import dev.orrery.internal.eval.ExpressionSyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** {@code States.Base64Decode(string)}: the UTF-8 text of Base64-encoded data. */
final class StatesBase64Decode extends StatesFunction {

    static final String NAME = "States.Base64Decode";

    StatesBase64Decode(List<Argument> arguments) throws ExpressionSyntaxException {
        super(NAME, Signature.of(ArgType.STRING), arguments);
    }

    @Override
    void check(List<@Nullable JsonNode> values) {
        JsonNode input = values.get(0);
        if (input != null) {
            InputLimits.check(NAME, input.textValue());
            decode(input.textValue());
        }
    }

    @Override
    JsonNode apply(List<JsonNode> values, EvaluationContext context) {
        return JsonNodeFactory.instance.textNode(decode(values.get(0).textValue()));
    }

    private static String decode(String encoded) {
        try {
            return new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new InvalidArgumentException(Causes.invalid(NAME, "the input is not valid Base64: " + encoded));
        }
    }
}
