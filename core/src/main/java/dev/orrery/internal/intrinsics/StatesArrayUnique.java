package dev.orrery.internal.intrinsics;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.orrery.internal.eval.EvaluationContext;
import dev.orrery.internal.eval.ExpressionSyntaxException;
import java.util.List;

/** {@code States.ArrayUnique(array)}: the items without duplicates, each kept at its first position. */
final class StatesArrayUnique extends StatesFunction {

    static final String NAME = "States.ArrayUnique";

    StatesArrayUnique(List<Argument> arguments) throws ExpressionSyntaxException {
        super(NAME, Signature.of(ArgType.ARRAY), arguments);
    }

    @Override
    JsonNode apply(List<JsonNode> values, EvaluationContext context) {
        ArrayNode unique = JsonNodeFactory.instance.arrayNode();
        for (JsonNode item : values.get(0)) {
            if (!contains(unique, item)) {
                unique.add(item.deepCopy());
            }
        }
        return unique;
    }

    private static boolean contains(ArrayNode array, JsonNode item) {
        for (JsonNode existing : array) {
            if (JsonEquality.equal(existing, item)) {
                return true;
            }
        }
        return false;
    }
}
