package dev.orrery.internal.intrinsics;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.orrery.internal.eval.EvaluationContext;
import dev.orrery.internal.eval.ExpressionSyntaxException;
import java.util.List;

/** {@code States.ArrayLength(array)}: the number of items. */
final class StatesArrayLength extends StatesFunction {

    static final String NAME = "States.ArrayLength";

    StatesArrayLength(List<Argument> arguments) throws ExpressionSyntaxException {
        super(NAME, Signature.of(ArgType.ARRAY), arguments);
    }

    @Override
    JsonNode apply(List<JsonNode> values, EvaluationContext context) {
        return JsonNodeFactory.instance.numberNode(values.get(0).size());
    }
}
