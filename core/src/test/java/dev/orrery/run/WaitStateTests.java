package dev.orrery.run;

import static dev.orrery.run.Runs.json;
import static dev.orrery.run.Runs.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.orrery.history.HistoryEvent;
import dev.orrery.mock.TaskMocks;
import dev.orrery.parse.AslParser;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WaitStateTests {

    @Test
    void a_one_year_wait_passes_on_the_virtual_clock() {
        // WHEN
        Execution execution = run("""
                {'StartAt': 'W', 'States': {'W': {'Type': 'Wait', 'Seconds': 31536000, 'End': true}}}""",
                "{'x': 1}", TaskMocks.none());
        // THEN
        assertThat(execution.virtualDuration()).isEqualTo(Duration.ofDays(365));
        assertThat(execution.output()).isEqualTo(json("{'x': 1}"));
        HistoryEvent exited = execution.history().events().get(2);
        assertThat(exited.type()).isEqualTo("WaitStateExited");
        assertThat(exited.timestamp()).isEqualTo(Instant.parse("2026-01-01T00:00:00Z"));
    }

    @Test
    void seconds_path_reads_the_delay_from_the_input() {
        Execution execution = run("""
                {'StartAt': 'W', 'States': {'W': {'Type': 'Wait', 'SecondsPath': '$.delay', 'End': true}}}""",
                "{'delay': 90}", TaskMocks.none());

        assertThat(execution.virtualDuration()).isEqualTo(Duration.ofSeconds(90));
    }

    @Test
    void timestamp_waits_until_that_instant_and_a_past_one_does_not_wait() {
        Execution future = run("""
                {'StartAt': 'W', 'States': {'W': {'Type': 'Wait', 'Timestamp': '2025-01-02T00:00:00Z', 'End': true}}}""",
                "{}", TaskMocks.none());
        Execution past = run("""
                {'StartAt': 'W', 'States': {'W': {'Type': 'Wait', 'TimestampPath': '$.t', 'End': true}}}""",
                "{'t': '2020-01-01T00:00:00+02:00'}", TaskMocks.none());

        assertThat(future.virtualDuration()).isEqualTo(Duration.ofDays(1));
        assertThat(past.virtualDuration()).isZero();
    }

    @Test
    void a_negative_seconds_path_fails_with_aws_cause() {
        Execution execution = run("""
                {'StartAt': 'WaitState', 'States': {'WaitState': {'Type': 'Wait',
                 'SecondsPath': '$.input.waitSeconds', 'End': true}}}""",
                "{'input': {'waitSeconds': -1}}", TaskMocks.none());

        assertThat(execution.error()).isEqualTo("States.Runtime");
        assertThat(execution.cause()).isEqualTo("An error occurred while executing the state 'WaitState' "
                + "(entered at the event id #2). The SecondsPath parameter references a negative value: "
                + "$.input.waitSeconds == -1");
    }

    @Test
    void a_timestamp_path_that_is_not_rfc3339_fails_with_aws_cause() {
        Execution execution = run("""
                {'StartAt': 'WaitUntil', 'States': {'WaitUntil': {'Type': 'Wait', 'TimestampPath': '$.TimestampValue',
                 'End': true}}}""", "{'TimestampValue': '2016-12-05 21:29:29Z'}", TaskMocks.none());

        assertThat(execution.cause()).isEqualTo("An error occurred while executing the state 'WaitUntil' (entered "
                + "at the event id #2). The TimestampPath parameter does not reference a valid ISO-8601 extended "
                + "offset date-time format string: $.TimestampValue == 2016-12-05 21:29:29Z");
    }

    @Test
    void the_state_machine_timeout_ends_the_execution_timed_out_at_the_deadline() {
        Execution execution = run("""
                {'StartAt': 'W', 'TimeoutSeconds': 60, 'States': {'W': {'Type': 'Wait', 'Seconds': 3600,
                 'End': true}}}""", "{}", TaskMocks.none());

        assertThat(execution.status()).isEqualTo(ExecutionStatus.TIMED_OUT);
        assertThat(execution.virtualDuration()).isEqualTo(Duration.ofSeconds(60));
        assertThat(execution.history().types()).containsExactly("ExecutionStarted", "WaitStateEntered",
                "ExecutionTimedOut");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "'Seconds': 99999999                  | {}",
        "'SecondsPath': '$.s'                 | {'s': 9223372036854775807}",
        "'TimestampPath': '$.t'               | {'t': '+999999999-12-31T23:59:59Z'}",
        "'Timestamp': '9999-12-31T23:59:59Z'  | {}"
    })
    void a_wait_beyond_the_maximum_execution_time_times_the_execution_out_as_on_aws(String wait, String input) {
        // WHEN a Standard execution waits longer than AWS's one-year maximum
        Execution execution = run("{'StartAt': 'W', 'States': {'W': {'Type': 'Wait', " + wait + ", 'End': true}}}",
                input, TaskMocks.none());

        // THEN it is timed out at the maximum, as AWS times it out
        assertThat(execution.status()).isEqualTo(ExecutionStatus.TIMED_OUT);
        assertThat(execution.virtualDuration()).isEqualTo(Duration.ofDays(366));
        assertThat(execution.history().events().get(execution.history().events().size() - 1).type())
                .isEqualTo("ExecutionTimedOut");
    }

    @Test
    void an_express_execution_still_ends_at_five_minutes() {
        Execution execution = StateMachineRunner.createExpress(AslParser.parse("""
                {"StartAt": "W", "States": {"W": {"Type": "Wait", "SecondsPath": "$.s", "End": true}}}""").orThrow(),
                TaskMocks.none(), ExecutionOptions.defaults()).run(json("{'s': 9223372036854775807}"));

        assertThat(execution.status()).isEqualTo(ExecutionStatus.TIMED_OUT);
        assertThat(execution.virtualDuration()).isEqualTo(Duration.ofMinutes(5));
    }
}
