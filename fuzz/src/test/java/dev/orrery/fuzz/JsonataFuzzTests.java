package dev.orrery.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.JsonNode;
import dev.orrery.internal.eval.ExpressionSyntaxException;
import dev.orrery.internal.eval.StatesException;
import dev.orrery.internal.jsonata.JsonataBindings;
import dev.orrery.internal.jsonata.JsonataExpression;

/**
 * JSONata expressions through Orrery's wrapper ({@code $states}, the Step Functions functions, variables):
 * compiling may refuse with an {@link ExpressionSyntaxException}; evaluating may fail with
 * {@code States.QueryEvaluationError} as a {@link StatesException}; nothing else, in bounded time, and
 * {@code $states.input} is not mutated.
 *
 * <p>Input: the expression (without {@code {% %}}) on the first line, {@code $states.input} on the rest; the variable
 * {@code $v} holds the same document.
 */
class JsonataFuzzTests {

    @FuzzTest(maxDuration = "5m")
    void evaluates_any_expression_without_an_undocumented_failure(FuzzedDataProvider data) {
        FuzzInput in = FuzzInput.of(data);
        JsonNode before = in.document().deepCopy();
        Bounded.run(() -> {
            JsonataExpression expression;
            try {
                expression = JsonataExpression.compile(in.head());
            } catch (ExpressionSyntaxException refused) {
                return;
            }
            JsonataBindings bindings = JsonataBindings.of(in.document(), Contexts.with(in.document()))
                    .withResult(in.document())
                    .withErrorOutput(FuzzInput.json("{\"Error\":\"E\",\"Cause\":\"c\"}"));
            try {
                expression.evaluateOrUndefined(bindings, "Output");
            } catch (StatesException documented) {
                // States.QueryEvaluationError with AWS's cause.
            }
        });
        Bounded.assertUnchanged(in.document(), before, "$states.input");
    }
}
