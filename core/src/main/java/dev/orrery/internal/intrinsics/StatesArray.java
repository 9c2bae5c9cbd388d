package dev.orrery.internal.intrinsics;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.orrery.internal.eval.EvaluationContext;
import dev.orrery.internal.eval.ExpressionSyntaxException;
import java.util.List;

/** {@code States.Array(value, ...)}: an array of the argument values, in order. */
final class StatesArray extends StatesFunction {

    static final String NAME = "States.Array";

    StatesArray(List<Argument> arguments) throws ExpressionSyntaxException {
        super(NAME, Signature.variadic(ArgType.ANY), arguments);
    }

    @Override
    JsonNode apply(List<JsonNode> values, EvaluationContext context) {
        ArrayNode array = JsonNodeFactory.instance.arrayNode(values.size());
        values.forEach(value -> array.add(value.deepCopy()));
        return array;
    }
}
