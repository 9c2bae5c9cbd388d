package dev.orrery.internal.interpreter;

/**
 * A distributed Map state's ItemReader could not give items ({@code States.ItemReaderFailed}, or the reader call's
 * own error) or its ResultWriter could not write ({@code States.ResultWriterFailed}): the state fails with the error
 * and the cause as is, without the "An error occurred while executing the state" prefix, as AWS records reader
 * causes.
 */
final class MapIoFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** The error AWS gives a Map state whose reader cannot read its items. */
    static final String ERROR = "States.ItemReaderFailed";

    private final String error;
    private final String cause;

    MapIoFailure(String error, String cause) {
        super(error + ": " + cause, null, false, false);
        this.error = error;
        this.cause = cause;
    }

    /** Return the error name. */
    String error() {
        return error;
    }

    /** Return the cause text. */
    String causeText() {
        return cause;
    }
}
