package dev.orrery.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.JsonNode;
import dev.orrery.internal.eval.ExpressionSyntaxException;
import dev.orrery.internal.eval.StatesException;
import dev.orrery.internal.intrinsics.IntrinsicFunctions;

/**
 * Intrinsic functions ({@code States.Format(...)}, {@code States.ArrayRange(...)}...): parsing may refuse the call
 * with an {@link ExpressionSyntaxException}, evaluating may fail with {@code States.IntrinsicFailure} (or another
 * AWS error) as a {@link StatesException}; nothing else, and the input is not mutated.
 *
 * <p>Input: the call on the first line, the state input on the rest.
 */
class IntrinsicFunctionFuzzTests {

    @FuzzTest(maxDuration = "5m")
    void parses_and_evaluates_any_call_without_an_undocumented_failure(FuzzedDataProvider data) {
        FuzzInput in = FuzzInput.of(data);
        JsonNode before = in.document().deepCopy();
        Bounded.run(() -> {
            IntrinsicFunctions.Expression call;
            try {
                call = IntrinsicFunctions.compile(in.head());
            } catch (ExpressionSyntaxException refused) {
                return;
            }
            try {
                call.evaluate(in.document(), Contexts.with(in.document()));
            } catch (StatesException documented) {
                // States.IntrinsicFailure (or States.Runtime for a path) with AWS's cause.
            }
        });
        Bounded.assertUnchanged(in.document(), before, "the input");
    }
}
