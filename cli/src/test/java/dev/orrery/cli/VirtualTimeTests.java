package dev.orrery.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VirtualTimeTests {

    @ParameterizedTest
    @CsvSource({
        "PT0S, 0s",
        "PT4S, 4s",
        "PT0.25S, 0.250s",
        "PT3M4S, 3m 4s",
        "PT2H0M5S, 2h 0m 5s",
        "P1DT2H3M4S, 1d 2h 3m 4s",
        "P2D, 2d 0h 0m 0s",
    })
    void formats_days_hours_minutes_and_seconds(String iso, String text) {
        assertThat(VirtualTime.format(Duration.parse(iso))).isEqualTo(text);
    }
}
