package dev.orrery.internal.intrinsics;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.orrery.internal.eval.EvaluationContext;
import dev.orrery.internal.eval.ExpressionSyntaxException;
import java.util.List;

/** {@code States.JsonToString(value)}: the compact JSON text of a value. */
final class StatesJsonToString extends StatesFunction {

    static final String NAME = "States.JsonToString";

    StatesJsonToString(List<Argument> arguments) throws ExpressionSyntaxException {
        super(NAME, Signature.of(ArgType.ANY), arguments);
    }

    @Override
    JsonNode apply(List<JsonNode> values, EvaluationContext context) {
        return JsonNodeFactory.instance.textNode(JsonText.write(values.get(0)));
    }
}
