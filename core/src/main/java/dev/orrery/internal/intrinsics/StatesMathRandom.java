package dev.orrery.internal.intrinsics;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.orrery.internal.eval.EvaluationContext;
import dev.orrery.internal.eval.ExpressionSyntaxException;
import java.util.List;
import java.util.SplittableRandom;
import org.jspecify.annotations.Nullable;

/**
 * {@code States.MathRandom(start, end[, seed])}: a random integer from start (inclusive) to end (exclusive). Without
 * a seed it draws from the execution's seeded random source; with one, the same seed always gives the same number.
 * Arguments are rounded to the closest integer, as for States.MathAdd.
 */
final class StatesMathRandom extends StatesFunction {

    static final String NAME = "States.MathRandom";

    StatesMathRandom(List<Argument> arguments) throws ExpressionSyntaxException {
        super(NAME, Signature.optional(2, ArgType.NUMBER, ArgType.NUMBER, ArgType.NUMBER), arguments);
    }

    @Override
    void check(List<@Nullable JsonNode> values) {
        for (int i = 0; i < values.size(); i++) {
            JsonNode value = values.get(i);
            if (value != null) {
                Integers.rounded(NAME, i, value);
            }
        }
        JsonNode start = values.get(0);
        JsonNode end = values.get(1);
        if (start != null && end != null && Integers.rounded(NAME, 0, start) >= Integers.rounded(NAME, 1, end)) {
            throw new InvalidArgumentException(Causes.invalid(NAME, "the start number " + start
                    + " must be less than the end number " + end));
        }
    }

    @Override
    JsonNode apply(List<JsonNode> values, EvaluationContext context) {
        int start = Integers.rounded(NAME, 0, values.get(0));
        int end = Integers.rounded(NAME, 1, values.get(1));
        SplittableRandom random = values.size() > 2
                ? new SplittableRandom(Integers.rounded(NAME, 2, values.get(2)))
                : context.random();
        return JsonNodeFactory.instance.numberNode(random.nextInt(start, end));
    }
}
