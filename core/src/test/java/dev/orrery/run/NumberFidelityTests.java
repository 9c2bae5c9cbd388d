package dev.orrery.run;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.orrery.internal.json.StrictJson;
import dev.orrery.mock.TaskMocks;
import dev.orrery.parse.AslParser;
import java.math.BigDecimal;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Numbers keep the value the user wrote: read exactly where a double would lose them, passed through unchanged, and
 * compared or added with the value written.
 */
class NumberFidelityTests {

    private static final String NUMBERS = "{\"big\": 1e400, \"tiny\": 1e-400, \"precise\": 0.12345678901234567890123,"
            + " \"huge\": 123456789012345678901234567890, \"plain\": 2.5, \"whole\": 7, \"negativeZero\": -0.0}";

    @Test
    void reads_numbers_a_double_would_change_exactly_and_the_others_as_doubles() throws Exception {
        JsonNode json = StrictJson.read(NUMBERS);

        assertThat(json.get("big").decimalValue()).isEqualByComparingTo(new BigDecimal("1e400"));
        assertThat(json.get("tiny").decimalValue()).isEqualByComparingTo(new BigDecimal("1e-400"));
        assertThat(json.get("precise").decimalValue()).isEqualTo(new BigDecimal("0.12345678901234567890123"));
        assertThat(json.get("huge").bigIntegerValue()).isEqualTo(new BigInteger("123456789012345678901234567890"));
        assertThat(json.get("plain").isDouble()).isTrue();
        assertThat(json.get("whole").isInt()).isTrue();
        assertThat(json.get("negativeZero").isDouble()).isTrue();
        assertThat(json.get("plain")).isEqualTo(new ObjectMapper().readTree("2.5"));
    }

    @Test
    void a_run_passes_numbers_through_as_written_in_its_output_and_history() throws Exception {
        Execution execution = run("{'StartAt': 'P', 'States': {'P': {'Type': 'Pass', 'End': true}}}",
                StrictJson.read(NUMBERS));

        assertThat(execution.output().toString()).isEqualTo("{\"big\":1E+400,\"tiny\":1E-400,"
                + "\"precise\":0.12345678901234567890123,\"huge\":123456789012345678901234567890,\"plain\":2.5,"
                + "\"whole\":7,\"negativeZero\":-0.0}");
        assertThat(execution.history().toAwsJson().toString()).contains("\\\"big\\\":1E+400");
    }

    @Test
    void a_pass_result_in_the_definition_keeps_its_numbers() throws Exception {
        Execution execution = run("{'StartAt': 'P', 'States': {'P': {'Type': 'Pass', 'Result': {'n': 1e400,"
                + " 'd': 0.12345678901234567890123}, 'End': true}}}", StrictJson.read("{}"));

        assertThat(execution.output().toString()).isEqualTo("{\"n\":1E+400,\"d\":0.12345678901234567890123}");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "NumericGreaterThan | 1e308 | 1e400                     | true",
        "NumericEquals      | 0      | 1e-400                    | false",
        "NumericGreaterThan | 0      | 1e-400                   | true",
        "NumericEquals      | 0.1    | 0.10000000000000000000001 | false",
        "NumericEquals      | 0.1    | 0.1                       | true",
        "NumericLessThan    | 9007199254740993 | 9007199254740992  | true"
    })
    void choice_compares_the_number_written(String operator, String operand, String input, boolean matches)
            throws Exception {
        Execution execution = run("{'StartAt': 'C', 'States': {'C': {'Type': 'Choice', 'Choices': [{'Variable': '$.n',"
                + " '" + operator + "': " + operand + ", 'Next': 'Yes'}], 'Default': 'No'},"
                + " 'Yes': {'Type': 'Succeed'}, 'No': {'Type': 'Succeed'}}}", StrictJson.read("{\"n\": " + input + "}"));

        assertThat(execution.path()).containsExactly("C", matches ? "Yes" : "No");
    }

    @Test
    void states_format_prints_an_exact_number_as_written() throws Exception {
        Execution execution = run("{'StartAt': 'P', 'States': {'P': {'Type': 'Pass', 'Parameters': {"
                + "'s.$': 'States.Format(\\u0027{} {}\\u0027, $.big, $.plain)'}, 'End': true}}}", StrictJson.read(NUMBERS));

        assertThat(execution.output().get("s").asText()).isEqualTo("1E+400 2.5");
    }

    private static Execution run(String definition, JsonNode input) {
        return StateMachineRunner.create(AslParser.parse(definition.replace('\'', '"')).orThrow(), TaskMocks.none())
                .run(input);
    }
}
