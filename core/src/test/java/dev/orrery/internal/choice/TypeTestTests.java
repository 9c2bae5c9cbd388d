package dev.orrery.internal.choice;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TypeTestTests {

    @ParameterizedTest(name = "{0} on {1} is {2}")
    @CsvSource(delimiter = '|', value = {
        "IsNull      | null                          | true",
        "IsNull      | \"\"                          | false",
        "IsNull      | 0                             | false",
        "IsNull      | {}                            | false",
        "IsNumeric   | 0                             | true",
        "IsNumeric   | 1.1                           | true",
        "IsNumeric   | -0.0                          | true",
        "IsNumeric   | \"1\"                         | false",
        "IsNumeric   | true                          | false",
        "IsString    | \"\"                          | true",
        "IsString    | \"2012-10-09T19:00:55Z\"      | true",
        "IsString    | [\"\"]                        | false",
        "IsString    | null                          | false",
        "IsBoolean   | false                         | true",
        "IsBoolean   | \"true\"                      | false",
        "IsBoolean   | 0                             | false",
        "IsTimestamp | \"2012-10-09T19:00:55Z\"      | true",
        "IsTimestamp | \"2012-10-09T19:00:55+01:00\" | true",
        "IsTimestamp | \"2016-03-05T21:29:29.243167252Z\" | true",
        "IsTimestamp | \"2012-10-09T19:00:55\"       | false",
        "IsTimestamp | \"2023-02-24\"                | false",
        "IsTimestamp | \"2012-10-09t19:00:55z\"      | false",
        "IsTimestamp | 1349809255                    | false"
    })
    void tests_the_kind_of_the_value(String operator, String value, boolean kind) throws Exception {
        String input = "{\"v\": " + value + "}";

        assertThat(Rules.test("{\"Variable\": \"$.v\", \"" + operator + "\": true}", input)).isEqualTo(kind);
        assertThat(Rules.test("{\"Variable\": \"$.v\", \"" + operator + "\": false}", input)).isEqualTo(!kind);
    }

    @ParameterizedTest(name = "IsPresent on {0} is {1}")
    @CsvSource(delimiter = '|', value = {
        "{\"v\": null}          | true",
        "{\"v\": false}         | true",
        "{\"v\": {}}            | true",
        "{}                     | false",
        "{\"w\": 1}             | false"
    })
    void tests_whether_the_variable_selects_a_value(String input, boolean present) throws Exception {
        assertThat(Rules.test("{\"Variable\": \"$.v\", \"IsPresent\": true}", input)).isEqualTo(present);
        assertThat(Rules.test("{\"Variable\": \"$.v\", \"IsPresent\": false}", input)).isEqualTo(!present);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"$.a.b.c", "$.list[0].x", "$undefinedVariable"})
    void is_present_is_false_for_any_path_that_selects_nothing(String path) throws Exception {
        assertThat(Rules.test("{\"Variable\": \"" + path + "\", \"IsPresent\": true}", "{\"list\": [1]}")).isFalse();
    }
}
