package dev.orrery.internal.parser;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/** Recognises RFC 3339 timestamps such as {@code 2016-03-14T01:59:00Z} ({@code T} and {@code Z} in upper case). */
final class Rfc3339 {

    private static final Pattern SHAPE = Pattern.compile(
            "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})");

    private Rfc3339() {}

    /** Return whether the text is an RFC 3339 date-time with a valid date, time and offset. */
    static boolean isValid(String text) {
        if (!SHAPE.matcher(text).matches()) {
            return false;
        }
        try {
            OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }
}
