package dev.orrery.internal.choice;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StringComparisonTests {

    @ParameterizedTest(name = "\"{1}\" {0} \"{2}\" is {3}")
    @CsvSource(delimiter = '|', value = {
        "StringEquals            | abc | abc  | true",
        "StringEquals            | abc | ABC  | false",
        "StringEquals            | ''  | ''   | true",
        "StringLessThan          | A   | AB   | true",
        "StringLessThan          | ''  | ''   | false",
        "StringLessThan          | Z   | a    | true",
        "StringGreaterThan       | AB  | A    | true",
        "StringGreaterThan       | A   | 'A ' | false",
        "StringLessThanEquals    | A   | A    | true",
        "StringLessThanEquals    | AB  | A    | false",
        "StringGreaterThanEquals | A   | AB   | false",
        "StringGreaterThanEquals | ''  | ''   | true"
    })
    void compares_strings_as_java_compare_to_does(String operator, String value, String operand, boolean expected)
            throws Exception {
        String literal = "{\"Variable\": \"$.v\", \"" + operator + "\": \"" + operand + "\"}";
        String path = "{\"Variable\": \"$.v\", \"" + operator + "Path\": \"$.o\"}";
        String input = "{\"v\": \"" + value + "\", \"o\": \"" + operand + "\"}";

        assertThat(Rules.test(literal, input)).isEqualTo(expected);
        assertThat(Rules.test(path, input)).isEqualTo(expected);
    }

    @Test
    void compares_utf16_code_units_without_normalisation() throws Exception {
        // GIVEN "é" precomposed (U+00E9) and decomposed (e + U+0301)
        String rule = "{\"Variable\": \"$.v\", \"StringEquals\": \"\\u00e9\"}";

        assertThat(Rules.test(rule, "{\"v\": \"\\u00e9\"}")).isTrue();
        assertThat(Rules.test(rule, "{\"v\": \"e\\u0301\"}")).isFalse();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"1", "true", "null", "[\"a\"]", "{\"a\": \"a\"}"})
    void is_false_when_the_variable_is_not_a_string(String value) throws Exception {
        assertThat(Rules.test("{\"Variable\": \"$.v\", \"StringEquals\": \"1\"}", "{\"v\": " + value + "}"))
                .isFalse();
        assertThat(Rules.test("{\"Variable\": \"$.v\", \"StringLessThan\": \"zzz\"}", "{\"v\": " + value + "}"))
                .isFalse();
    }

    @Test
    void is_false_when_the_path_operand_is_not_a_string() throws Exception {
        assertThat(Rules.test("{\"Variable\": \"$.v\", \"StringEqualsPath\": \"$.o\"}", "{\"v\": \"1\", \"o\": 1}"))
                .isFalse();
    }

    @Test
    void matches_a_timestamp_as_a_plain_string() throws Exception {
        assertThat(Rules.test("{\"Variable\": \"$.v\", \"StringEquals\": \"2016-03-14T01:59:00Z\"}",
                "{\"v\": \"2016-03-14T01:59:00Z\"}")).isTrue();
    }
}
