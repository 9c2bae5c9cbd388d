package dev.orrery.internal.jsonata;

/** Raised when a JSONata result is nested deeper than {@link JsonataValues#MAX_DEPTH} levels. */
final class TooDeepResultException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    TooDeepResultException() {
        super("The result is nested more than " + JsonataValues.MAX_DEPTH + " levels deep, which exceeds Orrery's "
                + "nesting limit for JSON data.", null, false, false);
    }
}
