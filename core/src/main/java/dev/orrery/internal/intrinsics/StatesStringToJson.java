package dev.orrery.internal.intrinsics;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orrery.internal.eval.EvaluationContext;
import dev.orrery.internal.eval.ExpressionSyntaxException;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** {@code States.StringToJson(string)}: the JSON value an escaped JSON string holds. */
final class StatesStringToJson extends StatesFunction {

    static final String NAME = "States.StringToJson";

    StatesStringToJson(List<Argument> arguments) throws ExpressionSyntaxException {
        super(NAME, Signature.of(ArgType.STRING), arguments);
    }

    @Override
    void check(List<@Nullable JsonNode> values) {
        JsonNode text = values.get(0);
        if (text != null) {
            JsonText.read(NAME, text.textValue());
        }
    }

    @Override
    JsonNode apply(List<JsonNode> values, EvaluationContext context) {
        return JsonText.read(NAME, values.get(0).textValue());
    }
}
