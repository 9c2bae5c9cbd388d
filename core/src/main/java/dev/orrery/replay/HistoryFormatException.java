package dev.orrery.replay;

import org.apiguardian.api.API;

/**
 * Thrown when an execution history (or its {@code DescribeExecution} output) cannot be read: malformed JSON, an
 * event without the fields AWS always sends, missing events, links between events that do not point back in time.
 * The message names the file, and the line and column or the JSON pointer of the problem, and what was expected.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class HistoryFormatException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /**
     * Create the exception.
     *
     * @param message where the problem is and what was expected, never {@code null}
     */
    public HistoryFormatException(String message) {
        super(message);
    }
}
