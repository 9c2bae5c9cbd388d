package dev.orrery.internal.intrinsics;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.orrery.internal.eval.EvaluationContext;
import dev.orrery.internal.eval.ExpressionSyntaxException;
import java.math.BigInteger;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** {@code States.ArrayRange(first, last, step)}: the integers from first towards last (inclusive) by step. */
final class StatesArrayRange extends StatesFunction {

    static final String NAME = "States.ArrayRange";

    /** The most items the array may hold. */
    static final int MAX_ITEMS = 1000;

    StatesArrayRange(List<Argument> arguments) throws ExpressionSyntaxException {
        super(NAME, Signature.of(ArgType.INTEGER, ArgType.INTEGER, ArgType.INTEGER), arguments);
    }

    @Override
    void check(List<@Nullable JsonNode> values) {
        JsonNode step = values.get(2);
        if (step != null && Integers.exact(NAME, 2, step) == 0) {
            throw new InvalidArgumentException(Causes.invalid(NAME, "the step must not be 0"));
        }
        JsonNode first = values.get(0);
        JsonNode last = values.get(1);
        if (first != null && last != null && step != null) {
            count(Integers.exact(NAME, 0, first), Integers.exact(NAME, 1, last), Integers.exact(NAME, 2, step));
        }
    }

    @Override
    JsonNode apply(List<JsonNode> values, EvaluationContext context) {
        int first = Integers.exact(NAME, 0, values.get(0));
        int step = Integers.exact(NAME, 2, values.get(2));
        long count = count(first, Integers.exact(NAME, 1, values.get(1)), step);
        ArrayNode array = JsonNodeFactory.instance.arrayNode();
        for (long i = 0; i < count; i++) {
            array.add(NumberLiterals.integral(BigInteger.valueOf(first + i * step)));
        }
        return array;
    }

    private static long count(long first, long last, long step) {
        long distance = last - first;
        long count = distance != 0 && Long.signum(distance) != Long.signum(step) ? 0 : distance / step + 1;
        if (count > MAX_ITEMS) {
            throw new InvalidArgumentException(Causes.invalid(NAME, "the array would contain " + count
                    + " items, more than the maximum of " + MAX_ITEMS));
        }
        return count;
    }
}
