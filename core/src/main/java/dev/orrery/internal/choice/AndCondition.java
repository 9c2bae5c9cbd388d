package dev.orrery.internal.choice;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orrery.internal.eval.EvaluationContext;
import java.util.List;

/** {@code And}: holds when every operand holds; stops at the first that does not, as the specification requires. */
record AndCondition(List<CompiledCondition> operands) implements CompiledCondition {

    AndCondition {
        operands = List.copyOf(operands);
    }

    @Override
    public boolean test(JsonNode input, EvaluationContext context) {
        for (CompiledCondition operand : operands) {
            if (!operand.test(input, context)) {
                return false;
            }
        }
        return true;
    }
}
