package dev.orrery.internal.choice;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TimestampComparisonTests {

    @ParameterizedTest(name = "{1} {0} {2} is {3}")
    @CsvSource(delimiter = '|', value = {
        "TimestampEquals            | 2012-10-09T19:00:55Z       | 2012-10-09T19:00:55Z      | true",
        "TimestampEquals            | 2012-10-09T19:00:55Z       | 2012-10-09T19:00:56Z      | false",
        "TimestampEquals            | 2012-10-09T20:00:55+01:00  | 2012-10-09T19:00:55Z      | true",
        "TimestampEquals            | 2012-10-09T19:00:55.000Z   | 2012-10-09T19:00:55Z      | true",
        "TimestampLessThan          | 2012-10-09T19:00:55Z       | 2012-10-09T19:00:56Z      | true",
        "TimestampLessThan          | 2012-10-09T19:00:55Z       | 2012-10-09T19:00:55Z      | false",
        "TimestampLessThan          | 2012-10-09T19:00:55.1Z     | 2012-10-09T19:00:55.2Z    | true",
        "TimestampGreaterThan       | 2012-10-09T19:00:56Z       | 2012-10-09T19:00:55Z      | true",
        "TimestampGreaterThan       | 2012-10-09T19:00:55Z       | 2012-10-09T19:00:55Z      | false",
        "TimestampGreaterThan       | 2012-10-09T19:00:55-01:00  | 2012-10-09T19:00:56Z      | true",
        "TimestampLessThanEquals    | 2012-10-09T19:00:55Z       | 2012-10-09T19:00:55Z      | true",
        "TimestampLessThanEquals    | 2012-10-09T19:00:56Z       | 2012-10-09T19:00:55Z      | false",
        "TimestampGreaterThanEquals | 2012-10-09T19:00:55Z       | 2012-10-09T19:00:55Z      | true",
        "TimestampGreaterThanEquals | 2012-10-09T19:00:55Z       | 2012-10-09T19:00:56Z      | false"
    })
    void compares_the_instants_of_timestamps(String operator, String value, String operand, boolean expected)
            throws Exception {
        String input = "{\"v\": \"" + value + "\", \"o\": \"" + operand + "\"}";

        assertThat(Rules.test("{\"Variable\": \"$.v\", \"" + operator + "\": \"" + operand + "\"}", input))
                .isEqualTo(expected);
        assertThat(Rules.test("{\"Variable\": \"$.v\", \"" + operator + "Path\": \"$.o\"}", input))
                .isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"\"2012-10-09T19:00:55\"", "\"2012-10-09\"", "\"HelloWorld\"", "1", "null",
        "\"2012-10-09t19:00:55z\""})
    void is_false_when_the_variable_is_not_a_timestamp(String value) throws Exception {
        assertThat(Rules.test("{\"Variable\": \"$.v\", \"TimestampLessThanEquals\": \"2099-01-01T00:00:00Z\"}",
                "{\"v\": " + value + "}")).isFalse();
    }

    @Test
    void is_false_when_the_path_operand_is_not_a_timestamp() throws Exception {
        assertThat(Rules.test("{\"Variable\": \"$.v\", \"TimestampEqualsPath\": \"$.o\"}",
                "{\"v\": \"2012-10-09T19:00:55Z\", \"o\": \"2012-10-09 19:00:55Z\"}")).isFalse();
    }
}
