package dev.orrery.run;

import static dev.orrery.run.Runs.json;
import static dev.orrery.run.Runs.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.orrery.history.HistoryEvent;
import dev.orrery.mock.TaskMocks;
import dev.orrery.spi.TaskOutcome;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DistributedMapStateTests {

    /** A distributed Map whose child workflow fails for the item 'bad' and passes the others through. */
    private static final String CHECK_ITEMS = """
            {'StartAt': 'M', 'States': {'M': {'Type': 'Map', %s 'End': true,
              'ItemProcessor': {'ProcessorConfig': {'Mode': 'DISTRIBUTED', 'ExecutionType': 'STANDARD'},
                'StartAt': 'Check', 'States': {
                  'Check': {'Type': 'Choice', 'Choices': [{'Variable': '$', 'StringEquals': 'bad', 'Next': 'Bad'}],
                            'Default': 'Good'},
                  'Bad': {'Type': 'Fail', 'Error': 'Item.Bad', 'Cause': 'bad item'},
                  'Good': {'Type': 'Pass', 'End': true}}}}}}""";

    private static final String ARN_PREFIX = "arn:aws:states:us-east-1:123456789012:mapRun:StateMachine/";

    @Test
    void runs_each_item_as_a_child_execution_and_records_only_map_run_events() {
        Execution execution = run(CHECK_ITEMS.formatted(""), "['a', 'b']", TaskMocks.none());

        assertThat(execution.output()).isEqualTo(json("['a', 'b']"));
        assertThat(execution.history().types()).containsExactly("ExecutionStarted", "MapStateEntered",
                "MapStateStarted", "MapRunStarted", "MapRunSucceeded", "MapStateSucceeded", "MapStateExited",
                "ExecutionSucceeded");
        assertThat(execution.path()).containsExactly("M");
        assertThat(execution.visits()).hasSize(1);
    }

    @Test
    void the_map_run_arn_names_the_state_machine_and_a_label_or_a_seeded_uuid() {
        String uuid = "[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}";

        String unlabelled = mapRunArn(run(CHECK_ITEMS.formatted(""), "['a']", TaskMocks.none()));
        String labelled = mapRunArn(run(CHECK_ITEMS.formatted("'Label': 'Batch',"), "['a']", TaskMocks.none()));

        assertThat(unlabelled).matches(ARN_PREFIX.replace(".", "\\.") + uuid + ":" + uuid);
        assertThat(labelled).matches(ARN_PREFIX.replace(".", "\\.") + "Batch:" + uuid);
        assertThat(mapRunArn(run(CHECK_ITEMS.formatted(""), "['a']", TaskMocks.none()))).isEqualTo(unlabelled);
    }

    @Test
    void a_failed_child_fails_the_map_run_when_no_failure_is_tolerated() {
        Execution execution = run(CHECK_ITEMS.formatted(""), "['a', 'bad', 'c']", TaskMocks.none());

        assertThat(execution.error()).isEqualTo("States.ExceedToleratedFailureThreshold");
        assertThat(execution.cause()).isEqualTo("The specified tolerated failure threshold was exceeded");
        assertThat(execution.history().types()).containsExactly("ExecutionStarted", "MapStateEntered",
                "MapStateStarted", "MapRunStarted", "MapRunFailed", "MapStateFailed", "ExecutionFailed");
        HistoryEvent failed = execution.history().events().get(4);
        assertThat(failed.detailsKey()).isEqualTo("mapRunFailedEventDetails");
        assertThat(failed.details()).isEqualTo(json("{'error': 'States.ExceedToleratedFailureThreshold', "
                + "'cause': 'The specified tolerated failure threshold was exceeded'}"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '~', value = {
        "'ToleratedFailureCount': 1,       | SUCCEEDED",
        "'ToleratedFailureCount': 0,       | FAILED",
        "'ToleratedFailurePercentage': 25, | SUCCEEDED",
        "'ToleratedFailurePercentage': 20, | FAILED"})
    void tolerated_failures_let_the_map_run_succeed(String field, ExecutionStatus status) {
        Execution execution = run(CHECK_ITEMS.formatted(field), "['a', 'bad', 'c', 'd']", TaskMocks.none());

        assertThat(execution.status()).isEqualTo(status);
        if (status == ExecutionStatus.SUCCEEDED) {
            assertThat(execution.output()).isEqualTo(json("['a', null, 'c', 'd']"));
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '~', value = {
        "'ToleratedFailureCountPath': '$.t',      | -1     | ToleratedFailureCount cannot be negative.",
        "'ToleratedFailureCountPath': '$.t',      | 'x'    | The ToleratedFailureCountPath field refers to value "
            + "\"x\" which is not a valid integer: $.t",
        "'ToleratedFailurePercentagePath': '$.t', | 100.1  | ToleratedFailurePercentage must be between 0 and 100.",
        "'ToleratedFailurePercentagePath': '$.t', | {}     | The ToleratedFailurePercentagePath field refers to "
            + "value \"{}\" which is not a valid float: $.t"})
    void invalid_tolerances_fail_with_states_runtime_after_map_state_started(String field, String value,
            String cause) {
        Execution execution = run(CHECK_ITEMS.formatted("'ItemsPath': '$.items', " + field),
                "{'items': ['a'], 't': " + value + "}", TaskMocks.none());

        assertThat(execution.error()).isEqualTo("States.Runtime");
        assertThat(execution.cause()).isEqualTo(
                "An error occurred while executing the state 'M' (entered at the event id #2). " + cause);
        assertThat(execution.history().types()).containsExactly("ExecutionStarted", "MapStateEntered",
                "MapStateStarted", "ExecutionFailed");
    }

    @Test
    void child_executions_run_concurrently_in_virtual_time() {
        TaskMocks mocks = TaskMocks.builder()
                .respond("Work", new TaskOutcome.Success(json("1"), Duration.ofSeconds(10)),
                        new TaskOutcome.Success(json("2"), Duration.ofSeconds(10)),
                        new TaskOutcome.Success(json("3"), Duration.ofSeconds(10)))
                .build();

        Execution execution = run("""
                {'StartAt': 'M', 'States': {'M': {'Type': 'Map', 'MaxConcurrency': 2, 'End': true,
                  'ItemProcessor': {'ProcessorConfig': {'Mode': 'DISTRIBUTED', 'ExecutionType': 'EXPRESS'},
                    'StartAt': 'Work', 'States': {'Work': {'Type': 'Task',
                      'Resource': 'arn:aws:states:::lambda:invoke', 'End': true}}}}}}""", "[1, 2, 3]", mocks);

        assertThat(execution.output()).isEqualTo(json("[1, 2, 3]"));
        assertThat(execution.virtualDuration()).isEqualTo(Duration.ofSeconds(20));
        assertThat(execution.history().types()).doesNotContain("TaskScheduled");
    }

    @Test
    void the_transition_guard_counts_the_states_of_child_executions() {
        assertThatThrownBy(() -> run("""
                {'StartAt': 'M', 'States': {'M': {'Type': 'Map', 'End': true,
                  'ItemProcessor': {'ProcessorConfig': {'Mode': 'DISTRIBUTED', 'ExecutionType': 'STANDARD'},
                    'StartAt': 'Loop', 'States': {'Loop': {'Type': 'Choice', 'Default': 'Loop',
                      'Choices': [{'Variable': '$', 'NumericEquals': 0, 'Next': 'Done'}]},
                      'Done': {'Type': 'Succeed'}}}}}}""", "[1]",
                TaskMocks.none(), ExecutionOptions.defaults().withMaxTransitions(100)))
                .isInstanceOf(ExecutionLimitExceededException.class);
    }

    private static String mapRunArn(Execution execution) {
        return execution.history().events().get(3).details().get("mapRunArn").asText();
    }
}
