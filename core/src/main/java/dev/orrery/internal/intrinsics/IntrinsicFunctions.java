package dev.orrery.internal.intrinsics;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orrery.internal.eval.EvaluationContext;
import dev.orrery.internal.eval.ExpressionSyntaxException;

/** Entry point of the intrinsic functions: recognise and compile {@code States.*(...)} calls. */
public final class IntrinsicFunctions {

    private IntrinsicFunctions() {}

    /** Return whether the text is meant as an intrinsic function call (it starts with {@code States.}). */
    public static boolean isIntrinsic(String text) {
        return text.startsWith("States.");
    }

    /**
     * Compile an intrinsic function call such as {@code States.Format('Hello {}', $.name)}.
     *
     * @throws ExpressionSyntaxException when the call is malformed or names no known function
     */
    public static Expression compile(String text) throws ExpressionSyntaxException {
        return IntrinsicParser.parse(text);
    }

    /** A compiled intrinsic call. */
    @FunctionalInterface
    public interface Expression {
        /**
         * Evaluate the call.
         *
         * @throws dev.orrery.internal.eval.StatesException {@code States.IntrinsicFailure} with AWS's cause text
         */
        JsonNode evaluate(JsonNode input, EvaluationContext context);
    }
}
