package dev.orrery.cli;

import dev.orrery.internal.text.ReadableDuration;
import java.time.Duration;

/** Formats virtual durations as {@code 1d 2h 3m 4s} (milliseconds as {@code 4.250s}), as Orrery's messages do. */
final class VirtualTime {

    private VirtualTime() {}

    static String format(Duration duration) {
        return ReadableDuration.format(duration);
    }
}
