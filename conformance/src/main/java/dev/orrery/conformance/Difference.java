package dev.orrery.conformance;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;

/**
 * The first place where Orrery's result differs from AWS's recording.
 *
 * @param field what differs, e.g. {@code status}, {@code output.items[2]}, {@code events[4].type} or {@code exception}
 * @param expected what AWS recorded, as JSON text or a short description
 * @param actual what Orrery produced, as JSON text, a short description or an exception message
 */
@API(status = INTERNAL, since = "0.1")
public record Difference(String field, String expected, String actual) {

    private static final int MAX_VALUE_LENGTH = 160;

    /** Return a difference for a case whose run threw. */
    public static Difference exception(Throwable thrown) {
        String message = thrown.getMessage() == null ? "" : ": " + thrown.getMessage();
        return new Difference("exception", "a finished execution", thrown.getClass().getSimpleName() + message);
    }

    /** Return {@code field: expected X but was Y} on one line, values shortened. */
    public String oneLine() {
        return field + ": expected " + shorten(expected) + " but was " + shorten(actual);
    }

    static String shorten(String text) {
        String flat = text.replace("\r", "\\r").replace("\n", "\\n");
        return flat.length() <= MAX_VALUE_LENGTH ? flat : flat.substring(0, MAX_VALUE_LENGTH) + "...";
    }
}
