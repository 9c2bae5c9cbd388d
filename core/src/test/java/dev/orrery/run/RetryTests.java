package dev.orrery.run;

import static dev.orrery.run.Runs.json;
import static dev.orrery.run.Runs.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.orrery.history.HistoryEvent;
import dev.orrery.mock.TaskMocks;
import dev.orrery.spi.TaskOutcome;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RetryTests {

    private static final Instant START = ExecutionOptions.DEFAULT_START_TIME;

    private static String task(String retry) {
        return """
                {'StartAt': 'T', 'States': {'T': {'Type': 'Task', 'Resource': 'arn:aws:states:::lambda:invoke',
                 'Retry': %s, 'Catch': [{'ErrorEquals': ['States.ALL'], 'Next': 'Caught'}], 'End': true},
                 'Caught': {'Type': 'Pass', 'End': true}}}""".formatted(retry);
    }

    private static List<Instant> scheduledAt(Execution execution) {
        return execution.history().events().stream().filter(e -> e.type().equals("TaskScheduled"))
                .map(HistoryEvent::timestamp).toList();
    }

    @Test
    void retries_after_1_2_and_4_seconds_of_virtual_time() {
        TaskMocks mocks = TaskMocks.builder().respond("T", TaskOutcome.failure("E", null),
                TaskOutcome.failure("E", null), TaskOutcome.failure("E", null), TaskOutcome.success(json("{}")))
                .build();

        Execution execution = run(task("[{'ErrorEquals': ['E']}]"), "{}", mocks);

        assertThat(scheduledAt(execution)).containsExactly(START, START.plusSeconds(1), START.plusSeconds(3),
                START.plusSeconds(7));
        assertThat(execution.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    }

    @Test
    void records_retries_as_repeated_calls_within_one_state_entry() {
        TaskMocks mocks = TaskMocks.builder()
                .respond("T", TaskOutcome.failure("E", "c"), TaskOutcome.success(json("{}"))).build();

        Execution execution = run(task("[{'ErrorEquals': ['E']}]"), "{}", mocks);

        assertThat(execution.history().types()).containsExactly("ExecutionStarted", "TaskStateEntered",
                "TaskScheduled", "TaskStarted", "TaskFailed", "TaskScheduled", "TaskStarted", "TaskSucceeded",
                "TaskStateExited", "ExecutionSucceeded");
    }

    @Test
    void max_delay_seconds_caps_the_backoff() {
        TaskMocks mocks = TaskMocks.builder().fails("T", "E", "c").build();

        Execution execution = run(task("""
                [{'ErrorEquals': ['E'], 'IntervalSeconds': 10, 'BackoffRate': 3, 'MaxDelaySeconds': 20,
                  'MaxAttempts': 3}]"""), "{}", mocks);

        assertThat(scheduledAt(execution)).containsExactly(START, START.plusSeconds(10), START.plusSeconds(30),
                START.plusSeconds(50));
        assertThat(execution.path()).containsExactly("T", "Caught");
    }

    @Test
    void a_fractional_backoff_is_kept_to_the_millisecond() {
        TaskMocks mocks = TaskMocks.builder().fails("T", "E", "c").build();

        Execution execution = run(task("[{'ErrorEquals': ['E'], 'BackoffRate': 1.5, 'MaxAttempts': 3}]"), "{}",
                mocks);

        assertThat(execution.virtualDuration()).isEqualTo(Duration.ofMillis(1000 + 1500 + 2250));
    }

    @Test
    void max_attempts_zero_never_retries() {
        TaskMocks mocks = TaskMocks.builder().fails("T", "E", "c").build();

        Execution execution = run(task("[{'ErrorEquals': ['E'], 'MaxAttempts': 0}]"), "{}", mocks);

        assertThat(scheduledAt(execution)).hasSize(1);
        assertThat(execution.path()).containsExactly("T", "Caught");
        assertThat(execution.virtualDuration()).isZero();
    }

    @Test
    void the_first_matching_retrier_wins_and_each_counts_its_own_attempts() {
        // GIVEN E1 may be retried once, everything else twice
        TaskMocks mocks = TaskMocks.builder().respond("T", TaskOutcome.failure("E1", null),
                TaskOutcome.failure("E2", null), TaskOutcome.failure("E1", null), TaskOutcome.success(json("{}")))
                .build();
        // WHEN
        Execution execution = run(task("""
                [{'ErrorEquals': ['E1'], 'MaxAttempts': 1},
                 {'ErrorEquals': ['States.ALL'], 'IntervalSeconds': 10, 'MaxAttempts': 2}]"""), "{}", mocks);
        // THEN the second E1 finds its retrier exhausted and goes to Catch, although States.ALL has attempts left
        assertThat(scheduledAt(execution)).containsExactly(START, START.plusSeconds(1), START.plusSeconds(11));
        assertThat(execution.output()).isEqualTo(json("{'Error': 'E1', 'Cause': ''}"));
    }

    @Test
    void retry_count_is_in_the_context_object() {
        TaskMocks mocks = TaskMocks.builder().respond("T", TaskOutcome.failure("E", null),
                TaskOutcome.failure("E", null), TaskOutcome.success(json("{}"))).build();

        Execution execution = run("""
                {'StartAt': 'T', 'States': {'T': {'Type': 'Task', 'Resource': 'arn:aws:states:::lambda:invoke',
                 'Parameters': {'attempt.$': '$$.State.RetryCount'},
                 'ResultSelector': {'retries.$': '$$.State.RetryCount'},
                 'Retry': [{'ErrorEquals': ['E']}], 'End': true}}}""", "{}", mocks);

        assertThat(execution.output()).isEqualTo(json("{'retries': 2}"));
        assertThat(execution.history().events().stream().filter(e -> e.type().equals("TaskScheduled"))
                .map(e -> e.details().get("parameters").get("attempt").asInt()).toList()).containsExactly(0, 1, 2);
        assertThat(execution.visits().get(0).retries()).isEqualTo(2);
    }

    @Test
    void full_jitter_is_reproducible_per_seed_and_differs_across_seeds() {
        String definition = task("[{'ErrorEquals': ['E'], 'IntervalSeconds': 100, 'JitterStrategy': 'FULL'}]");
        TaskMocks mocks = TaskMocks.builder().fails("T", "E", "c").build();
        Set<Duration> durations = new HashSet<>();
        for (long seed = 1; seed <= 5; seed++) {
            Duration first = run(definition, "{}", mocks, ExecutionOptions.defaults().withSeed(seed))
                    .virtualDuration();
            Duration again = run(definition, "{}", mocks, ExecutionOptions.defaults().withSeed(seed))
                    .virtualDuration();
            assertThat(first).isEqualTo(again).isLessThanOrEqualTo(Duration.ofSeconds(100 + 200 + 400));
            durations.add(first);
        }
        assertThat(durations).hasSizeGreaterThan(1);
    }

    @Test
    void full_jitter_draws_each_delay_below_its_backoff() {
        TaskMocks mocks = TaskMocks.builder().fails("T", "E", "c").build();

        Execution execution = run(task("""
                [{'ErrorEquals': ['E'], 'IntervalSeconds': 8, 'MaxAttempts': 3, 'JitterStrategy': 'FULL'}]"""),
                "{}", mocks, ExecutionOptions.defaults().withSeed(42));

        List<Instant> at = scheduledAt(execution);
        assertThat(Duration.between(at.get(0), at.get(1))).isLessThanOrEqualTo(Duration.ofSeconds(8));
        assertThat(Duration.between(at.get(1), at.get(2))).isLessThanOrEqualTo(Duration.ofSeconds(16));
        assertThat(Duration.between(at.get(2), at.get(3))).isLessThanOrEqualTo(Duration.ofSeconds(32));
    }

    @Test
    void ten_hourly_retries_and_a_thirty_day_wait_report_the_virtual_elapsed_time() {
        TaskMocks mocks = TaskMocks.builder().respond("Charge", TaskOutcome.failure("Busy", null),
                TaskOutcome.failure("Busy", null), TaskOutcome.failure("Busy", null), TaskOutcome.failure("Busy", null),
                TaskOutcome.failure("Busy", null), TaskOutcome.failure("Busy", null), TaskOutcome.failure("Busy", null),
                TaskOutcome.failure("Busy", null), TaskOutcome.failure("Busy", null), TaskOutcome.failure("Busy", null),
                TaskOutcome.success(json("{}"))).build();

        Execution execution = run("""
                {'StartAt': 'Charge', 'States': {
                 'Charge': {'Type': 'Task', 'Resource': 'arn:aws:states:::lambda:invoke', 'Next': 'Cool',
                  'Retry': [{'ErrorEquals': ['Busy'], 'IntervalSeconds': 3600, 'BackoffRate': 1, 'MaxAttempts': 10}]},
                 'Cool': {'Type': 'Wait', 'Seconds': 2592000, 'End': true}}}""", "{}", mocks);

        assertThat(execution.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        assertThat(execution.visits().get(0).retries()).isEqualTo(10);
        assertThat(execution.virtualDuration()).isEqualTo(Duration.ofHours(10).plusDays(30));
    }

    @Test
    void an_astronomical_backoff_times_the_execution_out_at_the_maximum_execution_time() {
        TaskMocks mocks = TaskMocks.builder().fails("T", "E", "c").build();

        Execution execution = run(task("""
                [{'ErrorEquals': ['E'], 'IntervalSeconds': 99999999, 'BackoffRate': 1000, 'MaxAttempts': 99}]"""),
                "{}", mocks);

        assertThat(execution.status()).isEqualTo(ExecutionStatus.TIMED_OUT);
        assertThat(execution.virtualDuration()).isEqualTo(Duration.ofDays(366));
    }
}
