package dev.orrery.internal.intrinsics;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orrery.internal.eval.EvaluationContext;
import dev.orrery.internal.eval.ExpressionSyntaxException;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** {@code States.ArrayGetItem(array, index)}: the item at a 0-based index. */
final class StatesArrayGetItem extends StatesFunction {

    static final String NAME = "States.ArrayGetItem";

    StatesArrayGetItem(List<Argument> arguments) throws ExpressionSyntaxException {
        super(NAME, Signature.of(ArgType.ARRAY, ArgType.INTEGER), arguments);
    }

    @Override
    void check(List<@Nullable JsonNode> values) {
        JsonNode index = values.get(1);
        if (index != null && Integers.exact(NAME, 1, index) < 0) {
            throw new InvalidArgumentException(Causes.invalid(NAME, "the index must not be negative but was " + index));
        }
    }

    @Override
    JsonNode apply(List<JsonNode> values, EvaluationContext context) {
        JsonNode array = values.get(0);
        int index = Integers.exact(NAME, 1, values.get(1));
        if (index >= array.size()) {
            throw new InvalidArgumentException(Causes.invalid(NAME, "the index " + index
                    + " is out of bounds of an array of " + array.size() + " item(s)"));
        }
        return array.get(index).deepCopy();
    }
}
