package dev.orrery.run;

import static dev.orrery.run.Runs.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orrery.mock.TaskMocks;
import org.junit.jupiter.api.Test;

class HistoryLimitTests {

    private static final String CAUSE = "The execution reached the maximum number of history events (25000).";

    @Test
    void fails_retries_that_never_end_at_the_history_limit_as_aws_does() {
        // GIVEN a Task retried almost for ever against a mock that always fails
        TaskMocks mocks = TaskMocks.builder().fails("T", "E", "c").build();

        // WHEN it runs
        Execution execution = run("""
                {'StartAt': 'T', 'States': {'T': {'Type': 'Task', 'Resource': 'arn:aws:states:::lambda:invoke',
                 'Retry': [{'ErrorEquals': ['States.ALL'], 'MaxAttempts': 99999999, 'BackoffRate': 1}],
                 'End': true}}}""", "{}", mocks);

        // THEN the 25,000th event fails the execution with AWS's error and cause
        assertThat(execution.status()).isEqualTo(ExecutionStatus.FAILED);
        assertThat(execution.error()).isEqualTo("States.Runtime");
        assertThat(execution.cause()).isEqualTo(CAUSE);
        JsonNode events = execution.history().toAwsJson().get("events");
        assertThat(events).hasSize(25_000);
        JsonNode last = events.get(24_999);
        assertThat(last.get("type").asText()).isEqualTo("ExecutionFailed");
        assertThat(last.get("id").asLong()).isEqualTo(25_000);
        assertThat(last.get("previousEventId").asLong()).isEqualTo(24_999);
        assertThat(last.at("/executionFailedEventDetails/cause").asText()).isEqualTo(CAUSE);
    }

    @Test
    void fails_an_endless_loop_at_the_history_limit_before_the_transition_guard() {
        Execution execution = run("""
                {'StartAt': 'A', 'States': {'A': {'Type': 'Pass', 'Next': 'B'},
                 'B': {'Type': 'Choice', 'Choices': [{'Variable': '$.stop', 'IsPresent': true, 'Next': 'Done'}],
                       'Default': 'A'},
                 'Done': {'Type': 'Succeed'}}}""", "{}", TaskMocks.none());

        assertThat(execution.error()).isEqualTo("States.Runtime");
        assertThat(execution.cause()).isEqualTo(CAUSE);
        assertThat(execution.history().events()).hasSize(25_000);
    }

    @Test
    void keeps_an_execution_that_ends_within_the_limit_unchanged() {
        Execution execution = run("""
                {'StartAt': 'P', 'States': {'P': {'Type': 'Pass', 'End': true}}}""", "{}", TaskMocks.none());

        assertThat(execution.succeeded()).isTrue();
        assertThat(execution.history().events()).hasSize(4);
    }
}
