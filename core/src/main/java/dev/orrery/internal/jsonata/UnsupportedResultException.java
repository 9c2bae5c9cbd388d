package dev.orrery.internal.jsonata;

/** A JSONata result that JSON cannot represent (a function, an infinite number). */
public final class UnsupportedResultException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Create the signal naming what could not be converted. */
    public UnsupportedResultException(String what) {
        super(what, null, false, false);
    }
}
