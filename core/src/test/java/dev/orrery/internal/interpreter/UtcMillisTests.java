package dev.orrery.internal.interpreter;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class UtcMillisTests {

    private static final DateTimeFormatter PATTERN = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(ZoneOffset.UTC);

    private static String expected(Instant instant) {
        return PATTERN.format(instant.truncatedTo(ChronoUnit.MILLIS));
    }

    @Test
    void formats_utc_with_milliseconds_truncating_the_rest() {
        assertThat(UtcMillis.format(Instant.parse("2024-02-29T23:59:59.999999999Z")))
                .isEqualTo("2024-02-29T23:59:59.999Z");
        assertThat(UtcMillis.format(Instant.parse("1970-01-01T00:00:00Z"))).isEqualTo("1970-01-01T00:00:00.000Z");
    }

    @Test
    void formats_every_day_of_four_centuries_as_the_date_time_formatter_does() {
        Instant start = Instant.parse("1900-01-01T00:00:00Z");
        for (int day = 0; day < 146_097; day++) {
            Instant instant = start.plus(day, ChronoUnit.DAYS).plusMillis(day * 7_919L % 86_400_000L);
            assertThat(UtcMillis.format(instant)).isEqualTo(expected(instant));
        }
    }

    @Test
    void formats_instants_across_the_supported_years_as_the_date_time_formatter_does() {
        SplittableRandom random = new SplittableRandom(42);
        long min = Instant.parse("0000-01-01T00:00:00Z").getEpochSecond();
        long max = Instant.parse("9999-12-31T23:59:59Z").getEpochSecond();
        for (int i = 0; i < 20_000; i++) {
            Instant instant = Instant.ofEpochSecond(random.nextLong(min, max + 1), random.nextInt(1_000_000_000));
            assertThat(UtcMillis.format(instant)).isEqualTo(expected(instant));
        }
    }

    @Test
    void falls_back_to_the_formatter_outside_four_digit_years() {
        Instant far = Instant.parse("+12345-06-07T08:09:10.111Z");
        Instant before = Instant.parse("-0001-12-31T23:59:59.5Z");
        assertThat(UtcMillis.format(far)).isEqualTo(expected(far));
        assertThat(UtcMillis.format(before)).isEqualTo(expected(before));
    }
}
