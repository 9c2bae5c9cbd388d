package dev.orrery.run;

import static dev.orrery.run.Runs.json;
import static dev.orrery.run.Runs.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.orrery.history.HistoryEvent;
import dev.orrery.mock.TaskMocks;
import dev.orrery.spi.TaskOutcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DataLimitTests {

    private static final int LIMIT = 262_144;

    private static TaskMocks returningText(String text) {
        return TaskMocks.builder().respond("T", TaskOutcome.success(JsonNodeFactory.instance.textNode(text))).build();
    }

    private static String task(String resource) {
        return """
                {'StartAt': 'T', 'States': {'T': {'Type': 'Task', 'Resource': '%s',
                 'Catch': [{'ErrorEquals': ['States.ALL'], 'Next': 'Caught'}], 'End': true},
                 'Caught': {'Type': 'Pass', 'End': true}}}""".formatted(resource);
    }

    @ParameterizedTest(name = "{0} chars of {1}: {2}")
    @CsvSource({"262142, a, SUCCEEDED", "131071, é, SUCCEEDED", "262143, a, CAUGHT", "131072, é, CAUGHT"})
    void a_task_result_over_262144_utf8_bytes_fails_with_data_limit_exceeded(int length, String character,
            String outcome) {
        Execution execution = run(task("arn:aws:states:::lambda:invoke"), "{}",
                returningText(character.repeat(length)));

        assertThat(execution.path()).containsExactly(outcome.equals("CAUGHT") ? new String[] {"T", "Caught"}
                : new String[] {"T"});
    }

    @Test
    void the_cause_names_the_integration_and_catch_all_handles_it() {
        Execution execution = run(task("arn:aws:states:::lambda:invoke"), "{}", returningText("a".repeat(LIMIT)));

        HistoryEvent failed = execution.history().events().get(4);
        assertThat(failed.type()).isEqualTo("TaskFailed");
        assertThat(execution.output()).isEqualTo(json("{'Error': 'States.DataLimitExceeded', 'Cause': 'The "
                + "state/task \\u0027lambda\\u0027 returned a result with a size exceeding the maximum number of "
                + "bytes service limit.'}"));
    }

    @Test
    void the_cause_names_a_lambda_function_by_its_arn() {
        String arn = "arn:aws:lambda:us-east-1:123456789012:function:big";
        Execution execution = run(task(arn), "{}", returningText("a".repeat(LIMIT)));

        assertThat(execution.history().events().get(4).type()).isEqualTo("LambdaFunctionFailed");
        assertThat(execution.output().get("Cause").asText()).isEqualTo("The state/task '" + arn
                + "' returned a result with a size exceeding the maximum number of bytes service limit.");
    }

    @Test
    void a_state_output_over_the_limit_ends_the_execution_without_exiting_the_state() {
        ObjectNode input = JsonNodeFactory.instance.objectNode().put("big", "a".repeat(LIMIT));

        Execution execution = run("""
                {'StartAt': 'P', 'States': {'P': {'Type': 'Pass', 'End': true}}}""", input.toString(),
                TaskMocks.none());

        assertThat(execution.status()).isEqualTo(ExecutionStatus.FAILED);
        assertThat(execution.error()).isEqualTo("States.DataLimitExceeded");
        assertThat(execution.cause()).isEqualTo("The state/task 'P' returned a result with a size exceeding the "
                + "maximum number of bytes service limit.");
        assertThat(execution.history().types()).containsExactly("ExecutionStarted", "PassStateEntered",
                "ExecutionFailed");
    }

    @Test
    void catch_all_does_not_handle_a_state_output_over_the_limit() {
        ObjectNode input = JsonNodeFactory.instance.objectNode().put("half", "a".repeat(LIMIT / 2));
        TaskMocks mocks = returningText("b".repeat(LIMIT / 2));

        Execution execution = run("""
                {'StartAt': 'T', 'States': {'T': {'Type': 'Task', 'Resource': 'arn:aws:states:::lambda:invoke',
                 'ResultPath': '$.result', 'Catch': [{'ErrorEquals': ['States.ALL'], 'Next': 'Caught'}],
                 'End': true}, 'Caught': {'Type': 'Pass', 'End': true}}}""", input.toString(), mocks);

        assertThat(execution.error()).isEqualTo("States.DataLimitExceeded");
        assertThat(execution.path()).containsExactly("T");
    }

    @Test
    void a_catcher_output_over_the_limit_ends_the_execution() {
        ObjectNode input = JsonNodeFactory.instance.objectNode().put("big", "a".repeat(LIMIT - 100));
        TaskMocks mocks = TaskMocks.builder().fails("T", "Custom.Error", "c".repeat(200)).build();

        Execution execution = run("""
                {'StartAt': 'T', 'States': {'T': {'Type': 'Task', 'Resource': 'arn:aws:states:::lambda:invoke',
                 'Catch': [{'ErrorEquals': ['States.ALL'], 'ResultPath': '$.error', 'Next': 'Caught'}],
                 'End': true}, 'Caught': {'Type': 'Pass', 'End': true}}}""", input.toString(), mocks);

        assertThat(execution.error()).isEqualTo("States.DataLimitExceeded");
        assertThat(execution.history().types()).doesNotContain("TaskStateExited");
    }

    @Test
    void fails_a_parallel_in_a_loop_where_its_output_grows_past_1000_levels_of_nesting() {
        Execution execution = run("""
                {'StartAt': 'P', 'States': {'P': {'Type': 'Parallel', 'Next': 'C', 'Branches': [
                  {'StartAt': 'X', 'States': {'X': {'Type': 'Pass', 'End': true}}}]},
                 'C': {'Type': 'Choice', 'Choices': [{'Variable': '$.stop', 'IsPresent': true, 'Next': 'Done'}],
                       'Default': 'P'},
                 'Done': {'Type': 'Succeed'}}}""", "{}", TaskMocks.none());

        assertThat(execution.error()).isEqualTo("States.DataLimitExceeded");
        assertThat(execution.cause()).isEqualTo("The state/task 'P' returned a result nested more than 1000 levels "
                + "deep, which exceeds Orrery's nesting limit for JSON data.");
        assertThat(execution.path()).hasSize(3 * 1000 - 1);
    }

    @Test
    void fails_a_jsonata_reduce_that_builds_an_object_nested_past_1000_levels() {
        Execution execution = run("""
                {'QueryLanguage': 'JSONata', 'StartAt': 'P', 'States': {'P': {'Type': 'Pass',
                 'Output': "{% $reduce([1..3000], function($a, $i) { {\\"x\\": $a} }, {}) %}", 'End': true}}}""", "{}",
                TaskMocks.none());

        assertThat(execution.error()).isEqualTo("States.QueryEvaluationError");
        assertThat(execution.cause()).endsWith("threw an error during evaluation: The result is nested more than 1000 "
                + "levels deep, which exceeds Orrery's nesting limit for JSON data.");
        assertThat(execution.history().toAwsJson().toString()).isNotEmpty();
    }

    @Test
    void accepts_data_nested_exactly_1000_levels() {
        Execution execution = run("""
                {'QueryLanguage': 'JSONata', 'StartAt': 'P', 'States': {'P': {'Type': 'Pass',
                 'Output': "{% $reduce([1..999], function($a, $i) { {\\"x\\": $a} }, {}) %}", 'End': true}}}""", "{}",
                TaskMocks.none());

        assertThat(execution.succeeded()).isTrue();
        assertThat(execution.output().toString()).isNotEmpty();
    }
}
