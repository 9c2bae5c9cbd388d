package dev.orrery.run;


import static dev.orrery.run.Runs.json;
import static dev.orrery.run.Runs.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orrery.history.HistoryEvent;
import dev.orrery.mock.TaskMocks;
import dev.orrery.spi.TaskOutcome;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonataAndVariablesTests {

    private static HistoryEvent event(Execution execution, String type) {
        return execution.history().events().stream().filter(e -> e.type().equals(type)).findFirst().orElseThrow();
    }

    @Test
    void a_jsonata_pass_state_computes_its_output_from_states_input() {
        Execution execution = run("""
                {'QueryLanguage': 'JSONata', 'StartAt': 'P', 'States': {'P': {'Type': 'Pass',
                  'Output': {'sum': '{% $sum($states.input.values) %}', 'fixed': 1}, 'End': true}}}""",
                "{'values': [1, 2, 3]}", TaskMocks.none());

        assertThat(execution.output()).isEqualTo(json("{'sum': 6, 'fixed': 1}"));
    }

    @Test
    void a_jsonata_task_sends_its_arguments_and_outputs_from_states_result() {
        List<JsonNode> payloads = new ArrayList<>();
        Execution execution = run("""
                {'QueryLanguage': 'JSONata', 'StartAt': 'T', 'States': {'T': {'Type': 'Task',
                  'Resource': 'arn:aws:states:::lambda:invoke',
                  'Arguments': {'FunctionName': 'f', 'Payload': {'id': '{% $states.input.id %}'}},
                  'Output': {'answer': '{% $states.result.value %}', 'id': '{% $states.input.id %}'},
                  'End': true}}}""", "{'id': 7}", request -> {
                    payloads.add(request.payload());
                    return TaskOutcome.success(json("{'value': 42}"));
                });

        assertThat(payloads).containsExactly(json("{'FunctionName': 'f', 'Payload': {'id': 7}}"));
        assertThat(execution.output()).isEqualTo(json("{'answer': 42, 'id': 7}"));
    }

    @Test
    void variables_assigned_in_one_state_are_read_by_later_states_in_both_languages() {
        Execution execution = run("""
                {'StartAt': 'Set', 'States': {
                  'Set': {'Type': 'Pass', 'Assign': {'total.$': '$.n', 'label': 'x'}, 'Next': 'Read'},
                  'Read': {'Type': 'Pass', 'QueryLanguage': 'JSONata',
                    'Output': '{% $total * 2 & $label %}', 'Next': 'Back'},
                  'Back': {'Type': 'Pass', 'Parameters': {'t.$': '$total'}, 'End': true}}}""",
                "{'n': 21}", TaskMocks.none());

        assertThat(execution.visits().get(1).output()).isEqualTo(json("'42x'"));
        assertThat(execution.output()).isEqualTo(json("{'t': 21}"));
    }

    @Test
    void every_expression_of_one_assign_sees_the_values_from_before_the_state() {
        Execution execution = run("""
                {'QueryLanguage': 'JSONata', 'StartAt': 'A', 'States': {
                  'A': {'Type': 'Pass', 'Assign': {'x': 1}, 'Next': 'B'},
                  'B': {'Type': 'Pass', 'Assign': {'x': '{% $x + 1 %}', 'y': '{% $x %}'},
                    'Output': {'seen': '{% $x %}'}, 'End': true}}}""", "{}", TaskMocks.none());

        assertThat(execution.output()).isEqualTo(json("{'seen': 1}"));
        assertThat(execution.visits().get(1).variables()).isEqualTo(
                java.util.Map.of("x", json("2"), "y", json("1")));
    }

    @Test
    void the_exit_event_records_the_assigned_variables_sorted_by_name() {
        Execution execution = run("""
                {'StartAt': 'A', 'States': {'A': {'Type': 'Pass', 'Assign': {'b': 2, 'a': [1]}, 'End': true}}}""",
                "{}", TaskMocks.none());

        JsonNode details = event(execution, "PassStateExited").details();
        assertThat(details.get("assignedVariables")).isEqualTo(json("{'a': [1], 'b': 2}"));
        assertThat(details.get("assignedVariables").fieldNames()).toIterable().containsExactly("a", "b");
        assertThat(details.get("assignedVariablesDetails")).isEqualTo(json("{'truncated': false}"));
    }

    @Test
    void a_state_without_assign_records_no_assigned_variables() {
        Execution execution = run("{'StartAt': 'A', 'States': {'A': {'Type': 'Pass', 'End': true}}}", "{}",
                TaskMocks.none());

        assertThat(event(execution, "PassStateExited").details().has("assignedVariables")).isFalse();
        assertThat(execution.visits().get(0).variables()).isEmpty();
    }

    @Test
    void a_jsonata_choice_applies_the_matching_rule_assign_only() {
        String definition = """
                {'QueryLanguage': 'JSONata', 'StartAt': 'C', 'States': {
                  'C': {'Type': 'Choice', 'Choices': [{'Condition': '{% $states.input.n > 1 %}', 'Next': 'Done',
                      'Assign': {'picked': 'rule'}, 'Output': {'rule': true}}],
                    'Default': 'Done', 'Assign': {'picked': 'default'}},
                  'Done': {'Type': 'Pass', 'Output': {'picked': '{% $picked %}', 'in': '{% $states.input %}'},
                    'End': true}}}""";

        Execution matched = run(definition, "{'n': 5}", TaskMocks.none());
        Execution fallback = run(definition, "{'n': 0}", TaskMocks.none());

        assertThat(matched.output()).isEqualTo(json("{'picked': 'rule', 'in': {'rule': true}}"));
        assertThat(fallback.output()).isEqualTo(json("{'picked': 'default', 'in': {'n': 0}}"));
    }

    @Test
    void a_jsonpath_choice_rule_assign_reads_the_effective_input() {
        Execution execution = run("""
                {'StartAt': 'C', 'States': {
                  'C': {'Type': 'Choice', 'Choices': [{'Variable': '$.n', 'NumericEquals': 1, 'Next': 'Done',
                      'Assign': {'seen.$': '$.n'}}], 'Default': 'Done'},
                  'Done': {'Type': 'Pass', 'Parameters': {'seen.$': '$seen'}, 'End': true}}}""", "{'n': 1}",
                TaskMocks.none());

        assertThat(execution.output()).isEqualTo(json("{'seen': 1}"));
    }

    @Test
    void an_undefined_expression_fails_with_query_evaluation_error_and_an_evaluation_failed_event() {
        Execution execution = run("""
                {'QueryLanguage': 'JSONata', 'StartAt': 'S', 'States': {
                  'S': {'Type': 'Pass', 'Output': {'r': '{% $nothing %}'}, 'End': true}}}""", "{}",
                TaskMocks.none());

        String cause = "An error occurred while executing the state 'S' (entered at the event id #2). The JSONata "
                + "expression '$nothing' specified for the field 'Output/r' returned nothing (undefined).";
        assertThat(execution.error()).isEqualTo("States.QueryEvaluationError");
        assertThat(execution.cause()).isEqualTo(cause);
        assertThat(execution.history().types()).containsExactly("ExecutionStarted", "PassStateEntered",
                "EvaluationFailed", "ExecutionFailed");
        JsonNode details = event(execution, "EvaluationFailed").details();
        assertThat(details.get("cause").asText()).isEqualTo(cause);
        assertThat(details.get("error").asText()).isEqualTo("States.QueryEvaluationError");
        assertThat(details.get("location").asText()).isEqualTo("Output/r");
        assertThat(details.get("state").asText()).isEqualTo("S");
    }

    @Test
    void a_jsonata_catcher_assigns_from_states_error_output_and_outputs_it_by_default() {
        Execution execution = run("""
                {'QueryLanguage': 'JSONata', 'StartAt': 'T', 'States': {
                  'T': {'Type': 'Task', 'Resource': 'arn:aws:states:::lambda:invoke', 'Assign': {'never': 1},
                    'Catch': [{'ErrorEquals': ['States.ALL'], 'Assign': {'err': '{% $states.errorOutput.Error %}'},
                      'Next': 'F'}], 'End': true},
                  'F': {'Type': 'Pass', 'Output': {'err': '{% $err %}', 'in': '{% $states.input %}'},
                    'End': true}}}""", "{}", TaskMocks.builder().fails("T", "Boom", "bad").build());

        assertThat(execution.output()).isEqualTo(
                json("{'err': 'Boom', 'in': {'Error': 'Boom', 'Cause': 'bad'}}"));
        assertThat(event(execution, "TaskStateExited").details().get("assignedVariables"))
                .isEqualTo(json("{'err': 'Boom'}"));
    }

    @Test
    void a_jsonpath_catcher_assign_reads_the_error_output() {
        Execution execution = run("""
                {'StartAt': 'T', 'States': {
                  'T': {'Type': 'Task', 'Resource': 'arn:aws:states:::lambda:invoke',
                    'Catch': [{'ErrorEquals': ['States.ALL'], 'Assign': {'cause.$': '$.Cause'},
                      'ResultPath': '$.error', 'Next': 'F'}], 'End': true},
                  'F': {'Type': 'Pass', 'Parameters': {'cause.$': '$cause'}, 'End': true}}}""", "{}",
                TaskMocks.builder().fails("T", "Boom", "bad").build());

        assertThat(execution.output()).isEqualTo(json("{'cause': 'bad'}"));
    }

    @Test
    void jsonata_wait_seconds_task_timeout_and_fail_fields_are_evaluated() {
        Execution waited = run("""
                {'QueryLanguage': 'JSONata', 'StartAt': 'W', 'States': {
                  'W': {'Type': 'Wait', 'Seconds': '{% $states.input.s * 2 %}', 'Next': 'F'},
                  'F': {'Type': 'Fail', 'Error': '{% $states.input.e %}', 'Cause': '{% $string($states.input.s * 3) %}'}}}""",
                "{'s': 5, 'e': 'Custom'}", TaskMocks.none());
        Execution timedOut = run("""
                {'QueryLanguage': 'JSONata', 'StartAt': 'T', 'States': {
                  'T': {'Type': 'Task', 'Resource': 'arn:aws:states:::lambda:invoke',
                    'TimeoutSeconds': '{% $states.input.t %}', 'End': true}}}""", "{'t': 3}",
                TaskMocks.builder().respond("T", new TaskOutcome.Success(json("{}"), Duration.ofMinutes(1))).build());

        assertThat(waited.virtualDuration()).isEqualTo(Duration.ofSeconds(10));
        assertThat(waited.error()).isEqualTo("Custom");
        assertThat(waited.cause()).isEqualTo("15");
        assertThat(timedOut.error()).isEqualTo("States.Timeout");
        assertThat(timedOut.virtualDuration()).isEqualTo(Duration.ofSeconds(3));
    }

    @Test
    void a_jsonata_timestamp_that_is_not_rfc_3339_fails_with_aws_cause() {
        Execution execution = run("""
                {'QueryLanguage': 'JSONata', 'StartAt': 'W', 'States': {
                  'W': {'Type': 'Wait', 'Timestamp': '{% $states.input.at %}', 'End': true}}}""",
                "{'at': '2016-12-05T21:29:29'}", TaskMocks.none());

        assertThat(execution.error()).isEqualTo("States.QueryEvaluationError");
        assertThat(execution.cause()).endsWith("The Timestamp field cannot be parsed as an ISO-8601 extended offset "
                + "date-time format string: 2016-12-05T21:29:29");
    }

    @Test
    void a_wait_state_assigns_variables() {
        Execution execution = run("""
                {'StartAt': 'W', 'States': {'W': {'Type': 'Wait', 'Seconds': 0, 'Assign': {'foo': 'oof'},
                  'End': true}}}""", "{}", TaskMocks.none());

        assertThat(execution.visits().get(0).variables()).containsEntry("foo", json("'oof'"));
    }

    @Test
    void a_jsonata_parallel_state_shapes_its_output_from_the_branch_results() {
        Execution execution = Runs.run("""
                {'QueryLanguage': 'JSONata', 'StartAt': 'Both', 'States': {'Both': {'Type': 'Parallel',
                 'Arguments': {'n': '{% $states.input.n %}'},
                 'Branches': [
                   {'StartAt': 'A', 'States': {'A': {'Type': 'Pass', 'Output': '{% $states.input.n + 1 %}', 'End': true}}},
                   {'StartAt': 'B', 'States': {'B': {'Type': 'Pass', 'Output': '{% $states.input.n * 10 %}', 'End': true}}}],
                 'Output': {'sum': '{% $sum($states.result) %}'}, 'End': true}}}""", "{'n': 2}", TaskMocks.none());

        assertThat(execution.output()).isEqualTo(Runs.json("{'sum': 23}"));
    }

    @Test
    void a_jsonata_map_state_iterates_its_items_through_the_item_selector() {
        Execution execution = Runs.run("""
                {'QueryLanguage': 'JSONata', 'StartAt': 'Each', 'States': {'Each': {'Type': 'Map',
                 'Items': '{% $states.input.orders %}',
                 'ItemSelector': {'id': '{% $states.context.Map.Item.Value.id %}',
                                  'position': '{% $states.context.Map.Item.Index %}'},
                 'ItemProcessor': {'StartAt': 'P', 'States': {'P': {'Type': 'Pass', 'End': true}}},
                 'Output': {'count': '{% $count($states.result) %}', 'last': '{% $states.result[-1] %}'},
                 'End': true}}}""", "{'orders': [{'id': 'a'}, {'id': 'b'}]}", TaskMocks.none());

        assertThat(execution.output()).isEqualTo(Runs.json("{'count': 2, 'last': {'id': 'b', 'position': 1}}"));
    }

    @Test
    void every_item_of_a_jsonata_map_sees_its_own_item_and_the_same_input_and_context() {
        Execution execution = Runs.run("""
                {'QueryLanguage': 'JSONata', 'StartAt': 'Each', 'States': {'Each': {'Type': 'Map',
                 'Items': '{% $states.input.orders %}',
                 'ItemSelector': {'item': '{% $states.context.Map.Item %}', 'all': '{% $count($states.input.orders) %}',
                                  'state': '{% $states.context.State.Name %}',
                                  'first': '{% $states.context.Execution.Input.orders[0].id %}'},
                 'ItemProcessor': {'StartAt': 'P', 'States': {'P': {'Type': 'Pass', 'End': true}}},
                 'End': true}}}""", "{'orders': [{'id': 'a'}, {'id': 'b'}, {'id': 'c'}]}", TaskMocks.none());

        assertThat(execution.output()).isEqualTo(Runs.json("""
                [{'item': {'Index': 0, 'Value': {'id': 'a'}}, 'all': 3, 'state': 'Each', 'first': 'a'},
                 {'item': {'Index': 1, 'Value': {'id': 'b'}}, 'all': 3, 'state': 'Each', 'first': 'a'},
                 {'item': {'Index': 2, 'Value': {'id': 'c'}}, 'all': 3, 'state': 'Each', 'first': 'a'}]"""));
    }

    @Test
    void every_item_of_a_jsonata_map_reads_the_workflow_variables_its_item_selector_names() {
        Execution execution = Runs.run("""
                {'QueryLanguage': 'JSONata', 'StartAt': 'Set', 'States': {
                 'Set': {'Type': 'Pass', 'Assign': {'tags': ['x', 'y', 'z']}, 'Next': 'Each'},
                 'Each': {'Type': 'Map', 'Items': '{% $states.input.orders %}',
                  'ItemSelector': {'id': '{% $states.context.Map.Item.Value.id %}',
                                   'tag': '{% $tags[$states.context.Map.Item.Index] %}'},
                  'ItemProcessor': {'StartAt': 'P', 'States': {'P': {'Type': 'Pass', 'End': true}}},
                  'End': true}}}""", "{'orders': [{'id': 'a'}, {'id': 'b'}]}", TaskMocks.none());

        assertThat(execution.output()).isEqualTo(Runs.json("[{'id': 'a', 'tag': 'x'}, {'id': 'b', 'tag': 'y'}]"));
    }

    @Test
    void a_jsonata_map_over_an_input_that_is_not_an_array_fails_with_aws_cause() {
        Execution execution = Runs.run("""
                {'QueryLanguage': 'JSONata', 'StartAt': 'Each', 'States': {'Each': {'Type': 'Map',
                 'ItemProcessor': {'StartAt': 'P', 'States': {'P': {'Type': 'Pass', 'End': true}}}, 'End': true}}}""",
                "{'not': 'an array'}", TaskMocks.none());

        assertThat(execution.error()).isEqualTo("States.QueryEvaluationError");
        assertThat(execution.cause()).endsWith("Map state input must be an array but was: {\"not\":\"an array\"}");
        assertThat(execution.history().types()).endsWith("EvaluationFailed", "MapStateFailed", "ExecutionFailed");
    }

    @Test
    void a_distributed_jsonata_map_tolerates_failures_counted_by_an_expression() {
        String definition = """
                {'QueryLanguage': 'JSONata', 'StartAt': 'Each', 'States': {'Each': {'Type': 'Map',
                 'Items': '{% $states.input.items %}',
                 'ToleratedFailureCount': '{% $states.input.tolerate %}',
                 'ItemProcessor': {'ProcessorConfig': {'Mode': 'DISTRIBUTED', 'ExecutionType': 'STANDARD'},
                   'StartAt': 'Check', 'States': {
                     'Check': {'Type': 'Choice', 'Choices': [{'Condition': '{% $states.input = 2 %}', 'Next': 'Bad'}],
                               'Default': 'Good'},
                     'Bad': {'Type': 'Fail', 'Error': 'Item.Bad'},
                     'Good': {'Type': 'Pass', 'End': true}}},
                 'End': true}}}""";

        Execution tolerated = Runs.run(definition, "{'items': [1, 2, 3], 'tolerate': 1}", TaskMocks.none());
        Execution exceeded = Runs.run(definition, "{'items': [1, 2, 3], 'tolerate': 0}", TaskMocks.none());

        assertThat(tolerated.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        assertThat(exceeded.error()).isEqualTo("States.ExceedToleratedFailureThreshold");
    }
}
