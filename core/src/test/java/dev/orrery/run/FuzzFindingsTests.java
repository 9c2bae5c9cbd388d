package dev.orrery.run;

import static dev.orrery.run.Runs.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.orrery.parse.AslParser;
import dev.orrery.parse.ParseResult;
import dev.orrery.spi.TaskIntegration;
import org.junit.jupiter.api.Test;

/** Inputs the fuzzer found after the hostile-input fixes met in one build; each once escaped as an exception. */
class FuzzFindingsTests {

    private static final TaskIntegration NO_TASKS = request -> {
        throw new AssertionError("no task expected");
    };

    @Test
    void a_number_whose_exponent_no_decimal_can_hold_is_a_located_definition_error() {
        ParseResult parsed = AslParser.parse("""
                {"StartAt": "Big", "States": {
                  "Big": {"Type": "Pass", "Result": 9223372e036854775807, "End": true}}}""", "big.asl.json");

        assertThat(parsed.isValid()).isFalse();
        assertThat(parsed.diagnostics()).singleElement().asString()
                .startsWith("big.asl.json:2:")
                .contains("the number 9223372e036854775807 is out of range");
    }

    @Test
    void a_path_that_appends_the_whole_input_then_scans_deep_ends_without_a_stack_overflow() {
        Execution execution = run("""
                {'StartAt': 'P', 'States': {'P': {'Type': 'Pass',
                  'Parameters': {'found.$': '$.a.append($)..b'}, 'End': true}}}""", "{'a': [1], 'b': 2}", NO_TASKS);

        assertThat(execution.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        assertThat(execution.output().get("found").isArray()).isTrue();
        assertThat(execution.input()).isEqualTo(Runs.json("{'a': [1], 'b': 2}"));
    }

    @Test
    void a_placeholder_that_swallows_a_jsonata_delimiter_fails_the_run_on_entry_not_the_compile() {
        Execution execution = run("""
                {'QueryLanguage': 'JSONata', 'StartAt': 'Decide', 'States': {'Decide': {'Type': 'Choice',
                  'Choices': [{'Condition': '{% ${Threshold %} > 1 %}', 'Next': 'Done'}], 'Default': 'Done'},
                  'Done': {'Type': 'Succeed'}}}""", "{}", NO_TASKS);

        assertThat(execution.status()).isEqualTo(ExecutionStatus.FAILED);
        assertThat(execution.error()).isEqualTo("States.Runtime");
        assertThat(execution.cause()).startsWith("The state 'Decide' still holds the placeholder");
    }

    @Test
    void a_slice_that_starts_two_billion_elements_before_the_array_ends_without_walking_them() {
        Execution execution = run("""
                {'StartAt': 'P', 'States': {'P': {'Type': 'Pass',
                  'Parameters': {'first.$': '$.a[-2000000008:2]'}, 'End': true}}}""", "{'a': [1, 2, 3]}", NO_TASKS);

        // the bound is clamped to 1,048,576 either side of zero, which selects what the bound as written selects
        assertThat(execution.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        assertThat(execution.output().get("first").isArray()).isTrue();
    }
}
