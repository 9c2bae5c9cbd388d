package dev.orrery.internal.eval;

import org.jspecify.annotations.Nullable;

/**
 * A runtime error of a state with a Step Functions error name ({@code States.Runtime}, {@code
 * States.IntrinsicFailure}...) and AWS's cause text. Carries no stack trace: it is control flow, not a bug.
 */
public final class StatesException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String error;
    private final @Nullable String cause;

    /** Create the signal for the given error name and cause text. */
    public StatesException(String error, @Nullable String cause) {
        super(error + (cause == null ? "" : ": " + cause), null, false, false);
        this.error = error;
        this.cause = cause;
    }

    /** Return the error name, e.g. {@code States.Runtime}. */
    public String error() {
        return error;
    }

    /** Return the cause text, or {@code null}. */
    public @Nullable String cause() {
        return cause;
    }

    /** Return a {@code States.Runtime} error with the given cause. */
    public static StatesException runtime(String cause) {
        return new StatesException("States.Runtime", cause);
    }
}
