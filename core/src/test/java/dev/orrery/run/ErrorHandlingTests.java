package dev.orrery.run;

import static dev.orrery.run.Runs.json;
import static dev.orrery.run.Runs.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.orrery.mock.TaskMocks;
import dev.orrery.spi.TaskOutcome;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ErrorHandlingTests {

    private static final String FLAKY = """
            {'StartAt': 'Flaky', 'States': {'Flaky': {'Type': 'Task',
             'Resource': 'arn:aws:lambda:us-east-1:123456789012:function:Flaky',
             'Retry': [{'ErrorEquals': ['Custom.Transient'], 'IntervalSeconds': 1, 'BackoffRate': 2,
                        'MaxAttempts': 3}],
             'Catch': [{'ErrorEquals': ['States.ALL'], 'ResultPath': '$.error', 'Next': 'Recovered'}],
             'End': true},
             'Recovered': {'Type': 'Pass', 'End': true}}}""";

    @Test
    void retries_with_exponential_backoff_on_the_virtual_clock() {
        // GIVEN
        TaskMocks mocks = TaskMocks.builder().respond("Flaky",
                TaskOutcome.failure("Custom.Transient", "t1"), TaskOutcome.failure("Custom.Transient", "t2"),
                TaskOutcome.success(json("{'ok': true}"))).build();
        // WHEN
        Execution execution = run(FLAKY, "{}", mocks);
        // THEN
        assertThat(execution.output()).isEqualTo(json("{'ok': true}"));
        assertThat(execution.virtualDuration()).isEqualTo(Duration.ofSeconds(1 + 2));
        assertThat(execution.path()).containsExactly("Flaky");
        assertThat(execution.visits().get(0).retries()).isEqualTo(2);
    }

    @Test
    void catches_the_error_after_the_retries_are_exhausted() {
        TaskMocks mocks = TaskMocks.builder().fails("Flaky", "Custom.Transient", "always").build();

        Execution execution = run(FLAKY, "{'in': 1}", mocks);

        assertThat(execution.path()).containsExactly("Flaky", "Recovered");
        assertThat(execution.output()).isEqualTo(json("{'in': 1, 'error': {'Error': 'Custom.Transient', "
                + "'Cause': 'always'}}"));
        assertThat(execution.virtualDuration()).isEqualTo(Duration.ofSeconds(1 + 2 + 4));
    }

    @Test
    void states_all_does_not_catch_states_runtime() {
        Execution execution = run("""
                {'StartAt': 'T', 'States': {'T': {'Type': 'Task', 'Resource': 'arn:aws:states:::sns:publish',
                 'InputPath': '$.missing', 'Catch': [{'ErrorEquals': ['States.ALL'], 'Next': 'C'}], 'End': true},
                 'C': {'Type': 'Pass', 'End': true}}}""", "{}", TaskMocks.builder().returns("T", json("{}")).build());

        assertThat(execution.error()).isEqualTo("States.Runtime");
        assertThat(execution.path()).containsExactly("T");
    }

    @Test
    void states_task_failed_does_not_match_states_timeout() {
        TaskMocks mocks = TaskMocks.builder()
                .respond("T", new TaskOutcome.Success(json("{}"), Duration.ofMinutes(1))).build();

        Execution execution = run("""
                {'StartAt': 'T', 'States': {'T': {'Type': 'Task', 'Resource': 'arn:aws:states:::sns:publish',
                 'TimeoutSeconds': 1, 'Catch': [{'ErrorEquals': ['States.TaskFailed'], 'Next': 'C'}], 'End': true},
                 'C': {'Type': 'Pass', 'End': true}}}""", "{}", mocks);

        assertThat(execution.error()).isEqualTo("States.Timeout");
    }

    @Test
    void full_jitter_is_drawn_from_the_seed() {
        String definition = """
                {'StartAt': 'T', 'States': {'T': {'Type': 'Task', 'Resource': 'arn:aws:states:::sns:publish',
                 'Retry': [{'ErrorEquals': ['E'], 'IntervalSeconds': 100, 'JitterStrategy': 'FULL'}], 'End': true}}}""";
        TaskMocks mocks = TaskMocks.builder()
                .respond("T", TaskOutcome.failure("E", null), TaskOutcome.success(json("{}"))).build();

        Execution first = run(definition, "{}", mocks, ExecutionOptions.defaults().withSeed(7));
        Execution again = run(definition, "{}", mocks, ExecutionOptions.defaults().withSeed(7));

        assertThat(first.virtualDuration()).isEqualTo(again.virtualDuration())
                .isLessThanOrEqualTo(Duration.ofSeconds(100));
    }
}
