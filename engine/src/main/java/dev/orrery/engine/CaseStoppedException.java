package dev.orrery.engine;

/** A case whose run did not end: a Task no mock answers, or a guard that stopped it; the message says which. */
final class CaseStoppedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    CaseStoppedException(String message, RuntimeException cause) {
        super(message, cause);
    }
}
