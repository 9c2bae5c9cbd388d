package dev.orrery.fidelity;

import static dev.orrery.fidelity.RuleRuns.json;
import static dev.orrery.fidelity.RuleRuns.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orrery.mock.TaskMocks;
import dev.orrery.parse.AslParser;
import dev.orrery.parse.ParseResult;
import dev.orrery.run.Execution;
import dev.orrery.run.ExecutionStatus;
import dev.orrery.spi.TaskOutcome;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * JSONata in Step Functions (developer guide: "Transforming data with JSONata in Step Functions", "Passing data between
 * states with variables"; LocalStack's public snapshots of what AWS did where the guide is silent).
 */
class JsonataRulesTests {

    private static Execution pass(String output, String input) {
        return run("{'QueryLanguage': 'JSONata', 'StartAt': 'S', 'States': {'S': {'Type': 'Pass', 'Output': " + output
                + ", 'End': true}}}", input, TaskMocks.none());
    }

    private static ParseResult parse(String definition) {
        return AslParser.parse(definition.replace('\'', '"'));
    }

    @Test
    void the_top_level_query_language_applies_to_every_state_without_its_own() {
        Execution execution = run("""
                {'QueryLanguage': 'JSONata', 'StartAt': 'S', 'States': {'S': {'Type': 'Pass',
                  'Output': '{% $states.input.n + 1 %}', 'End': true}}}""", "{'n': 1}", TaskMocks.none());

        assertThat(execution.output()).isEqualTo(json("2"));
    }

    @Test
    void a_state_may_choose_jsonata_in_a_jsonpath_state_machine() {
        Execution execution = run("""
                {'StartAt': 'A', 'States': {
                  'A': {'Type': 'Pass', 'Parameters': {'n.$': '$.n'}, 'Next': 'B'},
                  'B': {'Type': 'Pass', 'QueryLanguage': 'JSONata', 'Output': '{% $states.input.n * 10 %}',
                    'End': true}}}""", "{'n': 4}", TaskMocks.none());

        assertThat(execution.output()).isEqualTo(json("40"));
    }

    @Test
    void a_jsonata_state_machine_cannot_hold_a_jsonpath_state() {
        ParseResult parsed = parse("""
                {'QueryLanguage': 'JSONata', 'StartAt': 'A', 'States': {
                  'A': {'Type': 'Pass', 'QueryLanguage': 'JSONPath', 'End': true}}}""");

        assertThat(parsed.errors()).isNotEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"InputPath|'$.x'", "Parameters|{}", "ResultSelector|{}",
        "ResultPath|'$.x'", "OutputPath|'$.x'"})
    void a_jsonata_state_rejects_the_jsonpath_fields(String field, String value) {
        ParseResult parsed = parse("{'QueryLanguage': 'JSONata', 'StartAt': 'T', 'States': {'T': {'Type': 'Task', "
                + "'Resource': 'arn:aws:states:::lambda:invoke', '" + field + "': " + value + ", 'End': true}}}");

        assertThat(parsed.errors()).isNotEmpty();
    }

    @Test
    void only_a_whole_string_between_the_delimiters_is_an_expression() {
        Execution execution = pass("{'whole': '{% 1 + 1 %}', 'inside': 'a {% 1 + 1 %} b', "
                + "'dollar': '$states.input', 'key.$': 'x'}", "{}");

        assertThat(execution.output()).isEqualTo(json("{'whole': 2, 'inside': 'a {% 1 + 1 %} b', "
                + "'dollar': '$states.input', 'key.$': 'x'}"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"a {% 1 %}", "{% 1 %} b", "{%%}"})
    void a_string_that_starts_or_ends_with_a_delimiter_but_is_no_expression_is_a_definition_error(String text) {
        ParseResult parsed = parse("{'QueryLanguage': 'JSONata', 'StartAt': 'S', 'States': {'S': {'Type': 'Pass', "
                + "'Output': {'x': '" + text + "'}, 'End': true}}}");

        assertThat(parsed.errors()).singleElement().satisfies(error -> assertThat(error.toString())
                .contains("/States/S/Output/x"));
    }

    @Test
    void expressions_nested_in_arrays_and_objects_of_output_are_evaluated() {
        Execution execution = pass("{'a': [1, '{% $states.input.n %}', {'b': ['{% $states.input.n * 2 %}']}]}",
                "{'n': 3}");

        assertThat(execution.output()).isEqualTo(json("{'a': [1, 3, {'b': [6]}]}"));
    }

    @Test
    void expressions_nested_in_arrays_and_objects_of_arguments_are_evaluated() {
        List<JsonNode> payloads = new ArrayList<>();
        run("""
                {'QueryLanguage': 'JSONata', 'StartAt': 'T', 'States': {'T': {'Type': 'Task',
                  'Resource': 'arn:aws:states:::lambda:invoke',
                  'Arguments': {'FunctionName': 'f', 'Payload': {'list': ['{% $states.input.n %}', {'x': '{% $v %}'}]}},
                  'End': true}}}""".replace("$v", "$states.input.n + 1"), "{'n': 1}", request -> {
                    payloads.add(request.payload());
                    return TaskOutcome.success(json("{}"));
                });

        assertThat(payloads).containsExactly(json("{'FunctionName': 'f', 'Payload': {'list': [1, {'x': 2}]}}"));
    }

    @Test
    void expressions_nested_in_arrays_and_objects_of_assign_are_evaluated() {
        Execution execution = run("""
                {'QueryLanguage': 'JSONata', 'StartAt': 'A', 'States': {
                  'A': {'Type': 'Pass', 'Assign': {'v': {'list': ['{% $states.input.n %}', ['{% 2 * 2 %}']]}},
                    'Next': 'B'},
                  'B': {'Type': 'Pass', 'Output': '{% $v %}', 'End': true}}}""", "{'n': 1}", TaskMocks.none());

        assertThat(execution.output()).isEqualTo(json("{'list': [1, [4]]}"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "an element|[1, '{% $number(\\'2\\') %}', 3]",
        "an expression of the whole field|'{% [1, 2, 3] %}'",
        "the input|'{% $states.input.values %}'"})
    void map_items_may_hold_expressions_in_their_elements_or_be_one(String name, String items) {
        Execution execution = run("{'QueryLanguage': 'JSONata', 'StartAt': 'M', 'States': {'M': {'Type': 'Map', "
                + "'Items': " + items + ", 'ItemProcessor': {'StartAt': 'P', 'States': {'P': {'Type': 'Pass', "
                + "'End': true}}}, 'End': true}}}", "{'values': [1, 2, 3]}", TaskMocks.none());

        assertThat(execution.output()).isEqualTo(json("[1, 2, 3]"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"MaxConcurrency", "ToleratedFailurePercentage", "ToleratedFailureCount"})
    void an_inline_map_accepts_an_expression_in_its_numeric_fields(String field) {
        Execution execution = run("{'QueryLanguage': 'JSONata', 'StartAt': 'M', 'States': {'M': {'Type': 'Map', "
                + "'Items': [1], '" + field + "': '{% $variable := 1 %}', 'ItemProcessor': {'StartAt': 'P', "
                + "'States': {'P': {'Type': 'Pass', 'End': true}}}, 'End': true}}}", "{}", TaskMocks.none());

        assertThat(execution.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        assertThat(execution.output()).isEqualTo(json("[1]"));
    }

    @Test
    void states_input_is_the_raw_state_input_and_states_result_the_task_result() {
        Execution execution = run("""
                {'QueryLanguage': 'JSONata', 'StartAt': 'T', 'States': {'T': {'Type': 'Task',
                  'Resource': 'arn:aws:states:::lambda:invoke', 'Arguments': {'FunctionName': 'f'},
                  'Output': {'in': '{% $states.input %}', 'out': '{% $states.result %}'}, 'End': true}}}""",
                "{'k': 1}", request -> TaskOutcome.success(json("{'r': 2}")));

        assertThat(execution.output()).isEqualTo(json("{'in': {'k': 1}, 'out': {'r': 2}}"));
    }

    @Test
    void a_task_without_output_outputs_its_result() {
        Execution execution = run("""
                {'QueryLanguage': 'JSONata', 'StartAt': 'T', 'States': {'T': {'Type': 'Task',
                  'Resource': 'arn:aws:states:::lambda:invoke', 'Arguments': {'FunctionName': 'f'}, 'End': true}}}""",
                "{'k': 1}", request -> TaskOutcome.success(json("{'r': 2}")));

        assertThat(execution.output()).isEqualTo(json("{'r': 2}"));
    }

    @Test
    void states_error_output_holds_the_error_and_cause_in_a_catcher() {
        Execution execution = run("""
                {'QueryLanguage': 'JSONata', 'StartAt': 'T', 'States': {'T': {'Type': 'Task',
                  'Resource': 'arn:aws:states:::lambda:invoke', 'Arguments': {'FunctionName': 'f'},
                  'Catch': [{'ErrorEquals': ['States.ALL'], 'Output': '{% $states.errorOutput %}', 'Next': 'E'}],
                  'End': true}, 'E': {'Type': 'Succeed'}}}""", "{}",
                request -> TaskOutcome.failure("Custom", "why"));

        assertThat(execution.output()).isEqualTo(json("{'Error': 'Custom', 'Cause': 'why'}"));
    }

    @Test
    void states_context_is_the_context_object() {
        Execution execution = pass("'{% $states.context.State.Name %}'", "{}");

        assertThat(execution.output()).isEqualTo(json("'S'"));
    }

    @Test
    void a_choice_condition_must_be_a_boolean() {
        Execution execution = run("""
                {'QueryLanguage': 'JSONata', 'StartAt': 'C', 'States': {'C': {'Type': 'Choice',
                  'Choices': [{'Condition': '{% $states.input.n %}', 'Next': 'E'}], 'Default': 'E'},
                  'E': {'Type': 'Succeed'}}}""", "{'n': 'yes'}", TaskMocks.none());

        assertThat(execution.error()).isEqualTo("States.QueryEvaluationError");
        assertThat(execution.cause()).endsWith("Expected 'boolean', but was 'string' for value: \"yes\"");
    }

    @Test
    void fail_error_and_cause_accept_expressions() {
        Execution execution = run("""
                {'QueryLanguage': 'JSONata', 'StartAt': 'F', 'States': {'F': {'Type': 'Fail',
                  'Error': '{% $states.input.e %}', 'Cause': '{% $states.input.c %}'}}}""",
                "{'e': 'E1', 'c': 'C1'}", TaskMocks.none());

        assertThat(execution.error()).isEqualTo("E1");
        assertThat(execution.cause()).isEqualTo("C1");
    }

    @Test
    void step_functions_adds_partition_range_hash_random_uuid_and_parse() {
        Execution execution = pass("{'p': '{% $partition([1, 2, 3], 2) %}', 'r': '{% $range(0, 5, 2) %}', "
                + "'h': '{% $hash(\\\"x\\\", \\\"MD5\\\") %}', 'j': '{% $parse(\\\"[1]\\\") %}', "
                + "'u': '{% $length($uuid()) %}', 'n': '{% $random() < 1 %}'}", "{}");

        assertThat(execution.output()).isEqualTo(json("{'p': [[1, 2], [3]], 'r': [0, 2, 4], "
                + "'h': '9dd4e461268c8034f5c8564e155c67a6', 'j': [1], 'u': 36, 'n': true}"));
    }

    @Test
    void eval_is_not_available() {
        Execution execution = pass("'{% $eval(\\\"1 + 1\\\") %}'", "{}");

        assertThat(execution.status()).isEqualTo(ExecutionStatus.FAILED);
        assertThat(execution.error()).isEqualTo("States.QueryEvaluationError");
    }

    @Test
    void a_regular_expression_literal_works_in_a_jsonata_function() {
        Execution execution = pass("'{% $contains(\\\"hello$world\\\", /^hello\\\\$/) %}'", "{}");

        assertThat(execution.output()).isEqualTo(json("true"));
    }

    @Test
    void an_expression_that_returns_nothing_fails_with_states_query_evaluation_error() {
        Execution execution = pass("'{% $states.input.missing %}'", "{}");

        assertThat(execution.error()).isEqualTo("States.QueryEvaluationError");
        assertThat(execution.cause()).endsWith("returned nothing (undefined).");
    }

    @Test
    void a_query_evaluation_error_can_be_caught() {
        Execution execution = run("""
                {'QueryLanguage': 'JSONata', 'StartAt': 'T', 'States': {'T': {'Type': 'Task',
                  'Resource': 'arn:aws:states:::lambda:invoke', 'Arguments': {'x': '{% $nope %}'},
                  'Catch': [{'ErrorEquals': ['States.QueryEvaluationError'], 'Next': 'E'}], 'End': true},
                  'E': {'Type': 'Succeed'}}}""", "{}", TaskMocks.none());

        assertThat(execution.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        assertThat(execution.output().get("Error").asText()).isEqualTo("States.QueryEvaluationError");
    }

    @Test
    void wait_seconds_and_timestamp_accept_expressions() {
        Execution seconds = run("""
                {'QueryLanguage': 'JSONata', 'StartAt': 'W', 'States': {'W': {'Type': 'Wait',
                  'Seconds': '{% $states.input.s %}', 'End': true}}}""", "{'s': 7}", TaskMocks.none());
        Execution timestamp = run("""
                {'QueryLanguage': 'JSONata', 'StartAt': 'W', 'States': {'W': {'Type': 'Wait',
                  'Timestamp': '{% $states.input.t %}', 'End': true}}}""", "{'t': '2016-03-14T01:59:00Z'}",
                TaskMocks.none());

        assertThat(seconds.virtualDuration()).hasSeconds(7);
        assertThat(timestamp.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    }

    @Test
    void a_jsonata_state_machine_rejects_a_path_in_a_field_that_takes_an_expression() {
        assertThatThrownBy(() -> run("""
                {'QueryLanguage': 'JSONata', 'StartAt': 'W', 'States': {'W': {'Type': 'Wait',
                  'SecondsPath': '$.s', 'End': true}}}""", "{'s': 7}", TaskMocks.none()))
                .isInstanceOf(RuntimeException.class);
    }
}
