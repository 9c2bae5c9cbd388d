package dev.orrery.internal.choice;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orrery.internal.eval.EvaluationContext;

/** {@code Not}: holds when its operand does not (errors of the operand propagate). */
record NotCondition(CompiledCondition operand) implements CompiledCondition {

    @Override
    public boolean test(JsonNode input, EvaluationContext context) {
        return !operand.test(input, context);
    }
}
