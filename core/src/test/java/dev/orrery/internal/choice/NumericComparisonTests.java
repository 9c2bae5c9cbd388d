package dev.orrery.internal.choice;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NumericComparisonTests {

    @ParameterizedTest(name = "{1} {0} {2} is {3}")
    @CsvSource(delimiter = '|', value = {
        "NumericEquals            | 1     | 1.0   | true",
        "NumericEquals            | 1.0   | 1     | true",
        "NumericEquals            | -0.0  | 0     | true",
        "NumericEquals            | 0     | -0.0  | true",
        "NumericEquals            | 2.22  | 2.22  | true",
        "NumericEquals            | 1.1   | 1     | false",
        "NumericEquals            | 1e2   | 100   | true",
        "NumericEquals            | 9007199254740993 | 9007199254740992 | false",
        "NumericLessThan          | 0     | 1     | true",
        "NumericLessThan          | 1     | 1     | false",
        "NumericLessThan          | -1.5  | -1    | true",
        "NumericGreaterThan       | 1     | 0     | true",
        "NumericGreaterThan       | 1.0   | 1     | false",
        "NumericLessThanEquals    | 1.0   | 1     | true",
        "NumericLessThanEquals    | 2     | 1     | false",
        "NumericGreaterThanEquals | 1     | 1.0   | true",
        "NumericGreaterThanEquals | 0     | 1     | false",
        "NumericGreaterThanEquals | 12345678901234567890 | 12345678901234567889 | true"
    })
    void compares_numbers_exactly(String operator, String value, String operand, boolean expected) throws Exception {
        String literal = "{\"Variable\": \"$.v\", \"" + operator + "\": " + operand + "}";
        String path = "{\"Variable\": \"$.v\", \"" + operator + "Path\": \"$.o\"}";
        String input = "{\"v\": " + value + ", \"o\": " + operand + "}";

        assertThat(Rules.test(literal, input)).isEqualTo(expected);
        assertThat(Rules.test(path, input)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"\"1\"", "true", "null", "[1]", "{\"a\": 1}"})
    void is_false_when_the_variable_is_not_a_number(String value) throws Exception {
        assertThat(Rules.test("{\"Variable\": \"$.v\", \"NumericEquals\": 1}", "{\"v\": " + value + "}")).isFalse();
        assertThat(Rules.test("{\"Variable\": \"$.v\", \"NumericLessThan\": 5}", "{\"v\": " + value + "}")).isFalse();
    }

    @Test
    void is_false_when_the_path_operand_is_not_a_number() throws Exception {
        assertThat(Rules.test("{\"Variable\": \"$.v\", \"NumericEqualsPath\": \"$.o\"}", "{\"v\": 1, \"o\": \"1\"}"))
                .isFalse();
    }

    @Test
    void compares_values_selected_from_variables_and_the_context_object() throws Exception {
        var variables = java.util.Map.of("limit", Rules.json("10"));

        assertThat(Rules.test("{\"Variable\": \"$.v\", \"NumericLessThanPath\": \"$limit\"}", "{\"v\": 3}",
                variables)).isTrue();
        assertThat(Rules.test("{\"Variable\": \"$limit\", \"NumericEquals\": 10}", "{}", variables)).isTrue();
    }
}
