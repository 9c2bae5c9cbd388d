package dev.orrery.internal.intrinsics;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.orrery.internal.eval.EvaluationContext;
import dev.orrery.internal.eval.ExpressionSyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** {@code States.Base64Encode(string)}: the Base64 (MIME-free, padded) encoding of the UTF-8 bytes. */
final class StatesBase64Encode extends StatesFunction {

    static final String NAME = "States.Base64Encode";

    StatesBase64Encode(List<Argument> arguments) throws ExpressionSyntaxException {
        super(NAME, Signature.of(ArgType.STRING), arguments);
    }

    @Override
    void check(List<@Nullable JsonNode> values) {
        JsonNode input = values.get(0);
        if (input != null) {
            InputLimits.check(NAME, input.textValue());
        }
    }

    @Override
    JsonNode apply(List<JsonNode> values, EvaluationContext context) {
        byte[] bytes = values.get(0).textValue().getBytes(StandardCharsets.UTF_8);
        return JsonNodeFactory.instance.textNode(Base64.getEncoder().encodeToString(bytes));
    }
}
