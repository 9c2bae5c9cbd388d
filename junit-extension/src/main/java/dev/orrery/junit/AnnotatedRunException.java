package dev.orrery.junit;

/** Carries the failure of a run described by annotations out of parameter resolution, to fail the test with it. */
final class AnnotatedRunException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    AnnotatedRunException(String message, RuntimeException cause) {
        super(message, cause);
    }
}
