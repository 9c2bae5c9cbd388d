package dev.orrery.internal.eval;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TimestampsTests {

    @ParameterizedTest
    @ValueSource(strings = {
        "2016-03-14T01:59:00Z",
        "2012-10-09T19:00:55+01:00",
        "2012-10-09T19:00:55-05:30",
        "2016-03-05T21:29:29.243167252Z",
        "2016-03-05T21:29:29.2Z",
        "2016-02-29T00:00:00Z",
        "2016-03-14T01:59:00+18:00"
    })
    void accepts_rfc_3339_timestamps_with_uppercase_t_and_z(String text) {
        assertThat(Timestamps.isTimestamp(text)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "2016-12-05T21:29:29",
        "2016-12-05 21:29:29Z",
        "2016-12-05T25:29:29Z",
        "2016-13-05T21:29:29Z",
        "05-12-2016T21:29:29Z",
        "2015-02-29T00:00:00Z",
        "2016-12-05t21:29:29Z",
        "2016-12-05T21:29:29z",
        "2016-12-05T21:29Z",
        "2016-12-05T21:29:60Z",
        "2016-12-05T21:29:29.1234567890Z",
        "2016-12-05T21:29:29.Z",
        "2016-12-05T21:29:29+0100",
        "2016-12-05T21:29:29+19:00",
        "2016-12-05T21:29:29+01:60",
        "2016-12-05",
        " 2016-12-05T21:29:29Z",
        ""
    })
    void rejects_what_is_not_an_accepted_timestamp(String text) {
        assertThat(Timestamps.isTimestamp(text)).isFalse();
        assertThat(Timestamps.parse(text)).isNull();
    }

    @Test
    void parses_to_the_instant_the_offset_denotes() {
        assertThat(Timestamps.parse("2012-10-09T20:00:55+01:00")).isEqualTo(Instant.parse("2012-10-09T19:00:55Z"));
        assertThat(Timestamps.parse("2016-03-05T21:29:29.243167252Z"))
                .isEqualTo(Instant.parse("2016-03-05T21:29:29.243167252Z"));
    }

    @Test
    void keeps_the_offset_of_the_date_time() {
        assertThat(Timestamps.parseOffsetDateTime("2012-10-09T19:00:55-05:30"))
                .hasToString("2012-10-09T19:00:55-05:30");
    }

    @Test
    void reads_only_json_strings() {
        JsonNodeFactory json = JsonNodeFactory.instance;
        assertThat(Timestamps.parse(json.textNode("2016-03-14T01:59:00Z"))).isNotNull();
        assertThat(Timestamps.parse(json.numberNode(1))).isNull();
        assertThat(Timestamps.parse(json.nullNode())).isNull();
    }
}
