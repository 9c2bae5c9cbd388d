package dev.orrery.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReadableDurationTests {

    @ParameterizedTest
    @CsvSource({"PT72H6S, 3d 0h 0m 6s", "PT2H5M, 2h 5m 0s", "PT45S, 45s", "PT0S, 0s", "PT4.25S, 4.250s",
        "PT3M, 3m 0s", "-PT1S, -1s"})
    void prints_every_duration_in_one_readable_form(String iso, String readable) {
        assertThat(ReadableDuration.format(Duration.parse(iso))).isEqualTo(readable);
    }
}
