package dev.orrery.internal.intrinsics;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.orrery.internal.eval.EvaluationContext;
import dev.orrery.internal.eval.ExpressionSyntaxException;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * {@code States.MathAdd(a, b)}: the integer sum. Each argument is first rounded to the closest integer, halves up
 * ({@code 1.5} to {@code 2}, {@code -1.5} to {@code -1}), as AWS's recorded executions show.
 */
final class StatesMathAdd extends StatesFunction {

    static final String NAME = "States.MathAdd";

    StatesMathAdd(List<Argument> arguments) throws ExpressionSyntaxException {
        super(NAME, Signature.of(ArgType.NUMBER, ArgType.NUMBER), arguments);
    }

    @Override
    void check(List<@Nullable JsonNode> values) {
        for (int i = 0; i < values.size(); i++) {
            JsonNode value = values.get(i);
            if (value != null) {
                Integers.rounded(NAME, i, value);
            }
        }
    }

    @Override
    JsonNode apply(List<JsonNode> values, EvaluationContext context) {
        long sum = (long) Integers.rounded(NAME, 0, values.get(0)) + Integers.rounded(NAME, 1, values.get(1));
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        return sum == (int) sum ? nodes.numberNode((int) sum) : nodes.numberNode(sum);
    }
}
