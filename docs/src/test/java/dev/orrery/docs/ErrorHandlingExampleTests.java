package dev.orrery.docs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.orrery.history.HistoryEvent;
import dev.orrery.mock.TaskMocks;
import dev.orrery.parse.AslParser;
import dev.orrery.run.Execution;
import dev.orrery.run.ExecutionOptions;
import dev.orrery.run.ExecutionStatus;
import dev.orrery.run.StateMachineRunner;
import dev.orrery.spi.TaskOutcome;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The snippets of docs/guides/error-handling.md, compiled and run. */
class ErrorHandlingExampleTests {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final String PAYMENT = """
            {"StartAt": "Charge",
             "States": {
               "Charge": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
                          "TimeoutSeconds": 30,
                          "Retry": [{"ErrorEquals": ["States.Timeout"], "IntervalSeconds": 2,
                                     "MaxAttempts": 2, "BackoffRate": 3}],
                          "Catch": [{"ErrorEquals": ["States.ALL"], "ResultPath": "$.failure",
                                     "Next": "Refund"}],
                          "End": true},
               "Refund": {"Type": "Pass", "End": true}}}""";

    @Test
    void a_payment_that_times_out_twice_is_retried_then_caught() throws Exception {
        // tag::retry-then-catch[]
        TaskOutcome hangs = new TaskOutcome.Success(JSON.readTree("{}"), Duration.ofMinutes(10));
        TaskMocks mocks = TaskMocks.builder().respond("Charge", hangs).build();

        Execution execution = StateMachineRunner.create(AslParser.parse(PAYMENT).orThrow(), mocks)
                .run(JSON.readTree("{\"amount\": 42}"));

        // three calls of 30 s each, retried after 2 s and 6 s
        assertThat(execution.virtualDuration()).isEqualTo(Duration.ofSeconds(30 + 2 + 30 + 6 + 30));
        assertThat(execution.path()).containsExactly("Charge", "Refund");
        assertThat(execution.output()).isEqualTo(JSON.readTree(
                "{\"amount\": 42, \"failure\": {\"Error\": \"States.Timeout\", \"Cause\": \"\"}}"));
        assertThat(execution.history().types()).containsExactly("ExecutionStarted", "TaskStateEntered",
                "TaskScheduled", "TaskStarted", "TaskTimedOut",
                "TaskScheduled", "TaskStarted", "TaskTimedOut",
                "TaskScheduled", "TaskStarted", "TaskTimedOut",
                "TaskStateExited", "PassStateEntered", "PassStateExited", "ExecutionSucceeded");
        // end::retry-then-catch[]
    }

    @Test
    void jitter_is_drawn_from_the_seed() throws Exception {
        String definition = """
                {"StartAt": "Call", "States": {"Call": {"Type": "Task",
                 "Resource": "arn:aws:states:::lambda:invoke", "End": true,
                 "Retry": [{"ErrorEquals": ["Lambda.TooManyRequestsException"], "IntervalSeconds": 60,
                            "MaxAttempts": 1, "JitterStrategy": "FULL"}]}}}""";
        TaskMocks mocks = TaskMocks.builder().respond("Call",
                TaskOutcome.failure("Lambda.TooManyRequestsException", "slow down"),
                TaskOutcome.success(JSON.readTree("{}"))).build();
        StateMachineRunner runner = StateMachineRunner.create(AslParser.parse(definition).orThrow(), mocks,
                ExecutionOptions.defaults().withSeed(7));
        // tag::jitter[]
        Duration first = runner.run(JSON.readTree("{}")).virtualDuration();
        Duration again = runner.run(JSON.readTree("{}")).virtualDuration();

        assertThat(first).isEqualTo(again).isBetween(Duration.ZERO, Duration.ofSeconds(60));
        // end::jitter[]
    }

    @Test
    void a_worker_that_stops_sending_heartbeats_times_out() throws Exception {
        // tag::heartbeat[]
        String definition = """
                {"StartAt": "Work", "States": {"Work": {"Type": "Task",
                 "Resource": "arn:aws:states:us-east-1:123456789012:activity:resize",
                 "TimeoutSeconds": 3600, "HeartbeatSeconds": 60,
                 "Catch": [{"ErrorEquals": ["States.HeartbeatTimeout"], "Next": "Alert"}], "End": true},
                 "Alert": {"Type": "Pass", "End": true}}}""";
        // the worker sends two heartbeats, then goes silent and never answers
        TaskOutcome stalls = new TaskOutcome.NoResponse(List.of(Duration.ofSeconds(50), Duration.ofSeconds(100)));
        Execution execution = StateMachineRunner.create(AslParser.parse(definition).orThrow(),
                TaskMocks.builder().respond("Work", stalls).build()).run(JSON.readTree("{}"));

        HistoryEvent timedOut = execution.history().events().get(4);
        assertThat(timedOut.type()).isEqualTo("ActivityTimedOut");
        assertThat(timedOut.timestamp()).isEqualTo(Instant.parse("2025-01-01T00:02:40Z"));
        assertThat(execution.path()).containsExactly("Work", "Alert");
        // end::heartbeat[]
    }

    @Test
    void a_result_over_the_payload_quota_fails_with_data_limit_exceeded() throws Exception {
        // tag::data-limit[]
        String definition = """
                {"StartAt": "Export", "States": {"Export": {"Type": "Task",
                 "Resource": "arn:aws:states:::lambda:invoke", "End": true}}}""";
        TaskMocks huge = TaskMocks.builder()
                .returns("Export", JSON.getNodeFactory().textNode("x".repeat(300_000))).build();
        Execution execution = StateMachineRunner.create(AslParser.parse(definition).orThrow(), huge)
                .run(JSON.readTree("{}"));

        assertThat(execution.status()).isEqualTo(ExecutionStatus.FAILED);
        assertThat(execution.error()).isEqualTo("States.DataLimitExceeded");
        assertThat(execution.cause()).isEqualTo("The state/task 'lambda' returned a result with a size "
                + "exceeding the maximum number of bytes service limit.");
        // end::data-limit[]
    }

    @Test
    void the_execution_timeout_ends_the_run_timed_out() throws Exception {
        // tag::execution-timeout[]
        String definition = """
                {"StartAt": "Wait", "TimeoutSeconds": 86400,
                 "States": {"Wait": {"Type": "Wait", "Seconds": 604800, "End": true}}}""";
        Execution execution = StateMachineRunner.create(AslParser.parse(definition).orThrow(), TaskMocks.none())
                .run(JSON.readTree("{}"));

        assertThat(execution.status()).isEqualTo(ExecutionStatus.TIMED_OUT);
        assertThat(execution.virtualDuration()).isEqualTo(Duration.ofDays(1));
        assertThat(execution.history().types()).endsWith("ExecutionTimedOut");
        // end::execution-timeout[]
    }

    @Test
    void fails_with_a_reference_path_conflict_when_the_result_path_meets_a_value_that_is_not_an_object()
            throws Exception {
        String definition = """
                {"StartAt": "Place", "States": {"Place": {"Type": "Pass", "Result": {"x": 1}, "ResultPath": "$.a.b",
                 "End": true}}}""";

        Execution execution = StateMachineRunner.create(AslParser.parse(definition).orThrow(), TaskMocks.none())
                .run(JSON.readTree("{\"a\": 5}"));

        assertThat(execution.status()).isEqualTo(ExecutionStatus.FAILED);
        assertThat(execution.error()).isEqualTo("States.ReferencePathConflict");
        assertThat(execution.cause()).endsWith("Unable to apply step \"b\" to input {\"a\":5}");
    }
}
