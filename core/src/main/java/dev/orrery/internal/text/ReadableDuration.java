package dev.orrery.internal.text;

import java.time.Duration;
import java.util.Locale;

/**
 * Formats durations the one way Orrery prints them, in messages, reports and the CLI: {@code 3d 0h 0m 6s},
 * {@code 2h 5m 0s}, {@code 45s}, with milliseconds as {@code 4.250s}; leading zero units are left out.
 */
public final class ReadableDuration {

    private ReadableDuration() {}

    /**
     * Return the duration as days, hours, minutes and seconds.
     *
     * @param duration the duration, never {@code null}
     * @return the readable text, e.g. {@code 3d 0h 0m 6s}; a negative duration is prefixed with {@code -}
     */
    public static String format(Duration duration) {
        if (duration.isNegative()) {
            return "-" + format(duration.negated());
        }
        long seconds = duration.getSeconds();
        int millis = duration.toMillisPart();
        long days = seconds / 86_400;
        long hours = seconds % 86_400 / 3_600;
        long minutes = seconds % 3_600 / 60;
        String secondsPart = (seconds % 60) + (millis == 0 ? "" : String.format(Locale.ROOT, ".%03d", millis)) + "s";
        if (days > 0) {
            return days + "d " + hours + "h " + minutes + "m " + secondsPart;
        }
        if (hours > 0) {
            return hours + "h " + minutes + "m " + secondsPart;
        }
        return minutes > 0 ? minutes + "m " + secondsPart : secondsPart;
    }
}
