package dev.orrery.internal.intrinsics;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orrery.internal.eval.EvaluationContext;
import org.jspecify.annotations.Nullable;

/** One argument of an intrinsic call: a literal, a path or a nested call. */
sealed interface Argument permits LiteralArgument, PathArgument, CallArgument {

    /** Return the argument's value for the given state input and context. */
    JsonNode evaluate(JsonNode input, EvaluationContext context);

    /** Return the value when it is known at compile time (a literal), else {@code null}. */
    default @Nullable JsonNode constant() {
        return null;
    }
}
