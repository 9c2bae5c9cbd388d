package dev.orrery.parse;

import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * One problem found in a definition, in the shape of AWS's {@code ValidateStateMachineDefinition} diagnostics.
 *
 * <p>{@link #toString()} reads like a compiler error:
 * {@code order.asl.json:14:9 (/States/Charge/Retry/0/BackoffRate): BackoffRate must be >= 1.0 but was 0.5}.
 *
 * @param severity {@code ERROR} or {@code WARNING}, never {@code null}
 * @param code AWS's diagnostic code, e.g. {@code SCHEMA_VALIDATION_FAILED}, never {@code null}
 * @param message what is wrong and what was expected, never {@code null}
 * @param location the JSON pointer of the offending field, e.g. {@code /States/Charge/Next}, never {@code null}
 * @param position where in the text the offending field is, or {@code null} when the text is not known
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record Diagnostic(
        Severity severity, String code, String message, String location, @Nullable SourcePosition position) {

    /**
     * Return whether this diagnostic makes the definition invalid.
     *
     * @return {@code true} for an error, {@code false} for a warning
     */
    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** Return {@code file:line:col (/pointer): message}, or {@code (/pointer): message} without a position. */
    @Override
    public String toString() {
        String where = "(" + (location.isEmpty() ? "/" : location) + ")";
        String prefix = position == null ? where : position + " " + where;
        String tag = severity == Severity.WARNING ? " warning" : "";
        return prefix + tag + ": " + message;
    }
}
