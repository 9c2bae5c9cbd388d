package dev.orrery.internal.intrinsics;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.orrery.internal.eval.EvaluationContext;
import dev.orrery.internal.eval.ExpressionSyntaxException;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;

/** {@code States.UUID()}: a version 4 UUID whose random bits come from the execution's seeded random source. */
final class StatesUuid extends StatesFunction {

    static final String NAME = "States.UUID";

    StatesUuid(List<Argument> arguments) throws ExpressionSyntaxException {
        super(NAME, Signature.of(), arguments);
    }

    @Override
    JsonNode apply(List<JsonNode> values, EvaluationContext context) {
        SplittableRandom random = context.random();
        long most = (random.nextLong() & ~0xF000L) | 0x4000L;
        long least = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return JsonNodeFactory.instance.textNode(new UUID(most, least).toString());
    }
}
