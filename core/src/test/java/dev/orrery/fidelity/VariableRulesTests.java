package dev.orrery.fidelity;

import static dev.orrery.fidelity.RuleRuns.first;
import static dev.orrery.fidelity.RuleRuns.json;
import static dev.orrery.fidelity.RuleRuns.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orrery.mock.TaskMocks;
import dev.orrery.parse.AslParser;
import dev.orrery.parse.ParseResult;
import dev.orrery.run.Execution;
import dev.orrery.run.ExecutionStatus;
import dev.orrery.spi.TaskOutcome;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Workflow variables (developer guide: "Passing data between states with variables"; LocalStack's public snapshots
 * of what AWS did where the guide is silent).
 */
class VariableRulesTests {

    /** A Pass state that assigns the given variables, then the state under test named {@code S}. */
    private static String withVariables(String assign, String state) {
        return "{'StartAt': 'Set', 'States': {'Set': {'Type': 'Pass', 'Assign': " + assign + ", 'Next': 'S'}, "
                + "'S': " + state + "}}";
    }

    private static final String PASS_PROCESSOR =
            "{'StartAt': 'P', 'States': {'P': {'Type': 'Pass', 'End': true}}}";

    private static ParseResult parse(String definition) {
        return AslParser.parse(definition.replace('\'', '"'));
    }

    @Test
    void a_variable_is_read_in_the_states_after_the_one_that_assigns_it() {
        Execution execution = run(withVariables("{'x': 42}",
                "{'Type': 'Pass', 'Parameters': {'x.$': '$x'}, 'End': true}"), "{}", TaskMocks.none());

        assertThat(execution.output()).isEqualTo(json("{'x': 42}"));
    }

    @Test
    void a_reference_path_may_select_inside_a_variable() {
        Execution execution = run(withVariables("{'v': {'list': [{'k': 'a'}, {'k': 'b'}]}}",
                "{'Type': 'Pass', 'Parameters': {'x.$': '$v.list[1].k'}, 'End': true}"), "{}", TaskMocks.none());

        assertThat(execution.output()).isEqualTo(json("{'x': 'b'}"));
    }

    @Test
    void map_max_concurrency_path_reads_a_variable_and_accepts_a_numeric_string() {
        Execution execution = run(withVariables("{'maxConcurrency': '1'}", "{'Type': 'Map', "
                + "'ItemsPath': '$.Values', 'MaxConcurrencyPath': '$maxConcurrency', 'ItemProcessor': "
                + PASS_PROCESSOR + ", 'End': true}"), "{'Values': [1, 2, 3]}", TaskMocks.none());

        assertThat(execution.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        assertThat(execution.output()).isEqualTo(json("[1, 2, 3]"));
    }

    @Test
    void map_tolerated_failure_paths_read_variables_and_accept_numeric_strings() {
        Execution execution = run(withVariables("{'percentage': '1', 'count': '1'}", "{'Type': 'Map', "
                + "'ItemsPath': '$.Values', 'MaxConcurrency': 1, 'ToleratedFailurePercentagePath': '$percentage', "
                + "'ToleratedFailureCountPath': '$count', 'ItemProcessor': {'ProcessorConfig': {'Mode': "
                + "'DISTRIBUTED', 'ExecutionType': 'STANDARD'}, 'StartAt': 'P', 'States': {'P': {'Type': 'Pass', "
                + "'End': true}}}, 'End': true}"), "{'Values': [1, 2, 3]}", TaskMocks.none());

        assertThat(execution.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        assertThat(execution.output()).isEqualTo(json("[1, 2, 3]"));
    }

    @Test
    void map_items_path_reads_a_variable() {
        Execution execution = run(withVariables("{'list': ['a', 'b']}", "{'Type': 'Map', 'ItemsPath': '$list', "
                + "'ItemProcessor': " + PASS_PROCESSOR + ", 'End': true}"), "{}", TaskMocks.none());

        assertThat(execution.output()).isEqualTo(json("['a', 'b']"));
    }

    @Test
    void map_item_selector_and_intrinsic_functions_read_variables() {
        Execution execution = run(withVariables("{'template': 'It is {}!'}", "{'Type': 'Map', "
                + "'ItemSelector': {'text.$': 'States.Format($template, $$.Map.Item.Value)', 'literal': '$template'},"
                + " 'ItemProcessor': " + PASS_PROCESSOR + ", 'End': true}"), "['a']", TaskMocks.none());

        assertThat(execution.output()).isEqualTo(json("[{'text': 'It is a!', 'literal': '$template'}]"));
    }

    @Test
    void map_max_items_per_batch_path_reads_a_variable() {
        Execution execution = run(withVariables("{'batch': 2}", "{'Type': 'Map', 'ItemBatcher': "
                + "{'MaxItemsPerBatchPath': '$batch'}, 'ItemProcessor': {'ProcessorConfig': {'Mode': 'DISTRIBUTED', "
                + "'ExecutionType': 'STANDARD'}, 'StartAt': 'P', 'States': {'P': {'Type': 'Pass', 'End': true}}}, "
                + "'End': true}"), "[1, 2, 3]", TaskMocks.none());

        assertThat(execution.output()).isEqualTo(json("[{'Items': [1, 2]}, {'Items': [3]}]"));
    }

    @Test
    void wait_seconds_path_and_timestamp_path_read_variables() {
        Execution seconds = run(withVariables("{'s': 9}", "{'Type': 'Wait', 'SecondsPath': '$s', 'End': true}"),
                "{}", TaskMocks.none());
        Execution timestamp = run(withVariables("{'t': '2000-01-01T00:00:00Z'}",
                "{'Type': 'Wait', 'TimestampPath': '$t', 'End': true}"), "{}", TaskMocks.none());

        assertThat(seconds.virtualDuration()).isEqualTo(Duration.ofSeconds(9));
        assertThat(timestamp.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    }

    @Test
    void a_choice_rule_variable_reads_a_workflow_variable() {
        Execution execution = run("""
                {'StartAt': 'Set', 'States': {'Set': {'Type': 'Pass', 'Assign': {'n': 3}, 'Next': 'C'},
                  'C': {'Type': 'Choice', 'Choices': [{'Variable': '$n', 'NumericEquals': 3, 'Next': 'Yes'}],
                    'Default': 'No'},
                  'Yes': {'Type': 'Succeed'}, 'No': {'Type': 'Fail', 'Error': 'No'}}}""", "{}", TaskMocks.none());

        assertThat(execution.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    }

    @Test
    void task_timeout_and_heartbeat_paths_read_variables() {
        Execution execution = run(withVariables("{'timeout': 5, 'heartbeat': 2}", "{'Type': 'Task', "
                + "'Resource': 'arn:aws:states:::lambda:invoke.waitForTaskToken', "
                + "'Parameters': {'FunctionName': 'f', 'Payload': {'token.$': '$$.Task.Token'}}, "
                + "'TimeoutSecondsPath': '$timeout', 'HeartbeatSecondsPath': '$heartbeat', 'End': true}"), "{}",
                TaskMocks.builder().respond("S", new TaskOutcome.Callback(json("{}"), TaskOutcome.NoResponse.silent()))
                        .build());

        assertThat(execution.error()).isEqualTo("States.Timeout");
        assertThat(execution.virtualDuration()).isEqualTo(Duration.ofSeconds(2));
        assertThat(first(execution, "TaskScheduled").detail("timeoutInSeconds")).isEqualTo(json("5"));
        assertThat(first(execution, "TaskScheduled").detail("heartbeatInSeconds")).isEqualTo(json("2"));
    }

    @Test
    void fail_error_path_and_cause_path_read_variables() {
        Execution execution = run(withVariables("{'e': 'Bad', 'c': 'because'}",
                "{'Type': 'Fail', 'ErrorPath': '$e', 'CausePath': '$c'}"), "{}", TaskMocks.none());

        assertThat(execution.error()).isEqualTo("Bad");
        assertThat(execution.cause()).isEqualTo("because");
    }

    @Test
    void input_path_and_output_path_read_variables() {
        Execution execution = run(withVariables("{'in': {'a': 1}, 'out': {'b': 2}}",
                "{'Type': 'Pass', 'InputPath': '$in', 'Next': 'O'}, 'O': {'Type': 'Pass', 'OutputPath': '$out', "
                + "'End': true}"), "{}", TaskMocks.none());

        assertThat(execution.visits().get(1).output()).isEqualTo(json("{'a': 1}"));
        assertThat(execution.output()).isEqualTo(json("{'b': 2}"));
    }

    @Test
    void result_path_cannot_name_a_variable() {
        ParseResult parsed = parse(withVariables("{'x': 1}", "{'Type': 'Pass', 'ResultPath': '$x', 'End': true}"));

        assertThat(parsed.errors()).isNotEmpty();
    }

    @Test
    void a_jsonpath_reference_to_an_unassigned_variable_fails_with_states_runtime() {
        Execution execution = run("{'StartAt': 'S', 'States': {'S': {'Type': 'Pass', "
                + "'Parameters': {'x.$': '$nothing'}, 'End': true}}}", "{}", TaskMocks.none());

        assertThat(execution.error()).isEqualTo("States.Runtime");
    }

    @Test
    void every_expression_of_an_assign_sees_the_values_from_state_entry_and_output_sees_them_too() {
        Execution execution = run("""
                {'QueryLanguage': 'JSONata', 'StartAt': 'A', 'States': {
                  'A': {'Type': 'Pass', 'Assign': {'x': 1}, 'Next': 'B'},
                  'B': {'Type': 'Pass', 'Assign': {'x': '{% $x + 1 %}', 'y': '{% $x %}'},
                    'Output': {'x': '{% $x %}'}, 'Next': 'C'},
                  'C': {'Type': 'Pass', 'Output': {'x': '{% $x %}', 'y': '{% $y %}'}, 'End': true}}}""", "{}",
                TaskMocks.none());

        assertThat(execution.visits().get(1).output()).isEqualTo(json("{'x': 1}"));
        assertThat(execution.output()).isEqualTo(json("{'x': 2, 'y': 1}"));
    }

    @Test
    void an_iteration_reads_outer_variables_and_its_own_assignments_stay_inside() {
        Execution execution = run("""
                {'QueryLanguage': 'JSONata', 'StartAt': 'Set', 'States': {
                  'Set': {'Type': 'Pass', 'Assign': {'outer': 10}, 'Next': 'M'},
                  'M': {'Type': 'Map', 'Items': [1, 2], 'ItemProcessor': {'StartAt': 'In', 'States': {
                    'In': {'Type': 'Pass', 'Assign': {'inner': '{% $states.input + $outer %}'}, 'Next': 'Read'},
                    'Read': {'Type': 'Pass', 'Output': '{% $inner %}', 'End': true}}}, 'Next': 'After'},
                  'After': {'Type': 'Pass', 'Output': {'outer': '{% $outer %}',
                    'inner': '{% $exists($inner) %}', 'results': '{% $states.input %}'}, 'End': true}}}""", "{}",
                TaskMocks.none());

        assertThat(execution.output()).isEqualTo(json("{'outer': 10, 'inner': false, 'results': [11, 12]}"));
    }

    @Test
    void parallel_branches_do_not_see_each_others_variables() {
        Execution execution = run("""
                {'QueryLanguage': 'JSONata', 'StartAt': 'P', 'States': {'P': {'Type': 'Parallel', 'Branches': [
                  {'StartAt': 'A', 'States': {'A': {'Type': 'Pass', 'Assign': {'a': 1}, 'Next': 'A2'},
                    'A2': {'Type': 'Wait', 'Seconds': 2, 'Next': 'A3'},
                    'A3': {'Type': 'Pass', 'Output': '{% $exists($b) %}', 'End': true}}},
                  {'StartAt': 'B', 'States': {'B': {'Type': 'Pass', 'Assign': {'b': 1}, 'Next': 'B2'},
                    'B2': {'Type': 'Wait', 'Seconds': 2, 'Next': 'B3'},
                    'B3': {'Type': 'Pass', 'Output': '{% $exists($a) %}', 'End': true}}}], 'End': true}}}""",
                "{}", TaskMocks.none());

        assertThat(execution.output()).isEqualTo(json("[false, false]"));
    }

    @Test
    void a_distributed_map_iteration_cannot_read_outer_variables() {
        Execution execution = run("""
                {'QueryLanguage': 'JSONata', 'StartAt': 'Set', 'States': {
                  'Set': {'Type': 'Pass', 'Assign': {'outer': 10}, 'Next': 'M'},
                  'M': {'Type': 'Map', 'Items': [1], 'ItemProcessor': {'ProcessorConfig': {'Mode': 'DISTRIBUTED',
                    'ExecutionType': 'STANDARD'}, 'StartAt': 'Read', 'States': {
                    'Read': {'Type': 'Pass', 'Output': '{% $exists($outer) %}', 'End': true}}}, 'End': true}}}""",
                "{}", TaskMocks.none());

        assertThat(execution.output()).isEqualTo(json("[false]"));
    }

    @Test
    void a_catcher_assign_reads_the_error_output() {
        Execution execution = run("""
                {'StartAt': 'T', 'States': {'T': {'Type': 'Task', 'Resource': 'arn:aws:states:::lambda:invoke',
                  'Parameters': {'FunctionName': 'f'}, 'Catch': [{'ErrorEquals': ['States.ALL'],
                    'Assign': {'err.$': '$.Error'}, 'Next': 'R'}], 'End': true},
                  'R': {'Type': 'Pass', 'Parameters': {'err.$': '$err'}, 'End': true}}}""", "{}",
                request -> TaskOutcome.failure("Custom", "why"));

        assertThat(execution.output()).isEqualTo(json("{'err': 'Custom'}"));
    }

    @Test
    void a_choice_applies_the_assign_of_the_matched_rule_or_of_the_state_for_the_default() {
        String definition = """
                {'StartAt': 'C', 'States': {'C': {'Type': 'Choice', 'Assign': {'picked': 'default'},
                  'Choices': [{'Variable': '$.n', 'NumericEquals': 1, 'Assign': {'picked': 'rule'}, 'Next': 'R'}],
                  'Default': 'R'}, 'R': {'Type': 'Pass', 'Parameters': {'picked.$': '$picked'}, 'End': true}}}""";

        assertThat(run(definition, "{'n': 1}", TaskMocks.none()).output()).isEqualTo(json("{'picked': 'rule'}"));
        assertThat(run(definition, "{'n': 2}", TaskMocks.none()).output()).isEqualTo(json("{'picked': 'default'}"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Succeed", "Fail"})
    void only_pass_task_map_parallel_choice_and_wait_states_assign(String type) {
        ParseResult parsed = parse("{'StartAt': 'S', 'States': {'S': {'Type': '" + type
                + "', 'Assign': {'x': 1}}}}");

        assertThat(parsed.errors()).isNotEmpty();
    }

    @Test
    void states_is_a_reserved_variable_name() {
        ParseResult parsed = parse("{'StartAt': 'S', 'States': {'S': {'Type': 'Pass', 'Assign': {'states': 1}, "
                + "'End': true}}}");

        assertThat(parsed.errors()).isNotEmpty();
    }

    @Test
    void a_variable_name_holds_at_most_80_characters() {
        String name = "v".repeat(81);
        ParseResult parsed = parse("{'StartAt': 'S', 'States': {'S': {'Type': 'Pass', 'Assign': {'" + name
                + "': 1}, 'End': true}}}");

        assertThat(parsed.errors()).isNotEmpty();
        assertThat(parse("{'StartAt': 'S', 'States': {'S': {'Type': 'Pass', 'Assign': {'" + "v".repeat(80)
                + "': 1}, 'End': true}}}").errors()).isEmpty();
    }

    @Test
    void one_variable_holds_at_most_256_kib() {
        String big = "x".repeat(256 * 1024);
        Execution execution = run("{'StartAt': 'S', 'States': {'S': {'Type': 'Pass', 'Assign': {'v.$': '$.big'}, "
                + "'End': true}}}", "{'big': '" + big + "'}", TaskMocks.none());

        assertThat(execution.error()).isEqualTo("States.DataLimitExceeded");
    }

    @Test
    void the_exit_event_lists_the_assigned_variables_as_json_text_in_the_aws_history() {
        Execution execution = run("{'StartAt': 'S', 'States': {'S': {'Type': 'Pass', 'Assign': {'b': 'x', "
                + "'a': [1]}, 'End': true}}}", "{}", TaskMocks.none());

        JsonNode exited = execution.history().toAwsJson().get("events").get(2).get("stateExitedEventDetails");
        assertThat(exited.get("assignedVariables")).isEqualTo(json("{'a': '[1]', 'b': '\\\"x\\\"'}"));
        assertThat(exited.get("assignedVariablesDetails")).isEqualTo(json("{'truncated': false}"));
    }

    @Test
    void a_variable_survives_a_retry_and_a_state_sees_its_own_assignments_only_after_it() {
        List<JsonNode> payloads = new ArrayList<>();
        Execution execution = run("""
                {'StartAt': 'Set', 'States': {'Set': {'Type': 'Pass', 'Assign': {'n': 1}, 'Next': 'T'},
                  'T': {'Type': 'Task', 'Resource': 'arn:aws:states:::lambda:invoke',
                    'Parameters': {'FunctionName': 'f', 'Payload': {'n.$': '$n'}}, 'Assign': {'n': 2},
                    'Retry': [{'ErrorEquals': ['States.ALL'], 'MaxAttempts': 1, 'IntervalSeconds': 1}],
                    'End': true}}}""", "{}", request -> {
                    payloads.add(request.payload());
                    return payloads.size() == 1 ? TaskOutcome.failure("E", null) : TaskOutcome.success(json("{}"));
                });

        assertThat(execution.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        assertThat(payloads).extracting(p -> p.get("Payload")).containsExactly(json("{'n': 1}"), json("{'n': 1}"));
    }
}
