package dev.orrery.internal.eval;

/** A path, template or expression that cannot be compiled; the message says what was expected and where. */
public final class ExpressionSyntaxException extends Exception {

    private static final long serialVersionUID = 1L;

    private final int offset;

    /** Create the exception with a message and the 0-based offset in the expression text (-1 when unknown). */
    public ExpressionSyntaxException(String message, int offset) {
        super(message, null, false, false);
        this.offset = offset;
    }

    /** Return the 0-based offset of the problem in the expression text, or -1. */
    public int offset() {
        return offset;
    }
}
