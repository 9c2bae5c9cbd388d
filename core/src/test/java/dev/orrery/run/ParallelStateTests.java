package dev.orrery.run;

import static dev.orrery.run.Runs.json;
import static dev.orrery.run.Runs.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.orrery.mock.TaskMocks;
import dev.orrery.spi.TaskOutcome;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ParallelStateTests {

    private static final String TWO_PASS_BRANCHES = """
            {'StartAt': 'P', 'States': {'P': {'Type': 'Parallel', %s 'End': true, 'Branches': [
              {'StartAt': 'A', 'States': {'A': {'Type': 'Pass', 'Result': 'a', 'ResultPath': '$.from', 'End': true}}},
              {'StartAt': 'B', 'States': {'B': {'Type': 'Pass', 'Result': 'b', 'ResultPath': '$.from', 'End': true}}}
            ]}}}""";

    private static final String FAILING_BRANCH = """
            {'StartAt': 'P', 'States': {'P': {'Type': 'Parallel', %s 'Branches': [
              {'StartAt': 'Slow', 'States': {'Slow': {'Type': 'Wait', 'Seconds': 60, 'Next': 'After'},
                                             'After': {'Type': 'Pass', 'End': true}}},
              {'StartAt': 'Boom', 'States': {'Boom': {'Type': 'Fail', 'Error': 'Oops', 'Cause': 'it broke'}}}
            ], 'Next': 'Done'}, 'Done': {'Type': 'Pass', 'End': true}%s}}""";

    private static final String CAUGHT = ", 'Caught': {'Type': 'Pass', 'End': true}";

    @Test
    void every_branch_gets_the_input_and_the_output_is_the_array_of_branch_outputs_in_branch_order() {
        Execution execution = run(TWO_PASS_BRANCHES.formatted(""), "{'n': 1}", TaskMocks.none());

        assertThat(execution.output()).isEqualTo(json("[{'n': 1, 'from': 'a'}, {'n': 1, 'from': 'b'}]"));
    }

    @Test
    void records_parallel_state_started_and_succeeded_around_the_branches() {
        Execution execution = run(TWO_PASS_BRANCHES.formatted(""), "{}", TaskMocks.none());

        assertThat(execution.history().types()).containsExactly("ExecutionStarted", "ParallelStateEntered",
                "ParallelStateStarted", "PassStateEntered", "PassStateExited", "PassStateEntered", "PassStateExited",
                "ParallelStateSucceeded", "ParallelStateExited", "ExecutionSucceeded");
        assertThat(execution.history().events().get(2).details()).isNull();
        assertThat(execution.path()).containsExactly("P", "A", "B");
    }

    @Test
    void input_path_and_parameters_shape_the_branch_input() {
        Execution execution = run(TWO_PASS_BRANCHES.formatted(
                "'InputPath': '$.order', 'Parameters': {'id.$': '$.id', 'fixed': 1},"), "{'order': {'id': 7}}",
                TaskMocks.none());

        assertThat(execution.output()).isEqualTo(json(
                "[{'id': 7, 'fixed': 1, 'from': 'a'}, {'id': 7, 'fixed': 1, 'from': 'b'}]"));
    }

    @Test
    void result_selector_result_path_and_output_path_apply_to_the_array() {
        Execution execution = run(TWO_PASS_BRANCHES.formatted("""
                'ResultSelector': {'first.$': '$[0].from', 'second.$': '$[1].from'},
                'ResultPath': '$.branches', 'OutputPath': '$.branches',"""), "{}", TaskMocks.none());

        assertThat(execution.output()).isEqualTo(json("{'first': 'a', 'second': 'b'}"));
    }

    @Test
    void a_failing_branch_fails_the_state_with_its_error_and_cause_and_stops_the_other_branches() {
        Execution execution = run(FAILING_BRANCH.formatted("", ""), "{}", TaskMocks.none());

        assertThat(execution.status()).isEqualTo(ExecutionStatus.FAILED);
        assertThat(execution.error()).isEqualTo("Oops");
        assertThat(execution.cause()).isEqualTo("it broke");
        assertThat(execution.path()).containsExactly("P", "Slow", "Boom");
        assertThat(execution.virtualDuration()).isZero();
        assertThat(execution.history().types()).containsExactly("ExecutionStarted", "ParallelStateEntered",
                "ParallelStateStarted", "WaitStateEntered", "FailStateEntered", "WaitStateAborted",
                "ParallelStateFailed", "ExecutionFailed");
    }

    @Test
    void catch_applies_to_the_whole_state() {
        Execution execution = run(FAILING_BRANCH.formatted(
                "'Catch': [{'ErrorEquals': ['Oops'], 'ResultPath': '$.error', 'Next': 'Caught'}],", CAUGHT), "{'k': 1}",
                TaskMocks.none());

        assertThat(execution.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        assertThat(execution.output()).isEqualTo(json("{'k': 1, 'error': {'Error': 'Oops', 'Cause': 'it broke'}}"));
        assertThat(execution.history().types()).containsSubsequence("FailStateEntered", "ParallelStateFailed",
                "ParallelStateExited", "PassStateEntered");
        assertThat(execution.path()).containsExactly("P", "Slow", "Boom", "Caught");
    }

    @Test
    void retry_runs_every_branch_again_and_records_started_once_per_attempt() {
        Execution execution = run(FAILING_BRANCH.formatted(
                "'Retry': [{'ErrorEquals': ['Oops'], 'MaxAttempts': 1, 'IntervalSeconds': 3}],", ""), "{}",
                TaskMocks.none());

        assertThat(execution.error()).isEqualTo("Oops");
        assertThat(execution.history().types()).containsExactly("ExecutionStarted", "ParallelStateEntered",
                "ParallelStateStarted", "WaitStateEntered", "FailStateEntered", "WaitStateAborted",
                "ParallelStateStarted", "WaitStateEntered", "FailStateEntered", "WaitStateAborted",
                "ParallelStateFailed", "ExecutionFailed");
        assertThat(execution.virtualDuration()).isEqualTo(Duration.ofSeconds(3));
    }

    @Test
    void branches_run_concurrently_in_virtual_time() {
        TaskMocks mocks = TaskMocks.builder()
                .respond("T1", new TaskOutcome.Success(json("1"), Duration.ofSeconds(10)))
                .respond("T2", new TaskOutcome.Success(json("2"), Duration.ofSeconds(20)))
                .build();

        Execution execution = run("""
                {'StartAt': 'P', 'States': {'P': {'Type': 'Parallel', 'End': true, 'Branches': [
                  {'StartAt': 'T1', 'States': {'T1': {'Type': 'Task', 'Resource': 'arn:aws:states:::sns:publish',
                   'End': true}}},
                  {'StartAt': 'T2', 'States': {'T2': {'Type': 'Task', 'Resource': 'arn:aws:states:::sns:publish',
                   'End': true}}}]}}}""", "{}", mocks);

        assertThat(execution.output()).isEqualTo(json("[1, 2]"));
        assertThat(execution.virtualDuration()).isEqualTo(Duration.ofSeconds(20));
    }

    @Test
    void a_failure_stops_the_states_nested_in_the_other_branches() {
        Execution execution = run("""
                {'StartAt': 'P', 'States': {'P': {'Type': 'Parallel', 'End': true, 'Branches': [
                  {'StartAt': 'M', 'States': {'M': {'Type': 'Map', 'End': true, 'ItemProcessor': {
                    'StartAt': 'W', 'States': {'W': {'Type': 'Wait', 'Seconds': 5, 'Next': 'X'},
                                              'X': {'Type': 'Pass', 'End': true}}}}}},
                  {'StartAt': 'Boom', 'States': {'Boom': {'Type': 'Fail', 'Error': 'Oops'}}}]}}}""",
                "[1, 2]", TaskMocks.none());

        assertThat(execution.error()).isEqualTo("Oops");
        assertThat(execution.path()).doesNotContain("X");
    }
}
