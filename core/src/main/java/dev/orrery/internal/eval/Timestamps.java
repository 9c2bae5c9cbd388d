package dev.orrery.internal.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Timestamps as Step Functions accepts them: RFC 3339 date-times with an uppercase {@code T} between date and time
 * and an uppercase {@code Z} or a numeric {@code ±hh:mm} offset, e.g. {@code 2016-03-14T01:59:00Z} or {@code
 * 2012-10-09T19:00:55.123456789+01:00}.
 *
 * <p>Seconds are required; a fraction of 1 to 9 digits is allowed (AWS accepted
 * {@code 2016-03-05T21:29:29.243167252Z}). The date and time must exist in the calendar ({@code 2016-13-05...} and
 * {@code ...T25:29:29Z} are rejected, as AWS rejected them) and the offset must lie within ±18:00. Rejected as AWS
 * rejected them: a space instead of {@code T}, no offset, a day-month-year date. Lowercase {@code t} and {@code z}
 * are rejected as the Step Functions developer guide requires uppercase.
 */
public final class Timestamps {

    private static final Pattern FORMAT = Pattern.compile(
            "(\\d{4})-(\\d{2})-(\\d{2})T(\\d{2}):(\\d{2}):(\\d{2})(?:\\.(\\d{1,9}))?(?:(Z)|([+-])(\\d{2}):(\\d{2}))");

    private Timestamps() {}

    /** Return the instant the text denotes, or {@code null} when it is not a timestamp Step Functions accepts. */
    public static @Nullable Instant parse(String text) {
        OffsetDateTime dateTime = parseOffsetDateTime(text);
        return dateTime == null ? null : dateTime.toInstant();
    }

    /** Return the date-time with its offset, or {@code null} when the text is not an accepted timestamp. */
    public static @Nullable OffsetDateTime parseOffsetDateTime(String text) {
        Matcher m = FORMAT.matcher(text);
        if (!m.matches()) {
            return null;
        }
        try {
            return OffsetDateTime.of(number(m, 1), number(m, 2), number(m, 3), number(m, 4), number(m, 5),
                    number(m, 6), nanos(m.group(7)), offset(m));
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** Return whether the text is a timestamp Step Functions accepts. */
    public static boolean isTimestamp(String text) {
        return parseOffsetDateTime(text) != null;
    }

    /** Return the instant of a JSON string holding an accepted timestamp, or {@code null} for any other value. */
    public static @Nullable Instant parse(@Nullable JsonNode node) {
        return node != null && node.isTextual() ? parse(node.textValue()) : null;
    }

    private static int number(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }

    private static int nanos(@Nullable String fraction) {
        if (fraction == null) {
            return 0;
        }
        StringBuilder digits = new StringBuilder(fraction);
        while (digits.length() < 9) {
            digits.append('0');
        }
        return Integer.parseInt(digits.toString());
    }

    private static ZoneOffset offset(Matcher m) {
        if (m.group(8) != null) {
            return ZoneOffset.UTC;
        }
        int hours = number(m, 10);
        int minutes = number(m, 11);
        if (minutes > 59) {
            throw new DateTimeException("offset minutes out of range");
        }
        return m.group(9).equals("-")
                ? ZoneOffset.ofHoursMinutes(-hours, -minutes)
                : ZoneOffset.ofHoursMinutes(hours, minutes);
    }
}
