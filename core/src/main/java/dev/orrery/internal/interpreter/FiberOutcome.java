package dev.orrery.internal.interpreter;

import com.fasterxml.jackson.databind.JsonNode;
import org.jspecify.annotations.Nullable;

/**
 * How a fiber ended: with an output, or with an error.
 *
 * @param output the output when it succeeded
 * @param error the error when it failed
 * @param cause the cause when it failed
 * @param succeeded whether it succeeded
 */
record FiberOutcome(@Nullable JsonNode output, @Nullable String error, @Nullable String cause, boolean succeeded) {

    static FiberOutcome success(JsonNode output) {
        return new FiberOutcome(output, null, null, true);
    }

    static FiberOutcome failure(@Nullable String error, @Nullable String cause) {
        return new FiberOutcome(null, error, cause, false);
    }
}
