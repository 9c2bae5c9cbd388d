package dev.orrery.fidelity;

import static dev.orrery.fidelity.RuleRuns.all;
import static dev.orrery.fidelity.RuleRuns.first;
import static dev.orrery.fidelity.RuleRuns.json;
import static dev.orrery.fidelity.RuleRuns.run;
import static dev.orrery.fidelity.RuleRuns.types;
import static org.assertj.core.api.Assertions.assertThat;

import dev.orrery.history.HistoryEvent;
import dev.orrery.mock.TaskMocks;
import dev.orrery.run.Execution;
import dev.orrery.run.ExecutionStatus;
import dev.orrery.spi.TaskOutcome;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * The {@code EvaluationFailed} event: its {@code error}, {@code cause}, {@code location} and {@code state} for every
 * field of a JSONata state that can fail, and where it sits in the history (API reference,
 * EvaluationFailedEventDetails; the texts and ids are those AWS recorded in LocalStack's public snapshots).
 */
class EvaluationFailedRulesTests {

    private static final String PREFIX =
            "An error occurred while executing the state 'S' (entered at the event id #2). ";

    private static final TaskMocks ANSWER = TaskMocks.builder()
            .otherwise(request -> TaskOutcome.success(json("{'v': 1}"))).build();

    private static String machine(String state) {
        return "{'QueryLanguage': 'JSONata', 'StartAt': 'S', 'States': {'S': " + state
                + (state.contains("'E'") ? ", 'E': {'Type': 'Succeed'}}}" : "}}");
    }

    private static final String TASK = "'Type': 'Task', 'Resource': 'arn:aws:states:::lambda:invoke', ";
    private static final String PROCESSOR = "'ItemProcessor': {'StartAt': 'P', 'States': {'P': {'Type': 'Pass', "
            + "'End': true}}}";

    static Stream<Arguments> fields() {
        return Stream.of(
                Arguments.of("Arguments", "{" + TASK + "'Arguments': '{% $doesNotExist %}', 'End': true}",
                        "The JSONata expression '$doesNotExist' specified for the field 'Arguments' returned nothing "
                        + "(undefined)."),
                Arguments.of("Arguments/FunctionName", "{" + TASK
                        + "'Arguments': {'FunctionName': '{% $doesNotExist %}'}, 'End': true}",
                        "The JSONata expression '$doesNotExist' specified for the field 'Arguments/FunctionName' "
                        + "returned nothing (undefined)."),
                Arguments.of("Output", "{'Type': 'Pass', 'Output': '{% $doesNotExist %}', 'End': true}",
                        "The JSONata expression '$doesNotExist' specified for the field 'Output' returned nothing "
                        + "(undefined)."),
                Arguments.of("Output/result", "{'Type': 'Pass', 'Output': {'result': '{% $doesNotExist %}'}, "
                        + "'End': true}", "The JSONata expression '$doesNotExist' specified for the field "
                        + "'Output/result' returned nothing (undefined)."),
                Arguments.of("Assign/result", "{'Type': 'Pass', 'Assign': {'result': '{% $doesNotExist %}'}, "
                        + "'End': true}", "The JSONata expression '$doesNotExist' specified for the field "
                        + "'Assign/result' returned nothing (undefined)."),
                Arguments.of("Items", "{'Type': 'Map', 'Items': '{% 1 %}', " + PROCESSOR + ", 'End': true}",
                        "The JSONata expression '1' specified for the field 'Items' returned an unexpected result "
                        + "type. Expected 'array', but was 'number' for value: 1"),
                Arguments.of("Items", "{'Type': 'Map', 'Items': '{% true %}', " + PROCESSOR + ", 'End': true}",
                        "The JSONata expression 'true' specified for the field 'Items' returned an unexpected result "
                        + "type. Expected 'array', but was 'boolean' for value: true"),
                Arguments.of("Items", "{'Type': 'Map', 'Items': '{% null %}', " + PROCESSOR + ", 'End': true}",
                        "The JSONata expression 'null' specified for the field 'Items' returned an unexpected result "
                        + "type. Expected 'array', but was 'null' for value: null"),
                Arguments.of("Items", "{'Type': 'Map', 'Items': '{% {\\\"foo\\\": \\\"bar\\\"} %}', " + PROCESSOR
                        + ", 'End': true}", "The JSONata expression '{\"foo\": \"bar\"}' specified for the field "
                        + "'Items' "
                        + "returned an unexpected result type. Expected 'array', but was 'object' for value: "
                        + "{\"foo\":\"bar\"}"),
                Arguments.of("Items", "{'Type': 'Map', 'Items': '{% $fn := function($x){$x} %}', " + PROCESSOR
                        + ", 'End': true}", "The JSONata expression '$fn := function($x){$x}' specified for the "
                        + "field 'Items' returned an unsupported result type."),
                Arguments.of("Items[1]", "{'Type': 'Map', 'Items': [1, '{% $doesNotExist %}'], " + PROCESSOR
                        + ", 'End': true}", "The JSONata expression '$doesNotExist' specified for the field "
                        + "'Items[1]' returned nothing (undefined)."),
                Arguments.of("ItemSelector/v", "{'Type': 'Map', 'Items': [1], 'ItemSelector': {'v': "
                        + "'{% $doesNotExist %}'}, " + PROCESSOR + ", 'End': true}", "The JSONata expression "
                        + "'$doesNotExist' specified for the field 'ItemSelector/v' returned nothing (undefined)."),
                Arguments.of("MaxConcurrency", "{'Type': 'Map', 'Items': [1], 'MaxConcurrency': "
                        + "'{% $doesNotExist %}', " + PROCESSOR + ", 'End': true}", "The JSONata expression "
                        + "'$doesNotExist' specified for the field 'MaxConcurrency' returned nothing (undefined)."),
                Arguments.of("Seconds", "{'Type': 'Wait', 'Seconds': '{% $doesNotExist %}', 'End': true}",
                        "The JSONata expression '$doesNotExist' specified for the field 'Seconds' returned nothing "
                        + "(undefined)."),
                Arguments.of("TimeoutSeconds", "{" + TASK + "'Arguments': {}, 'TimeoutSeconds': '{% \\\"x\\\" %}', "
                        + "'End': true}", "The JSONata expression '\"x\"' specified for the field 'TimeoutSeconds' "
                        + "returned an unexpected result type. Expected 'number', but was 'string' for value: \"x\""),
                Arguments.of("Choices[0]/Condition", "{'Type': 'Choice', 'Choices': [{'Condition': '{% 1 %}', "
                        + "'Next': 'E'}], 'Default': 'E'}", "The JSONata expression '1' specified for the field "
                        + "'Choices[0]/Condition' returned an unexpected result type. Expected 'boolean', but was "
                        + "'number' for value: 1"),
                Arguments.of("Error", "{'Type': 'Fail', 'Error': '{% $doesNotExist %}'}", "The JSONata "
                        + "expression '$doesNotExist' specified for the field 'Error' returned nothing (undefined)."),
                Arguments.of("Cause", "{'Type': 'Fail', 'Cause': '{% 1 %}'}", "The JSONata expression '1' "
                        + "specified for the field 'Cause' returned an unexpected result type. Expected 'string', "
                        + "but was 'number' for value: 1"),
                Arguments.of("Output/a[1]/b", "{'Type': 'Pass', 'Output': {'a': [1, {'b': '{% $doesNotExist %}'}]},"
                        + " 'End': true}", "The JSONata expression '$doesNotExist' specified for the field "
                        + "'Output/a[1]/b' returned nothing (undefined)."),
                Arguments.of("Output", "{'Type': 'Pass', 'Output': '{% $error(\\\"boom\\\") %}', 'End': true}",
                        "The JSONata expression '$error(\"boom\")' specified for the field 'Output' threw an error "
                        + "during evaluation. D3137: boom"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fields")
    void an_evaluation_failure_records_its_field_as_location_and_the_state_name(String location, String state,
            String cause) {
        Execution execution = run(machine(state), "{}", ANSWER);

        HistoryEvent failed = first(execution, "EvaluationFailed");
        assertThat(failed.details()).isEqualTo(detailsOf(location, cause));
        assertThat(execution.status()).isEqualTo(ExecutionStatus.FAILED);
        assertThat(execution.error()).isEqualTo("States.QueryEvaluationError");
        assertThat(execution.cause()).isEqualTo(PREFIX + cause);
    }

    private static com.fasterxml.jackson.databind.node.ObjectNode detailsOf(String location, String cause) {
        com.fasterxml.jackson.databind.node.ObjectNode details = com.fasterxml.jackson.databind.node.JsonNodeFactory
                .instance.objectNode();
        details.put("cause", PREFIX + cause);
        details.put("error", "States.QueryEvaluationError");
        details.put("location", location);
        details.put("state", "S");
        return details;
    }

    @Test
    void an_expression_that_fails_on_entry_follows_the_event_before_the_state_was_entered() {
        Execution execution = run("""
                {'QueryLanguage': 'JSONata', 'StartAt': 'A', 'States': {
                  'A': {'Type': 'Pass', 'Next': 'B'},
                  'B': {'Type': 'Pass', 'Next': 'C'},
                  'C': {'Type': 'Pass', 'Output': {'result': '{% $doesNotExist %}'}, 'End': true}}}""", "{}",
                TaskMocks.none());

        assertThat(types(execution)).containsExactly("ExecutionStarted", "PassStateEntered", "PassStateExited",
                "PassStateEntered", "PassStateExited", "PassStateEntered", "EvaluationFailed", "ExecutionFailed");
        HistoryEvent failed = first(execution, "EvaluationFailed");
        assertThat(failed.id()).isEqualTo(7);
        assertThat(failed.previousEventId()).isEqualTo(5);
        assertThat(first(execution, "ExecutionFailed").previousEventId()).isEqualTo(7);
    }

    @Test
    void a_map_state_fails_after_its_evaluation_failure_with_the_same_error_and_cause() {
        Execution execution = run(machine("{'Type': 'Map', 'Items': '{% 1 %}', " + PROCESSOR + ", 'End': true}"),
                "{}", TaskMocks.none());

        assertThat(types(execution)).containsExactly("ExecutionStarted", "MapStateEntered", "EvaluationFailed",
                "MapStateFailed", "ExecutionFailed");
        assertThat(first(execution, "EvaluationFailed").previousEventId()).isZero();
        assertThat(first(execution, "MapStateFailed").previousEventId()).isEqualTo(3);
    }

    @Test
    void a_wait_timestamp_that_does_not_parse_is_located_at_timestamp_and_follows_the_entered_event() {
        Execution execution = run(machine("{'Type': 'Wait', 'Timestamp': '{% $states.input.t %}', 'End': true}"),
                "{'t': '2016-12-05 21:29:29Z'}", TaskMocks.none());

        HistoryEvent failed = first(execution, "EvaluationFailed");
        assertThat(failed.details()).isEqualTo(detailsOf("Timestamp", "The Timestamp field cannot be parsed as an "
                + "ISO-8601 extended offset date-time format string: 2016-12-05 21:29:29Z"));
        assertThat(failed.previousEventId()).isEqualTo(2);
    }

    @Test
    void a_failing_output_of_a_catch_handler_inside_a_map_iteration_fails_the_iteration_then_the_map() {
        Execution execution = run("""
                {'QueryLanguage': 'JSONata', 'StartAt': 'M', 'States': {'M': {'Type': 'Map', 'Items': [1],
                  'ItemProcessor': {'StartAt': 'T', 'States': {
                    'T': {'Type': 'Task', 'Resource': 'arn:aws:states:::lambda:invoke', 'Arguments': {},
                      'Catch': [{'ErrorEquals': ['States.ALL'], 'Next': 'Fallback'}], 'End': true},
                    'Fallback': {'Type': 'Pass', 'Output': {'error': '{% $stateError %}'}, 'End': true}}},
                  'End': true}}}""", "{}", TaskMocks.builder().fails("T", "Boom", "bad").build());

        HistoryEvent fallback = all(execution, "PassStateEntered").get(0);
        HistoryEvent failed = first(execution, "EvaluationFailed");
        assertThat(failed.previousEventId()).isEqualTo(fallback.previousEventId());
        assertThat(failed.detail("location")).isEqualTo(json("'Output/error'"));
        assertThat(types(execution).subList(types(execution).indexOf("EvaluationFailed"), types(execution).size()))
                .containsExactly("EvaluationFailed", "MapIterationFailed", "MapStateFailed", "ExecutionFailed");
    }

    @Test
    void a_failing_catcher_output_is_located_in_the_catcher_and_follows_the_task_failure() {
        Execution execution = run(machine("{" + TASK + "'Arguments': {}, 'Catch': [{'ErrorEquals': ['States.ALL'], "
                + "'Output': {'e': '{% $doesNotExist %}'}, 'Next': 'E'}], 'End': true}"), "{}",
                TaskMocks.builder().fails("S", "Boom", "bad").build());

        HistoryEvent failed = first(execution, "EvaluationFailed");
        assertThat(failed.detail("location")).isEqualTo(json("'Catch[0]/Output/e'"));
        assertThat(failed.previousEventId()).isEqualTo(first(execution, "TaskFailed").id());
        assertThat(execution.error()).isEqualTo("States.QueryEvaluationError");
    }

    @Test
    void a_jsonpath_state_never_records_an_evaluation_failure() {
        Execution execution = run("""
                {'StartAt': 'S', 'States': {'S': {'Type': 'Pass', 'Parameters': {'x.$': '$.missing'},
                  'End': true}}}""", "{}", TaskMocks.none());

        assertThat(execution.error()).isEqualTo("States.Runtime");
        assertThat(types(execution)).doesNotContain("EvaluationFailed");
    }
}
