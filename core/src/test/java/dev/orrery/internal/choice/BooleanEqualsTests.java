package dev.orrery.internal.choice;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BooleanEqualsTests {

    @ParameterizedTest(name = "{0} BooleanEquals {1} is {2}")
    @CsvSource(delimiter = '|', value = {
        "true    | true  | true",
        "false   | false | true",
        "true    | false | false",
        "false   | true  | false",
        "\"true\"| true  | false",
        "1       | true  | false",
        "0       | false | false",
        "null    | false | false",
        "[]      | false | false",
        "{}      | true  | false"
    })
    void holds_only_for_the_same_json_boolean(String value, String operand, boolean expected) throws Exception {
        String input = "{\"v\": " + value + ", \"o\": " + operand + "}";

        assertThat(Rules.test("{\"Variable\": \"$.v\", \"BooleanEquals\": " + operand + "}", input))
                .isEqualTo(expected);
        assertThat(Rules.test("{\"Variable\": \"$.v\", \"BooleanEqualsPath\": \"$.o\"}", input))
                .isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"\"true\"", "1", "null"})
    void is_false_when_the_path_operand_is_not_a_boolean(String operand) throws Exception {
        assertThat(Rules.test("{\"Variable\": \"$.v\", \"BooleanEqualsPath\": \"$.o\"}",
                "{\"v\": true, \"o\": " + operand + "}")).isFalse();
    }
}
