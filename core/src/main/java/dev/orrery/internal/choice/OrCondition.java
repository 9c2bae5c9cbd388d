package dev.orrery.internal.choice;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orrery.internal.eval.EvaluationContext;
import java.util.List;

/** {@code Or}: holds when any operand holds; stops at the first that does, as the specification requires. */
record OrCondition(List<CompiledCondition> operands) implements CompiledCondition {

    OrCondition {
        operands = List.copyOf(operands);
    }

    @Override
    public boolean test(JsonNode input, EvaluationContext context) {
        for (CompiledCondition operand : operands) {
            if (operand.test(input, context)) {
                return true;
            }
        }
        return false;
    }
}
