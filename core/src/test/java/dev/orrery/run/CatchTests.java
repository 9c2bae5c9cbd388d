package dev.orrery.run;

import static dev.orrery.run.Runs.json;
import static dev.orrery.run.Runs.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.orrery.mock.TaskMocks;
import dev.orrery.spi.TaskOutcome;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CatchTests {

    private static String catching(String errorEquals, String resultPath) {
        return """
                {'StartAt': 'T', 'States': {'T': {'Type': 'Task', 'Resource': 'arn:aws:states:::lambda:invoke',
                 'Catch': [{'ErrorEquals': %s, %s 'Next': 'Caught'}], 'End': true},
                 'Caught': {'Type': 'Pass', 'End': true}}}""".formatted(errorEquals, resultPath);
    }

    private static final TaskMocks FAILING = TaskMocks.builder().fails("T", "Custom.Error", "the cause").build();

    @Test
    void the_error_output_replaces_the_input_by_default() {
        Execution execution = run(catching("['Custom.Error']", ""), "{'in': 1}", FAILING);

        assertThat(execution.output()).isEqualTo(json("{'Error': 'Custom.Error', 'Cause': 'the cause'}"));
        assertThat(execution.path()).containsExactly("T", "Caught");
    }

    @Test
    void a_result_path_places_the_error_output_in_the_input() {
        Execution execution = run(catching("['Custom.Error']", "'ResultPath': '$.failure',"), "{'in': 1}", FAILING);

        assertThat(execution.output()).isEqualTo(json("{'in': 1, 'failure': {'Error': 'Custom.Error', "
                + "'Cause': 'the cause'}}"));
    }

    @Test
    void a_null_result_path_keeps_the_input() {
        Execution execution = run(catching("['Custom.Error']", "'ResultPath': null,"), "{'in': 1}", FAILING);

        assertThat(execution.output()).isEqualTo(json("{'in': 1}"));
    }

    @Test
    void an_error_without_cause_has_an_empty_cause() {
        TaskMocks mocks = TaskMocks.builder().respond("T", TaskOutcome.failure("Custom.Error", null)).build();

        Execution execution = run(catching("['Custom.Error']", ""), "{}", mocks);

        assertThat(execution.output()).isEqualTo(json("{'Error': 'Custom.Error', 'Cause': ''}"));
    }

    @Test
    void the_state_exits_with_the_error_output_then_enters_the_catcher_target() {
        Execution execution = run(catching("['Custom.Error']", ""), "{}", FAILING);

        assertThat(execution.history().types()).containsExactly("ExecutionStarted", "TaskStateEntered",
                "TaskScheduled", "TaskStarted", "TaskFailed", "TaskStateExited", "PassStateEntered",
                "PassStateExited", "ExecutionSucceeded");
        assertThat(execution.visits().get(0).error()).isEqualTo("Custom.Error");
    }

    @Test
    void retries_are_exhausted_before_the_catcher_runs() {
        Execution execution = run("""
                {'StartAt': 'T', 'States': {'T': {'Type': 'Task', 'Resource': 'arn:aws:states:::lambda:invoke',
                 'Retry': [{'ErrorEquals': ['States.ALL'], 'MaxAttempts': 2}],
                 'Catch': [{'ErrorEquals': ['States.ALL'], 'Next': 'Caught'}], 'End': true},
                 'Caught': {'Type': 'Pass', 'End': true}}}""", "{}", FAILING);

        assertThat(execution.history().types()).filteredOn("TaskFailed"::equals).hasSize(3);
        assertThat(execution.virtualDuration()).isEqualTo(Duration.ofSeconds(1 + 2));
        assertThat(execution.path()).containsExactly("T", "Caught");
    }

    @ParameterizedTest(name = "{1} caught by {0}: {2}")
    @CsvSource({
        "States.ALL, Custom.Error, true",
        "States.ALL, States.Timeout, true",
        "States.ALL, States.Permissions, true",
        "States.TaskFailed, Custom.Error, true",
        "States.TaskFailed, States.Permissions, true",
        "States.TaskFailed, States.Timeout, false",
        "States.Timeout, States.Timeout, true",
        "States.HeartbeatTimeout, States.Timeout, false",
        "Custom.Error, Custom.Error, true",
        "Custom.Error, custom.error, false",
        "States.ALL, States.DataLimitExceeded, true"
    })
    void error_equals_matches_the_task_errors_as_aws_does(String errorEquals, String error, boolean caught) {
        TaskMocks mocks = TaskMocks.builder().respond("T", TaskOutcome.failure(error, null)).build();

        Execution execution = run(catching("['" + errorEquals + "']", ""), "{}", mocks);

        assertThat(execution.status()).isEqualTo(caught ? ExecutionStatus.SUCCEEDED : ExecutionStatus.FAILED);
    }
}
