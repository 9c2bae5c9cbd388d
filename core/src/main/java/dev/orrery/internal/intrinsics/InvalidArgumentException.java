package dev.orrery.internal.intrinsics;

/**
 * An argument that breaks a function's rules. Becomes an {@code ExpressionSyntaxException} when found at compile
 * time and a {@code States.IntrinsicFailure} when found at run time.
 */
final class InvalidArgumentException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Create the exception with the cause text. */
    InvalidArgumentException(String cause) {
        super(cause, null, false, false);
    }
}
