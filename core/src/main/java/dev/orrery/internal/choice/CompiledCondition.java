package dev.orrery.internal.choice;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orrery.internal.eval.EvaluationContext;
import dev.orrery.internal.eval.ExpressionSyntaxException;
import dev.orrery.model.Condition;

/** A Choice condition compiled once (paths, timestamps, StringMatches patterns) and tested many times. */
@FunctionalInterface
public interface CompiledCondition {

    /**
     * Test the condition against a state input.
     *
     * @throws dev.orrery.internal.eval.StatesException with AWS's error and cause when the test cannot be made
     */
    boolean test(JsonNode input, EvaluationContext context);

    /**
     * Compile a JSONPath-mode condition: paths, literal operands, timestamps and StringMatches patterns once.
     *
     * @throws ExpressionSyntaxException when a path or operand cannot be compiled, or for a JSONata condition (the
     *     JSONata evaluator compiles those)
     */
    static CompiledCondition compile(Condition condition) throws ExpressionSyntaxException {
        return ConditionCompiler.compile(condition);
    }
}
