package dev.orrery.internal.intrinsics;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orrery.internal.eval.EvaluationContext;

/** A nested intrinsic call used as an argument, e.g. the inner call of {@code States.ArrayGetItem(States.Array(1), 0)}. */
record CallArgument(StatesFunction function) implements Argument {

    @Override
    public JsonNode evaluate(JsonNode input, EvaluationContext context) {
        return function.evaluate(input, context);
    }
}
