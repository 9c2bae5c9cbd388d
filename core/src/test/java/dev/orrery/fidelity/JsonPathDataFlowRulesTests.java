package dev.orrery.fidelity;

import static dev.orrery.fidelity.Machines.errors;
import static dev.orrery.fidelity.Machines.events;
import static dev.orrery.fidelity.Machines.json;
import static dev.orrery.fidelity.Machines.run;
import static dev.orrery.fidelity.Machines.runJson;
import static dev.orrery.fidelity.Machines.runState;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orrery.mock.TaskMocks;
import dev.orrery.run.Execution;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The rules of "JSONPath data flow" in {@code docs/fidelity.md}, one test (or table) per rule. */
class JsonPathDataFlowRulesTests {

    private static final String LAMBDA = "arn:aws:states:::lambda:invoke";

    private static Execution pass(String fields, String input) {
        return runState("{'Type': 'Pass', " + fields + " 'End': true}", input);
    }

    private static Execution task(String fields, String input, String result) {
        TaskMocks mocks = TaskMocks.builder().returns("S", json(result)).build();
        return run("{'StartAt': 'S', 'States': {'S': {'Type': 'Task', 'Resource': '" + LAMBDA + "', " + fields
                + " 'End': true}}}", input, mocks);
    }

    // InputPath

    @Test
    void input_path_selects_the_part_of_the_input_the_state_works_on() {
        assertThat(pass("'InputPath': '$.a',", "{'a': {'b': 1}, 'c': 2}").output()).isEqualTo(json("{'b': 1}"));
    }

    @Test
    void a_null_input_path_gives_the_state_an_empty_object() {
        assertThat(pass("'InputPath': null,", "{'a': 1}").output()).isEqualTo(json("{}"));
    }

    @Test
    void an_input_path_that_finds_nothing_fails_with_states_runtime() {
        Execution execution = pass("'InputPath': '$.missing',", "{'a': 1}");

        assertThat(execution.error()).isEqualTo("States.Runtime");
        assertThat(execution.cause()).contains("Invalid path '$.missing'");
    }

    // Parameters and payload templates

    @Test
    void parameters_build_the_effective_input_from_a_template() {
        Execution execution = pass("'Parameters': {'fixed': 'v', 'copied.$': '$.a', 'nested': {'deep.$': '$.b[1]'}},",
                "{'a': 1, 'b': [10, 20]}");

        assertThat(execution.output()).isEqualTo(json("{'fixed': 'v', 'copied': 1, 'nested': {'deep': 20}}"));
    }

    @Test
    void a_template_walks_objects_inside_arrays() {
        Execution execution = pass("'Parameters': {'list': [{'x.$': '$.a'}, 'plain', ['$.a']]},", "{'a': 1}");

        assertThat(execution.output()).isEqualTo(json("{'list': [{'x': 1}, 'plain', ['$.a']]}"));
    }

    @Test
    void a_string_that_looks_like_a_path_is_literal_unless_its_key_ends_in_dollar() {
        assertThat(pass("'Parameters': {'p': '$.a', 'q': '$$.Execution.Id'},", "{'a': 1}").output())
                .isEqualTo(json("{'p': '$.a', 'q': '$$.Execution.Id'}"));
    }

    @Test
    void a_template_path_may_read_the_context_object() {
        Execution execution = pass("'Parameters': {'name.$': '$$.State.Name', 'input.$': '$$.Execution.Input'},",
                "{'a': 1}");

        assertThat(execution.output()).isEqualTo(json("{'name': 'S', 'input': {'a': 1}}"));
    }

    @Test
    void a_template_path_that_finds_nothing_fails_with_states_runtime() {
        Execution execution = pass("'Parameters': {'x.$': '$.missing'},", "{'a': 1}");

        assertThat(execution.error()).isEqualTo("States.Runtime");
        assertThat(execution.cause()).contains("x.$", "$.missing");
    }

    @Test
    void an_indefinite_template_path_yields_the_array_of_its_matches() {
        Execution execution = pass("'Parameters': {'ids.$': '$.items[*].id', 'none.$': '$.items[?(@.id > 9)]'},",
                "{'items': [{'id': 1}, {'id': 2}]}");

        assertThat(execution.output()).isEqualTo(json("{'ids': [1, 2], 'none': []}"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"{'x.$': 1}", "{'x.$': 'not a path'}", "{'x.$': {'y': 1}}", "{'x.$': '$.a[?(@'}"})
    void a_dollar_key_holds_a_path_or_an_intrinsic_function(String template) {
        assertThat(errors("{'StartAt': 'S', 'States': {'S': {'Type': 'Pass', 'Parameters': " + template
                + ", 'End': true}}}")).anyMatch(e -> e.startsWith("/States/S/Parameters"));
    }

    @Test
    void a_pass_result_is_not_a_template() {
        assertThat(pass("'Result': {'x.$': '$.a'},", "{'a': 1}").output()).isEqualTo(json("{'x.$': '$.a'}"));
    }

    @Test
    void bracket_notation_reads_keys_with_special_characters() {
        Execution execution = runJson("""
                {"StartAt": "S", "States": {"S": {"Type": "Pass", "End": true, "Parameters": {
                  "dot.$": "$['a.b']", "space.$": "$['c d']", "double.$": "$[\\"q'q\\"]", "unicode.$": "$.ü",
                  "dash.$": "$.e-f"}}}}""", """
                {"a.b": 1, "c d": 2, "q'q": 5, "ü": 3, "e-f": 4}""");

        assertThat(execution.output()).isEqualTo(json("{'dot': 1, 'space': 2, 'double': 5, 'unicode': 3, 'dash': 4}"));
    }

    @Test
    void a_quote_escaped_with_a_backslash_in_bracket_notation_is_part_of_the_key() {
        Execution execution = runJson("""
                {"StartAt": "S", "States": {"S": {"Type": "Pass", "End": true, "Parameters": {
                  "single.$": "$['it\\\\'s']", "double.$": "$[\\"say \\\\\\"hi\\\\\\"\\"]"}}}}""", """
                {"it's": 1, "say \\"hi\\"": 2}""");

        assertThat(execution.output()).as("%s %s", execution.error(), execution.cause())
                .isEqualTo(json("{'single': 1, 'double': 2}"));
    }

    @Test
    void strings_keep_their_escape_sequences_through_a_template() {
        Execution execution = runJson("""
                {"StartAt": "S", "States": {"S": {"Type": "Pass", "End": true, "Parameters": {
                  "copy.$": "$.s", "literal": "tab\\t \\u00e9 \\"q\\" \\\\ $.x"}}}}""", """
                {"s": "line\\nbreak \\"quoted\\" \\\\ back \\u00fc"}""");

        assertThat(execution.output().get("copy").asText()).isEqualTo("line\nbreak \"quoted\" \\ back ü");
        assertThat(execution.output().get("literal").asText()).isEqualTo("tab\t é \"q\" \\ $.x");
    }

    // ResultSelector

    @Test
    void result_selector_shapes_the_task_result_before_result_path() {
        Execution execution = task("'ResultSelector': {'v.$': '$.Payload.value'}, 'ResultPath': '$.r',", "{'in': 1}",
                "{'Payload': {'value': 7, 'noise': true}, 'StatusCode': 200}");

        assertThat(execution.output()).isEqualTo(json("{'in': 1, 'r': {'v': 7}}"));
    }

    // ResultPath

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "                          | {'r': 1}",
        "'ResultPath': '$',        | {'r': 1}",
        "'ResultPath': null,       | {'in': {'a': 1}}",
        "'ResultPath': '$.out',    | {'in': {'a': 1}, 'out': {'r': 1}}",
        "'ResultPath': '$.in.a',   | {'in': {'a': {'r': 1}}}",
        "'ResultPath': '$.x.y.z',  | {'in': {'a': 1}, 'x': {'y': {'z': {'r': 1}}}}",
        "'ResultPath': '$.in.b',   | {'in': {'a': 1, 'b': {'r': 1}}}"})
    void result_path_places_the_result_in_the_input(String resultPath, String expected) {
        Execution execution = task(resultPath == null ? "" : resultPath, "{'in': {'a': 1}}", "{'r': 1}");

        assertThat(execution.output()).isEqualTo(json(expected));
    }

    @Test
    void result_path_into_a_value_that_is_not_an_object_fails_the_state() {
        Execution execution = task("'ResultPath': '$.in.a',", "{'in': 'text'}", "{'r': 1}");

        // the spec names this error States.ResultPathMatchFailure; Orrery keeps its own name (docs/fidelity.md)
        assertThat(execution.error()).isEqualTo("States.ReferencePathConflict");
        assertThat(execution.cause()).endsWith("Unable to apply step \"a\" to input {\"in\":\"text\"}");
    }

    @ParameterizedTest
    @ValueSource(strings = {"$.items[*]", "$..x", "$.a[?(@.b)]", "$.a[0:2]", "$.a,b", "a.b", "$$.Execution"})
    void result_path_is_a_reference_path_to_a_single_node_of_the_input(String path) {
        assertThat(errors("{'StartAt': 'S', 'States': {'S': {'Type': 'Pass', 'ResultPath': '" + path
                + "', 'End': true}}}")).anyMatch(e -> e.startsWith("/States/S/ResultPath"));
    }

    @Test
    void result_path_does_not_change_the_input_the_next_state_had() {
        Execution execution = run("{'StartAt': 'A', 'States': {'A': {'Type': 'Pass', 'Result': 1, "
                + "'ResultPath': '$.r', 'Next': 'B'}, 'B': {'Type': 'Pass', 'End': true}}}", "{'in': 1}");

        assertThat(events(execution, "PassStateEntered").get(0).detail("input")).isEqualTo(json("{'in': 1}"));
        assertThat(execution.input()).isEqualTo(json("{'in': 1}"));
    }

    // OutputPath

    @Test
    void output_path_selects_the_part_of_the_result_passed_on() {
        assertThat(pass("'Result': {'a': {'b': 1}}, 'OutputPath': '$.a',", "{}").output())
                .isEqualTo(json("{'b': 1}"));
    }

    @Test
    void a_null_output_path_sends_an_empty_object() {
        assertThat(pass("'OutputPath': null,", "{'a': 1}").output()).isEqualTo(json("{}"));
    }

    @Test
    void an_output_path_that_finds_nothing_fails_with_states_runtime() {
        assertThat(pass("'OutputPath': '$.missing',", "{'a': 1}").error()).isEqualTo("States.Runtime");
    }

    // Order of the fields

    @Test
    void the_fields_apply_in_order_input_path_parameters_result_selector_result_path_output_path() {
        Execution execution = task("'InputPath': '$.order', 'Parameters': {'id.$': '$.id'}, "
                + "'ResultSelector': {'status.$': '$.s'}, 'ResultPath': '$.result', 'OutputPath': '$.result',",
                "{'order': {'id': 7}, 'other': 1}", "{'s': 'ok'}");

        assertThat(events(execution, "TaskScheduled").get(0).detail("parameters")).isEqualTo(json("{'id': 7}"));
        assertThat(execution.output()).isEqualTo(json("{'status': 'ok'}"));
    }

    @Test
    void result_path_merges_into_the_raw_state_input_not_the_input_path_selection() {
        Execution execution = task("'InputPath': '$.order', 'ResultPath': '$.result',",
                "{'order': {'id': 7}, 'other': 1}", "{'s': 'ok'}");

        assertThat(execution.output()).isEqualTo(json("{'order': {'id': 7}, 'other': 1, 'result': {'s': 'ok'}}"));
    }

    // The Context object

    @Test
    void the_context_object_holds_the_documented_fields() {
        Execution execution = pass("'Parameters': {'c.$': '$$'},", "{'a': 1}");

        JsonNode context = execution.output().get("c");
        assertThat(context.get("Execution").get("Input")).isEqualTo(json("{'a': 1}"));
        assertThat(context.get("Execution").get("StartTime").asText()).isEqualTo("2025-01-01T00:00:00.000Z");
        assertThat(context.at("/Execution/Id").asText()).startsWith("arn:aws:states:").contains(":execution:");
        assertThat(context.at("/Execution/Name").isTextual()).isTrue();
        assertThat(context.at("/Execution/RoleArn").isTextual()).isTrue();
        assertThat(context.at("/Execution/RedriveCount").asInt()).isZero();
        assertThat(context.at("/State/Name").asText()).isEqualTo("S");
        assertThat(context.at("/State/EnteredTime").asText()).isEqualTo("2025-01-01T00:00:00.000Z");
        assertThat(context.at("/StateMachine/Id").asText()).startsWith("arn:aws:states:").contains(":stateMachine:");
        assertThat(context.at("/StateMachine/Name").isTextual()).isTrue();
    }

    @Test
    void the_context_object_counts_the_retries_of_the_state() {
        TaskMocks mocks = TaskMocks.builder().respond("S", dev.orrery.spi.TaskOutcome.failure("E", null),
                dev.orrery.spi.TaskOutcome.failure("E", null), dev.orrery.spi.TaskOutcome.success(json("{}"))).build();

        Execution execution = run("{'StartAt': 'S', 'States': {'S': {'Type': 'Task', 'Resource': '" + LAMBDA + "', "
                + "'Parameters': {'retry.$': '$$.State.RetryCount'}, 'Retry': [{'ErrorEquals': ['E']}], "
                + "'End': true}}}", "{}", mocks);

        assertThat(events(execution, "TaskScheduled")).extracting(e -> e.detail("parameters"))
                .containsExactly(json("{'retry': 0}"), json("{'retry': 1}"), json("{'retry': 2}"));
    }

    // Which state types have which fields

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "{'Type': 'Choice', 'Choices': [{'Variable': '$.a', 'IsNull': true, 'Next': 'E'}], 'Default': 'E', 'ResultPath': '$.x'}",
        "{'Type': 'Choice', 'Choices': [{'Variable': '$.a', 'IsNull': true, 'Next': 'E'}], 'Default': 'E', 'Parameters': {}}",
        "{'Type': 'Wait', 'Seconds': 1, 'Next': 'E', 'Parameters': {}}",
        "{'Type': 'Wait', 'Seconds': 1, 'Next': 'E', 'ResultPath': '$.x'}",
        "{'Type': 'Succeed', 'ResultPath': '$.x'}",
        "{'Type': 'Fail', 'InputPath': '$.x'}",
        "{'Type': 'Pass', 'Next': 'E', 'ResultSelector': {}}"})
    void each_state_type_has_only_the_input_and_output_fields_of_the_spec_table(String state) {
        String definition = "{'StartAt': 'S', 'States': {'S': " + state + ", 'E': {'Type': 'Succeed'}}}";

        assertThat(errors(definition)).anyMatch(e -> e.startsWith("/States/S"));
    }

    @Test
    void choice_wait_and_succeed_states_apply_input_path_and_output_path() {
        Execution execution = run("{'StartAt': 'W', 'States': {'W': {'Type': 'Wait', 'Seconds': 1, "
                + "'InputPath': '$.a', 'OutputPath': '$.b', 'Next': 'C'}, 'C': {'Type': 'Choice', 'InputPath': '$.c', "
                + "'Choices': [{'Variable': '$.d', 'IsPresent': true, 'Next': 'E'}], 'Default': 'E'}, "
                + "'E': {'Type': 'Succeed', 'OutputPath': '$.d'}}}", "{'a': {'b': {'c': {'d': 7}}}}");

        assertThat(execution.output()).isEqualTo(json("7"));
    }

    // Paths

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "$.a[0]          | 1",
        "$.a[-1]         | 3",
        "$.a.length()    | 3",
        "$.a[1:]         | [2, 3]",
        "$.o.*           | [4]",
        "$..k            | [4]",
        "$.a[?(@ > 1)]   | [2, 3]"})
    void paths_in_templates_follow_json_path(String path, String expected) {
        Execution execution = pass("'Parameters': {'v.$': '" + path + "'},", "{'a': [1, 2, 3], 'o': {'k': 4}}");

        assertThat(execution.output().get("v")).isEqualTo(json(expected));
    }
}
