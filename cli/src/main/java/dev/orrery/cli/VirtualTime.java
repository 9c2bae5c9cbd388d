package dev.orrery.cli;

import java.time.Duration;
import java.util.Locale;

/** Formats virtual durations as {@code 1d 2h 3m 4s} (milliseconds as {@code 4.250s}). */
final class VirtualTime {

    private VirtualTime() {}

    static String format(Duration duration) {
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
