package dev.orrery.internal.choice;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orrery.internal.eval.EvaluationContext;

/** {@code BooleanEquals} and {@code BooleanEqualsPath}: holds when both values are the same JSON boolean. */
record BooleanEquals(ChoicePath variable, Operand<Boolean> operand) implements CompiledCondition {

    @Override
    public boolean test(JsonNode input, EvaluationContext context) {
        JsonNode value = variable.resolve(input, context);
        Boolean right = operand.value(input, context);
        Boolean left = Values.bool(value);
        return left != null && left.equals(right);
    }
}
