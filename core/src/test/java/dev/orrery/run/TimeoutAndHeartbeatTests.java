package dev.orrery.run;

import static dev.orrery.run.Runs.json;
import static dev.orrery.run.Runs.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.orrery.history.HistoryEvent;
import dev.orrery.mock.TaskMocks;
import dev.orrery.spi.TaskOutcome;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimeoutAndHeartbeatTests {

    private static String task(String resource, String fields, String errorEquals) {
        return """
                {'StartAt': 'T', 'States': {'T': {'Type': 'Task', 'Resource': '%s', %s
                 'Catch': [{'ErrorEquals': %s, 'Next': 'Caught'}], 'End': true},
                 'Caught': {'Type': 'Pass', 'End': true}}}""".formatted(resource, fields, errorEquals);
    }

    private static TaskMocks silent(long... heartbeatSeconds) {
        List<Duration> beats = Arrays.stream(heartbeatSeconds).mapToObj(Duration::ofSeconds).toList();
        return TaskMocks.builder().respond("T", new TaskOutcome.NoResponse(beats)).build();
    }

    private static HistoryEvent last(Execution execution, String type) {
        return execution.history().events().stream().filter(e -> e.type().equals(type)).reduce((a, b) -> b)
                .orElseThrow();
    }

    @Test
    void a_missed_heartbeat_times_the_task_out_heartbeat_seconds_after_the_last_heartbeat() {
        Execution execution = run(task("arn:aws:states:::sqs:sendMessage", "'HeartbeatSeconds': 10,"
                + " 'TimeoutSeconds': 100,", "['States.HeartbeatTimeout']"), "{}", silent(5, 12));

        HistoryEvent timedOut = last(execution, "TaskTimedOut");
        assertThat(timedOut.timestamp()).isEqualTo(ExecutionOptions.DEFAULT_START_TIME.plusSeconds(22));
        assertThat(timedOut.details().get("error").asText()).isEqualTo("States.Timeout");
        assertThat(timedOut.details().has("cause")).isFalse();
        assertThat(execution.output()).isEqualTo(json("{'Error': 'States.Timeout', 'Cause': ''}"));
    }

    @Test
    void heartbeats_keep_a_long_call_alive() {
        TaskMocks mocks = TaskMocks.builder().respond("T", new TaskOutcome.Success(json("{'done': true}"),
                Duration.ofSeconds(30), List.of(Duration.ofSeconds(8), Duration.ofSeconds(16),
                        Duration.ofSeconds(24)))).build();

        Execution execution = run(task("arn:aws:states:::sqs:sendMessage", "'HeartbeatSeconds': 10,",
                "['States.ALL']"), "{}", mocks);

        assertThat(execution.output()).isEqualTo(json("{'done': true}"));
        assertThat(execution.virtualDuration()).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void a_call_without_heartbeat_times_out_after_heartbeat_seconds() {
        TaskMocks mocks = TaskMocks.builder()
                .respond("T", new TaskOutcome.Success(json("{}"), Duration.ofMinutes(5))).build();

        Execution execution = run(task("arn:aws:states:us-east-1:123456789012:activity:work",
                "'HeartbeatSeconds': 60,", "['States.Timeout']"), "{}", mocks);

        assertThat(last(execution, "ActivityTimedOut").timestamp())
                .isEqualTo(ExecutionOptions.DEFAULT_START_TIME.plusSeconds(60));
        assertThat(execution.path()).containsExactly("T", "Caught");
    }

    @Test
    void heartbeat_seconds_path_reads_the_interval_from_the_input() {
        Execution execution = run(task("arn:aws:states:::sqs:sendMessage", "'HeartbeatSecondsPath': '$.hb',",
                "['States.HeartbeatTimeout']"), "{'hb': 7}", silent());

        assertThat(execution.virtualDuration()).isEqualTo(Duration.ofSeconds(7));
        assertThat(execution.path()).containsExactly("T", "Caught");
    }

    @Test
    void states_heartbeat_timeout_does_not_match_a_task_timeout() {
        Execution execution = run(task("arn:aws:states:::sqs:sendMessage", "'TimeoutSeconds': 5,"
                + " 'HeartbeatSeconds': 4,", "['States.HeartbeatTimeout']"), "{}", silent(1, 2, 3, 4));

        assertThat(execution.status()).isEqualTo(ExecutionStatus.FAILED);
        assertThat(execution.error()).isEqualTo("States.Timeout");
        assertThat(execution.virtualDuration()).isEqualTo(Duration.ofSeconds(5));
    }

    @Test
    void a_lambda_function_times_out_with_lambda_function_timed_out() {
        Execution execution = run(task("arn:aws:lambda:us-east-1:123456789012:function:f",
                "'TimeoutSeconds': 3,", "['States.Timeout']"), "{}", silent());

        assertThat(last(execution, "LambdaFunctionTimedOut").timestamp())
                .isEqualTo(ExecutionOptions.DEFAULT_START_TIME.plusSeconds(3));
    }

    @Test
    void a_completion_exactly_at_the_deadline_completes() {
        TaskMocks mocks = TaskMocks.builder().respond("T", new TaskOutcome.Success(json("{'ok': 1}"),
                Duration.ofSeconds(10), List.of(Duration.ofSeconds(5)))).build();

        Execution execution = run(task("arn:aws:states:::sqs:sendMessage", "'TimeoutSeconds': 10,"
                + " 'HeartbeatSeconds': 5,", "['States.ALL']"), "{}", mocks);

        assertThat(execution.output()).isEqualTo(json("{'ok': 1}"));
    }

    @Test
    void the_execution_timeout_ends_a_call_that_never_answers() {
        Execution execution = run("""
                {'StartAt': 'T', 'TimeoutSeconds': 3600, 'States': {'T': {'Type': 'Task',
                 'Resource': 'arn:aws:states:::sqs:sendMessage', 'End': true}}}""", "{}", silent());

        assertThat(execution.status()).isEqualTo(ExecutionStatus.TIMED_OUT);
        assertThat(execution.error()).isNull();
        assertThat(execution.cause()).isNull();
        assertThat(execution.virtualDuration()).isEqualTo(Duration.ofHours(1));
        HistoryEvent timedOut = last(execution, "ExecutionTimedOut");
        assertThat(timedOut.details()).isEmpty();
        assertThat(execution.history().types()).containsExactly("ExecutionStarted", "TaskStateEntered",
                "TaskScheduled", "TaskStarted", "ExecutionTimedOut");
    }
}
