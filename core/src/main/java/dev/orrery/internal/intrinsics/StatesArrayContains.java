package dev.orrery.internal.intrinsics;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.orrery.internal.eval.EvaluationContext;
import dev.orrery.internal.eval.ExpressionSyntaxException;
import java.util.List;

/** {@code States.ArrayContains(array, value)}: whether an item equals the value. */
final class StatesArrayContains extends StatesFunction {

    static final String NAME = "States.ArrayContains";

    StatesArrayContains(List<Argument> arguments) throws ExpressionSyntaxException {
        super(NAME, Signature.of(ArgType.ARRAY, ArgType.ANY), arguments);
    }

    @Override
    JsonNode apply(List<JsonNode> values, EvaluationContext context) {
        JsonNode wanted = values.get(1);
        for (JsonNode item : values.get(0)) {
            if (JsonEquality.equal(item, wanted)) {
                return JsonNodeFactory.instance.booleanNode(true);
            }
        }
        return JsonNodeFactory.instance.booleanNode(false);
    }
}
