package dev.orrery.internal.interpreter;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Formats instants as AWS writes them in the Context object, {@code uuuu-MM-dd'T'HH:mm:ss.SSS'Z'} (UTC, truncated
 * to milliseconds), by arithmetic on the epoch day instead of through {@link DateTimeFormatter}, which builds a
 * zoned date-time, zone rules and a string builder per call: every state entry formats its EnteredTime.
 */
final class UtcMillis {

    private static final long SECONDS_PER_DAY = 86_400;
    private static final int LENGTH = 24;

    private UtcMillis() {}

    /** Return the instant formatted as {@code 2024-01-31T12:34:56.789Z}. */
    static String format(Instant instant) {
        long epochSecond = instant.getEpochSecond();
        long epochDay = Math.floorDiv(epochSecond, SECONDS_PER_DAY);
        int secondOfDay = (int) Math.floorMod(epochSecond, SECONDS_PER_DAY);
        // civil date from the epoch day (days since 1970-01-01), in 400-year eras starting on March 1st
        long shifted = epochDay + 719_468;
        long era = Math.floorDiv(shifted, 146_097);
        long dayOfEra = shifted - era * 146_097;
        long yearOfEra = (dayOfEra - dayOfEra / 1_460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365;
        long dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
        long monthFromMarch = (5 * dayOfYear + 2) / 153;
        int day = (int) (dayOfYear - (153 * monthFromMarch + 2) / 5 + 1);
        int month = (int) (monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9);
        long year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
        if (year < 0 || year > 9_999) {
            return LongYears.FORMATTER.format(instant.truncatedTo(java.time.temporal.ChronoUnit.MILLIS));
        }
        byte[] text = new byte[LENGTH];
        digits(text, 0, (int) year, 4);
        text[4] = '-';
        digits(text, 5, month, 2);
        text[7] = '-';
        digits(text, 8, day, 2);
        text[10] = 'T';
        digits(text, 11, secondOfDay / 3_600, 2);
        text[13] = ':';
        digits(text, 14, secondOfDay / 60 % 60, 2);
        text[16] = ':';
        digits(text, 17, secondOfDay % 60, 2);
        text[19] = '.';
        digits(text, 20, instant.getNano() / 1_000_000, 3);
        text[23] = 'Z';
        return new String(text, java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    private static void digits(byte[] text, int offset, int value, int width) {
        int rest = value;
        for (int i = offset + width - 1; i >= offset; i--) {
            text[i] = (byte) ('0' + rest % 10);
            rest /= 10;
        }
    }

    /** The formatter of the years beyond four digits, built on first use: a run on the default clock never needs it. */
    private static final class LongYears {

        static final DateTimeFormatter FORMATTER = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'")
                .withZone(ZoneOffset.UTC);

        private LongYears() {}
    }
}
