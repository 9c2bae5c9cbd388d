package dev.orrery.engine;

/**
 * A case cannot run as written: its definition is missing or invalid, a mock names no Task state, a callback finds no
 * task waiting. The message is located in the test file ({@code file:line:col: ...}).
 */
final class InvalidTestFileException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    InvalidTestFileException(String message) {
        super(message, null, false, false);
    }
}
