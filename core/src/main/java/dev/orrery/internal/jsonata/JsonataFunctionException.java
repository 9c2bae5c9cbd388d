package dev.orrery.internal.jsonata;

/** An error raised by one of Step Functions' added JSONata functions; the message is the text after the code. */
final class JsonataFunctionException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    JsonataFunctionException(String message) {
        super(message, null, false, false);
    }
}
