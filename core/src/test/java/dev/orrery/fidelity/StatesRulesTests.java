package dev.orrery.fidelity;

import static dev.orrery.fidelity.Machines.errors;
import static dev.orrery.fidelity.Machines.json;
import static dev.orrery.fidelity.Machines.run;
import static dev.orrery.fidelity.Machines.runState;
import static org.assertj.core.api.Assertions.assertThat;

import dev.orrery.mock.TaskMocks;
import dev.orrery.run.Execution;
import dev.orrery.run.ExecutionOptions;
import dev.orrery.run.ExecutionStatus;
import dev.orrery.spi.TaskOutcome;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The rules of "States" in {@code docs/fidelity.md}, one test (or table) per rule. */
class StatesRulesTests {

    private static final String LAMBDA = "arn:aws:states:::lambda:invoke";

    private static String one(String state) {
        return "{'StartAt': 'S', 'States': {'S': " + state + "}}";
    }

    // Top-level structure

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "{'States': {'S': {'Type': 'Succeed'}}}                      | StartAt",
        "{'StartAt': 'S'}                                             | States",
        "{'StartAt': 'Nowhere', 'States': {'S': {'Type': 'Succeed'}}} | /StartAt",
        "{'StartAt': 'S', 'States': {}}                               | /States"})
    void a_state_machine_has_start_at_naming_one_of_its_states(String definition, String location) {
        assertThat(errors(definition)).anyMatch(e -> e.contains(location));
    }

    @Test
    void a_state_name_has_at_most_80_characters() {
        String name = "N".repeat(81);

        assertThat(errors("{'StartAt': '" + name + "', 'States': {'" + name + "': {'Type': 'Succeed'}}}"))
                .isNotEmpty();
        assertThat(errors(one("{'Type': 'Succeed'}").replace("'S'", "'" + "N".repeat(80) + "'"))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"{'Type': 'Pass'}", "{'Type': 'Pass', 'Next': 'S', 'End': true}",
        "{'Type': 'Pass', 'End': false}"})
    void a_non_terminal_state_has_exactly_one_of_next_and_end_true(String state) {
        assertThat(errors(one(state))).anyMatch(e -> e.startsWith("/States/S"));
    }

    @Test
    void next_names_an_existing_state() {
        assertThat(errors(one("{'Type': 'Pass', 'Next': 'Missing'}"))).anyMatch(e -> e.startsWith("/States/S/Next"));
    }

    @Test
    void every_state_is_reachable_from_start_at() {
        assertThat(errors("{'StartAt': 'S', 'States': {'S': {'Type': 'Succeed'}, 'Lost': {'Type': 'Succeed'}}}"))
                .anyMatch(e -> e.startsWith("/States/Lost"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"{'Type': 'Unknown', 'End': true}", "{'End': true}"})
    void a_state_has_a_known_type(String state) {
        assertThat(errors(one(state))).anyMatch(e -> e.startsWith("/States/S"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"{'Type': 'Pass', 'End': true, 'Seconds': 1}",
        "{'Type': 'Succeed', 'Result': 1}", "{'Type': 'Wait', 'Seconds': 1, 'End': true, 'Foo': 1}"})
    void a_state_has_only_the_fields_of_its_type(String state) {
        assertThat(errors(one(state))).anyMatch(e -> e.startsWith("/States/S"));
    }

    @Test
    void a_comment_is_allowed_on_the_machine_and_on_every_state() {
        assertThat(errors("{'Comment': 'c', 'StartAt': 'S', 'States': {'S': {'Type': 'Pass', 'Comment': 'c', "
                + "'End': true}}}")).isEmpty();
    }

    @Test
    void the_machine_timeout_seconds_ends_a_run_with_states_timeout() {
        Execution execution = run("{'TimeoutSeconds': 5, 'StartAt': 'S', 'States': {'S': {'Type': 'Wait', "
                + "'Seconds': 60, 'End': true}}}", "{}");

        assertThat(execution.status()).isEqualTo(ExecutionStatus.TIMED_OUT);
        assertThat(execution.virtualDuration()).isEqualTo(Duration.ofSeconds(5));
    }

    // Pass

    @Test
    void a_pass_state_passes_its_input_to_its_output() {
        assertThat(runState("{'Type': 'Pass', 'End': true}", "{'a': 1}").output()).isEqualTo(json("{'a': 1}"));
    }

    @Test
    void a_pass_state_result_is_its_result_placed_by_result_path() {
        Execution execution = runState("{'Type': 'Pass', 'Result': {'r.$': '$.a'}, 'ResultPath': '$.res', "
                + "'End': true}", "{'a': 1}");

        assertThat(execution.output()).isEqualTo(json("{'a': 1, 'res': {'r.$': '$.a'}}"));
    }

    // Task

    @Test
    void a_task_state_needs_a_resource() {
        assertThat(errors(one("{'Type': 'Task', 'End': true}"))).anyMatch(e -> e.startsWith("/States/S"));
    }

    @Test
    void a_task_without_timeout_seconds_is_not_timed_out_at_60_seconds() {
        TaskMocks slow = TaskMocks.builder().respond("S",
                new TaskOutcome.Success(json("{'done': true}"), Duration.ofMinutes(10))).build();

        Execution execution = run(one("{'Type': 'Task', 'Resource': '" + LAMBDA + "', 'End': true}"), "{}", slow);

        assertThat(execution.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    }

    @Test
    void a_task_running_longer_than_timeout_seconds_fails_with_states_timeout() {
        TaskMocks slow = TaskMocks.builder().respond("S",
                new TaskOutcome.Success(json("{}"), Duration.ofSeconds(30))).build();

        Execution execution = run(one("{'Type': 'Task', 'Resource': '" + LAMBDA + "', 'TimeoutSeconds': 10, "
                + "'End': true}"), "{}", slow);

        assertThat(execution.error()).isEqualTo("States.Timeout");
        assertThat(execution.virtualDuration()).isEqualTo(Duration.ofSeconds(10));
    }

    @ParameterizedTest
    @ValueSource(strings = {"'TimeoutSeconds': 0", "'TimeoutSeconds': 1.5", "'HeartbeatSeconds': 0",
        "'TimeoutSeconds': 10, 'TimeoutSecondsPath': '$.t'", "'HeartbeatSeconds': 10, 'HeartbeatSecondsPath': '$.h'",
        "'TimeoutSeconds': 10, 'HeartbeatSeconds': 10"})
    void task_timeouts_are_positive_integers_given_once_with_the_heartbeat_below_the_timeout(String fields) {
        assertThat(errors(one("{'Type': 'Task', 'Resource': '" + LAMBDA + "', " + fields + ", 'End': true}")))
                .anyMatch(e -> e.startsWith("/States/S"));
    }

    // Choice

    private static String choice(String choices, String rest) {
        return "{'StartAt': 'C', 'States': {'C': {'Type': 'Choice', 'Choices': " + choices + rest + "}, "
                + "'A': {'Type': 'Pass', 'End': true}, 'B': {'Type': 'Pass', 'End': true}}}";
    }

    @Test
    void choice_rules_are_tried_in_order_and_the_first_match_wins() {
        Execution execution = run(choice("[{'Variable': '$.n', 'NumericGreaterThan': 1, 'Next': 'A'}, "
                + "{'Variable': '$.n', 'NumericGreaterThan': 0, 'Next': 'B'}]", ""), "{'n': 5}");

        assertThat(execution.path()).containsExactly("C", "A");
    }

    @Test
    void no_matching_rule_and_no_default_fails_with_states_no_choice_matched() {
        Execution execution = run("{'StartAt': 'C', 'States': {'C': {'Type': 'Choice', 'Choices': ["
                + "{'Variable': '$.n', 'NumericEquals': 1, 'Next': 'A'}]}, 'A': {'Type': 'Pass', 'End': true}}}",
                "{'n': 5}");

        assertThat(execution.error()).isEqualTo("States.NoChoiceMatched");
    }

    @Test
    void the_default_is_taken_when_no_rule_matches() {
        Execution execution = run(choice("[{'Variable': '$.n', 'NumericEquals': 1, 'Next': 'A'}]",
                ", 'Default': 'B'"), "{'n': 5}");

        assertThat(execution.path()).containsExactly("C", "B");
    }

    @Test
    void a_comparison_of_a_value_of_another_type_does_not_match() {
        Execution execution = run(choice("[{'Variable': '$.n', 'NumericEquals': 1, 'Next': 'A'}]",
                ", 'Default': 'B'"), "{'n': '1'}");

        assertThat(execution.path()).containsExactly("C", "B");
    }

    @Test
    void a_comparison_of_a_missing_variable_fails_with_states_runtime() {
        Execution execution = run(choice("[{'Variable': '$.missing', 'NumericEquals': 1, 'Next': 'A'}]",
                ", 'Default': 'B'"), "{}");

        assertThat(execution.error()).isEqualTo("States.Runtime");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "{'Variable': '$.v', 'IsPresent': false, 'Next': 'A'}                                   | {}            | A",
        "{'Not': {'Variable': '$.v', 'IsPresent': true}, 'Next': 'A'}                           | {'v': 1}      | B",
        "{'And': [{'Variable': '$.v', 'IsNumeric': true}, {'Variable': '$.v', 'NumericLessThan': 3}], 'Next': 'A'} | {'v': 2} | A",
        "{'Or': [{'Variable': '$.v', 'IsString': true}, {'Variable': '$.v', 'IsNull': true}], 'Next': 'A'} | {'v': 2} | B",
        "{'Variable': '$.v', 'StringMatches': 'log-*.txt', 'Next': 'A'}                        | {'v': 'log-1.txt'} | A",
        "{'Variable': '$.v', 'StringMatches': 'a\\\\*b', 'Next': 'A'}                          | {'v': 'a*b'}  | A",
        "{'Variable': '$.v', 'StringMatches': 'a\\\\*b', 'Next': 'A'}                          | {'v': 'axb'}  | B",
        "{'Variable': '$.v', 'TimestampLessThan': '2026-01-01T00:00:00Z', 'Next': 'A'}          | {'v': '2025-12-31T23:59:59Z'} | A",
        "{'Variable': '$.v', 'NumericEqualsPath': '$.w', 'Next': 'A'}                          | {'v': 2, 'w': 2.0} | A",
        "{'Variable': '$.v', 'BooleanEquals': true, 'Next': 'A'}                                | {'v': 'true'} | B"})
    void choice_operators_compare_as_documented(String rule, String input, String next) {
        Execution execution = run(choice("[" + rule + "]", ", 'Default': 'B'"), input);

        assertThat(execution.path()).containsExactly("C", next);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "'Choices': [], 'Default': 'A'",
        "'Choices': [{'Variable': '$.v', 'IsNull': true, 'Next': 'A'}], 'End': true",
        "'Choices': [{'Variable': '$.v', 'IsNull': true}], 'Default': 'A'",
        "'Choices': [{'Not': {'Variable': '$.v', 'IsNull': true, 'Next': 'A'}, 'Next': 'A'}], 'Default': 'A'"})
    void a_choice_state_has_non_empty_choices_no_end_and_next_only_on_top_level_rules(String fields) {
        String definition = "{'StartAt': 'C', 'States': {'C': {'Type': 'Choice', " + fields + "}, "
                + "'A': {'Type': 'Pass', 'End': true}}}";

        assertThat(errors(definition)).anyMatch(e -> e.startsWith("/States/C"));
    }

    // Wait

    @ParameterizedTest
    @ValueSource(strings = {"{'Type': 'Wait', 'End': true}",
        "{'Type': 'Wait', 'Seconds': 1, 'SecondsPath': '$.s', 'End': true}",
        "{'Type': 'Wait', 'Seconds': 1, 'Timestamp': '2026-01-01T00:00:00Z', 'End': true}",
        "{'Type': 'Wait', 'Seconds': -1, 'End': true}",
        "{'Type': 'Wait', 'Timestamp': 'yesterday', 'End': true}"})
    void a_wait_state_has_exactly_one_valid_duration(String state) {
        assertThat(errors(one(state))).anyMatch(e -> e.startsWith("/States/S"));
    }

    @Test
    void a_wait_state_waits_its_seconds_of_virtual_time() {
        Execution execution = runState("{'Type': 'Wait', 'SecondsPath': '$.s', 'End': true}", "{'s': 3600}");

        assertThat(execution.virtualDuration()).isEqualTo(Duration.ofHours(1));
        assertThat(execution.output()).isEqualTo(json("{'s': 3600}"));
    }

    @Test
    void a_wait_until_a_past_timestamp_does_not_wait() {
        Execution execution = runState("{'Type': 'Wait', 'Timestamp': '2000-01-01T00:00:00Z', 'End': true}", "{}");

        assertThat(execution.virtualDuration()).isZero();
    }

    @Test
    void a_wait_until_a_timestamp_waits_until_that_instant() {
        String at = ExecutionOptions.DEFAULT_START_TIME.plusSeconds(90).toString();

        Execution execution = runState("{'Type': 'Wait', 'TimestampPath': '$.at', 'End': true}",
                "{'at': '" + at + "'}");

        assertThat(execution.virtualDuration()).isEqualTo(Duration.ofSeconds(90));
    }

    @ParameterizedTest
    @ValueSource(strings = {"{'s': 'ten'}", "{'s': -1}", "{}"})
    void a_seconds_path_that_is_not_a_non_negative_integer_fails_with_states_runtime(String input) {
        Execution execution = runState("{'Type': 'Wait', 'SecondsPath': '$.s', 'End': true}", input);

        assertThat(execution.error()).isEqualTo("States.Runtime");
    }

    // Succeed and Fail

    @ParameterizedTest
    @ValueSource(strings = {"{'Type': 'Succeed', 'Next': 'S'}", "{'Type': 'Succeed', 'End': true}",
        "{'Type': 'Fail', 'End': true}", "{'Type': 'Fail', 'ResultPath': '$.x'}",
        "{'Type': 'Fail', 'Error': 'E', 'ErrorPath': '$.e'}", "{'Type': 'Fail', 'Cause': 'C', 'CausePath': '$.c'}"})
    void succeed_and_fail_are_terminal_states_with_only_their_own_fields(String state) {
        assertThat(errors(one(state))).anyMatch(e -> e.startsWith("/States/S"));
    }

    @Test
    void a_succeed_state_ends_the_run_with_its_input_as_output() {
        Execution execution = runState("{'Type': 'Succeed', 'OutputPath': '$.a'}", "{'a': {'b': 1}}");

        assertThat(execution.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        assertThat(execution.output()).isEqualTo(json("{'b': 1}"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "{'Type': 'Fail', 'Error': 'E', 'Cause': 'C'}                 | {}                          | E  | C",
        "{'Type': 'Fail', 'ErrorPath': '$.e', 'CausePath': '$.c'}     | {'e': 'Err', 'c': 'Why'}    | Err | Why",
        "{'Type': 'Fail', 'ErrorPath': '$.e'}                         | {'e': 'Err'}                | Err | ",
        "{'Type': 'Fail'}                                             | {}                          |    | "})
    void a_fail_state_fails_the_run_with_its_error_and_cause(String state, String input, String error, String cause) {
        Execution execution = runState(state, input);

        assertThat(execution.status()).isEqualTo(ExecutionStatus.FAILED);
        assertThat(execution.error()).isEqualTo(error);
        assertThat(execution.cause()).isEqualTo(cause);
    }

    @Test
    void a_fail_state_cause_path_and_error_path_take_an_intrinsic_function() {
        Execution execution = Machines.runJson("""
                {"StartAt": "S", "States": {"S": {"Type": "Fail",
                  "ErrorPath": "States.Format('Order.{}', $.kind)", "CausePath": "States.JsonToString($.detail)"}}}""",
                "{\"kind\": \"Rejected\", \"detail\": {\"n\": 1}}");

        assertThat(execution.error()).isEqualTo("Order.Rejected");
        assertThat(execution.cause()).isEqualTo("{\"n\":1}");
    }

    @Test
    void a_timestamp_path_that_is_not_an_iso_8601_timestamp_fails_with_states_runtime() {
        Execution execution = runState("{'Type': 'Wait', 'TimestampPath': '$.at', 'End': true}", "{'at': 'soon'}");

        assertThat(execution.error()).isEqualTo("States.Runtime");
    }

    // Parallel

    @ParameterizedTest
    @ValueSource(strings = {"{'Type': 'Parallel', 'End': true}", "{'Type': 'Parallel', 'Branches': [], 'End': true}",
        "{'Type': 'Parallel', 'Branches': [{'States': {'P': {'Type': 'Succeed'}}}], 'End': true}",
        "{'Type': 'Parallel', 'Branches': [{'StartAt': 'P', 'States': {'P': {'Type': 'Pass', 'Next': 'S'}}}], "
                + "'End': true}"})
    void parallel_branches_are_complete_state_machines_that_cannot_leave_their_branch(String state) {
        assertThat(errors(one(state))).anyMatch(e -> e.startsWith("/States/S"));
    }

    @Test
    void a_parallel_state_outputs_the_branch_outputs_in_branch_order() {
        Execution execution = runState("{'Type': 'Parallel', 'End': true, 'Branches': ["
                + "{'StartAt': 'W', 'States': {'W': {'Type': 'Wait', 'Seconds': 5, 'Next': 'One'}, "
                + "'One': {'Type': 'Pass', 'Result': 1, 'End': true}}}, "
                + "{'StartAt': 'Two', 'States': {'Two': {'Type': 'Pass', 'Result': 2, 'End': true}}}]}", "{}");

        assertThat(execution.output()).isEqualTo(json("[1, 2]"));
    }

    @Test
    void a_failing_branch_fails_the_parallel_state_with_the_branch_error() {
        Execution execution = runState("{'Type': 'Parallel', 'End': true, 'Branches': ["
                + "{'StartAt': 'F', 'States': {'F': {'Type': 'Fail', 'Error': 'Branch.Error', 'Cause': 'c'}}}]}",
                "{}");

        assertThat(execution.error()).isEqualTo("Branch.Error");
        assertThat(execution.cause()).isEqualTo("c");
    }

    // Map

    @ParameterizedTest
    @ValueSource(strings = {"{'Type': 'Map', 'End': true}",
        "{'Type': 'Map', 'MaxConcurrency': -1, 'ItemProcessor': {'StartAt': 'P', 'States': {'P': {'Type': 'Succeed'}}}, "
                + "'End': true}",
        "{'Type': 'Map', 'ItemProcessor': {'StartAt': 'P', 'States': {'P': {'Type': 'Pass', 'Next': 'S'}}}, "
                + "'End': true}",
        "{'Type': 'Map', 'Iterator': {'StartAt': 'P', 'States': {'P': {'Type': 'Succeed'}}}, "
                + "'ItemProcessor': {'StartAt': 'P', 'States': {'P': {'Type': 'Succeed'}}}, 'End': true}",
        "{'Type': 'Map', 'ItemSelector': {}, 'Parameters': {}, "
                + "'ItemProcessor': {'StartAt': 'P', 'States': {'P': {'Type': 'Succeed'}}}, 'End': true}"})
    void a_map_state_has_one_item_processor_and_valid_fields(String state) {
        assertThat(errors(one(state))).anyMatch(e -> e.startsWith("/States/S"));
    }

    @Test
    void a_map_state_outputs_the_iteration_results_in_item_order() {
        Execution execution = runState("{'Type': 'Map', 'ItemsPath': '$.items', 'End': true, "
                + "'ItemSelector': {'v.$': '$$.Map.Item.Value', 'i.$': '$$.Map.Item.Index'}, "
                + "'ItemProcessor': {'StartAt': 'W', 'States': {'W': {'Type': 'Wait', 'SecondsPath': '$.v', "
                + "'End': true}}}}", "{'items': [3, 1, 2]}");

        assertThat(execution.output()).isEqualTo(json("[{'v': 3, 'i': 0}, {'v': 1, 'i': 1}, {'v': 2, 'i': 2}]"));
    }

    @Test
    void items_path_defaults_to_the_whole_input_and_parameters_still_shapes_each_item() {
        Execution execution = runState("{'Type': 'Map', 'End': true, 'Parameters': {'v.$': '$$.Map.Item.Value'}, "
                + "'Iterator': {'StartAt': 'P', 'States': {'P': {'Type': 'Pass', 'End': true}}}}", "[1, 2]");

        assertThat(execution.output()).isEqualTo(json("[{'v': 1}, {'v': 2}]"));
    }

    @Test
    void a_parallel_result_selector_and_result_path_apply_to_the_array_of_branch_outputs() {
        Execution execution = runState("{'Type': 'Parallel', 'End': true, 'ResultSelector': {'first.$': '$[0]'}, "
                + "'ResultPath': '$.r', 'Branches': [{'StartAt': 'A', 'States': {'A': {'Type': 'Pass', 'Result': 1, "
                + "'End': true}}}, {'StartAt': 'B', 'States': {'B': {'Type': 'Pass', 'Result': 2, 'End': true}}}]}",
                "{'in': 0}");

        assertThat(execution.output()).isEqualTo(json("{'in': 0, 'r': {'first': 1}}"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"{'items': 'text'}", "{'items': {'a': 1}}", "{}"})
    void items_path_must_select_an_array(String input) {
        Execution execution = runState("{'Type': 'Map', 'ItemsPath': '$.items', 'End': true, "
                + "'ItemProcessor': {'StartAt': 'P', 'States': {'P': {'Type': 'Succeed'}}}}", input);

        assertThat(execution.error()).isEqualTo("States.Runtime");
    }
}
