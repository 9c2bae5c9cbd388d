package dev.orrery.internal.intrinsics;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.orrery.internal.eval.EvaluationContext;
import dev.orrery.internal.eval.ExpressionSyntaxException;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** {@code States.ArrayPartition(array, size)}: chunks of {@code size} items, the last one possibly shorter. */
final class StatesArrayPartition extends StatesFunction {

    static final String NAME = "States.ArrayPartition";

    StatesArrayPartition(List<Argument> arguments) throws ExpressionSyntaxException {
        super(NAME, Signature.of(ArgType.ARRAY, ArgType.INTEGER), arguments);
    }

    @Override
    void check(List<@Nullable JsonNode> values) {
        JsonNode size = values.get(1);
        if (size != null && Integers.exact(NAME, 1, size) <= 0) {
            throw new InvalidArgumentException(
                    Causes.invalid(NAME, "the chunk size must be a positive integer but was " + size));
        }
    }

    @Override
    JsonNode apply(List<JsonNode> values, EvaluationContext context) {
        JsonNode array = values.get(0);
        int size = Integers.exact(NAME, 1, values.get(1));
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        ArrayNode chunks = nodes.arrayNode();
        ArrayNode chunk = null;
        for (int i = 0; i < array.size(); i++) {
            if (i % size == 0) {
                chunk = chunks.addArray();
            }
            chunk.add(array.get(i).deepCopy());
        }
        return chunks;
    }
}
