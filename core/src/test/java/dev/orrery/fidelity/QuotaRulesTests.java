package dev.orrery.fidelity;

import static dev.orrery.fidelity.RuleRuns.json;
import static dev.orrery.fidelity.RuleRuns.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.orrery.mock.TaskMocks;
import dev.orrery.parse.AslParser;
import dev.orrery.run.Execution;
import dev.orrery.run.ExecutionOptions;
import dev.orrery.run.ExecutionStatus;
import dev.orrery.spi.TaskOutcome;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Step Functions service quotas (developer guide: "Step Functions service quotas": payload size, history size,
 * execution duration, name lengths).
 */
class QuotaRulesTests {

    private static final int KIB = 1024;

    @Test
    void a_state_output_over_256_kib_fails_with_states_data_limit_exceeded() {
        String big = "x".repeat(256 * KIB);
        Execution execution = run("{'StartAt': 'S', 'States': {'S': {'Type': 'Pass', 'Parameters': "
                + "{'big.$': '$.big'}, 'End': true}}}", "{'big': '" + big + "'}", TaskMocks.none());

        assertThat(execution.error()).isEqualTo("States.DataLimitExceeded");
    }

    @Test
    void a_task_result_over_256_kib_fails_with_states_data_limit_exceeded() {
        Execution execution = run("{'StartAt': 'T', 'States': {'T': {'Type': 'Task', "
                + "'Resource': 'arn:aws:states:::lambda:invoke', 'Parameters': {'FunctionName': 'f'}, "
                + "'End': true}}}", "{}", request -> TaskOutcome.success(json("{'big': '" + "x".repeat(257 * KIB)
                + "'}")));

        assertThat(execution.error()).isEqualTo("States.DataLimitExceeded");
    }

    @Test
    void an_output_just_under_256_kib_passes() {
        String big = "x".repeat(255 * KIB);
        Execution execution = run("{'StartAt': 'S', 'States': {'S': {'Type': 'Pass', 'End': true}}}",
                "{'big': '" + big + "'}", TaskMocks.none());

        assertThat(execution.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    }

    @Test
    void a_standard_history_holds_at_most_25000_events() {
        Execution execution = run("""
                {'StartAt': 'A', 'States': {'A': {'Type': 'Pass', 'Next': 'B'},
                 'B': {'Type': 'Choice', 'Choices': [{'Variable': '$.stop', 'IsPresent': true, 'Next': 'Done'}],
                       'Default': 'A'},
                 'Done': {'Type': 'Succeed'}}}""", "{}", TaskMocks.none(),
                ExecutionOptions.defaults().withMaxTransitions(100_000));

        assertThat(execution.history().events()).hasSize(25_000);
        assertThat(execution.status()).isEqualTo(ExecutionStatus.FAILED);
        assertThat(execution.cause()).isEqualTo("The execution reached the maximum number of history events (25000).");
    }

    @Test
    void the_execution_timeout_ends_the_run_with_execution_timed_out() {
        Execution execution = run("{'TimeoutSeconds': 10, 'StartAt': 'W', 'States': {'W': {'Type': 'Wait', "
                + "'Seconds': 60, 'End': true}}}", "{}", TaskMocks.none());

        assertThat(execution.status()).isEqualTo(ExecutionStatus.TIMED_OUT);
        assertThat(execution.virtualDuration()).isEqualTo(Duration.ofSeconds(10));
        assertThat(RuleRuns.types(execution)).endsWith("ExecutionTimedOut");
    }

    @Test
    void a_state_name_holds_at_most_80_characters() {
        String name = "s".repeat(81);
        assertThat(AslParser.parse(("{'StartAt': '" + name + "', 'States': {'" + name + "': {'Type': 'Pass', "
                + "'End': true}}}").replace('\'', '"')).errors()).isNotEmpty();
        String ok = "s".repeat(80);
        assertThat(AslParser.parse(("{'StartAt': '" + ok + "', 'States': {'" + ok + "': {'Type': 'Pass', "
                + "'End': true}}}").replace('\'', '"')).errors()).isEmpty();
    }
}
