package dev.orrery.fidelity;

import static dev.orrery.fidelity.RuleRuns.first;
import static dev.orrery.fidelity.RuleRuns.json;
import static dev.orrery.fidelity.RuleRuns.run;
import static dev.orrery.fidelity.RuleRuns.types;
import static org.assertj.core.api.Assertions.assertThat;

import dev.orrery.mock.TaskMocks;
import dev.orrery.parse.AslParser;
import dev.orrery.run.Execution;
import dev.orrery.run.ExecutionSession;
import dev.orrery.run.ExecutionStatus;
import dev.orrery.run.StateMachineRunner;
import dev.orrery.spi.TaskOutcome;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Service integration patterns (developer guide: "Discover service integration patterns in Step Functions",
 * "Wait for a Callback with Task Token", "Run a Job (.sync)", Task state TimeoutSeconds and HeartbeatSeconds;
 * LocalStack's public snapshots where AWS's behaviour differs from the guide).
 */
class IntegrationPatternRulesTests {

    private static String task(String resource, String fields) {
        return "{'StartAt': 'T', 'States': {'T': {'Type': 'Task', 'Resource': '" + resource + "', " + fields
                + " 'End': true}}}";
    }

    private static final String CALLBACK = "arn:aws:states:::sqs:sendMessage.waitForTaskToken";
    private static final String TOKEN_PARAMETERS =
            "'Parameters': {'QueueUrl': 'q', 'MessageBody': {'token.$': '$$.Task.Token'}},";

    @Test
    void a_request_response_task_ends_when_the_call_returns_with_its_response_as_result() {
        Execution execution = run(task("arn:aws:states:::sqs:sendMessage", "'Parameters': {'QueueUrl': 'q', "
                + "'MessageBody': 'm'},"), "{}", request -> TaskOutcome.success(json("{'MessageId': 'id'}")));

        assertThat(types(execution)).containsExactly("ExecutionStarted", "TaskStateEntered", "TaskScheduled",
                "TaskStarted", "TaskSucceeded", "TaskStateExited", "ExecutionSucceeded");
        assertThat(execution.output()).isEqualTo(json("{'MessageId': 'id'}"));
    }

    @Test
    void a_run_a_job_task_records_the_submission_and_waits_for_the_job() {
        Execution execution = run(task("arn:aws:states:::states:startExecution.sync:2", "'Parameters': "
                + "{'StateMachineArn': 'arn:aws:states:us-east-1:123456789012:stateMachine:child', 'Input': {}},"),
                "{}", TaskMocks.builder().respond("T", new TaskOutcome.Callback(json("{'ExecutionArn': 'a'}"),
                        TaskOutcome.success(json("{'Output': {}}")))).build());

        assertThat(types(execution)).containsSubsequence("TaskScheduled", "TaskStarted", "TaskSubmitted",
                "TaskSucceeded");
        assertThat(execution.output()).isEqualTo(json("{'Output': {}}"));
    }

    @Test
    void a_callback_task_waits_for_send_task_success_and_outputs_what_it_sent() {
        ExecutionSession session = StateMachineRunner.create(AslParser.parse(task(CALLBACK, TOKEN_PARAMETERS)
                .replace('\'', '"')).orThrow(), TaskMocks.builder().state("T").awaitsCallback(json("{}")).build())
                .start(json("{}"));
        session.advanceBy(Duration.ofHours(2));
        String token = session.taskToken("T");

        Execution execution = session.sendTaskSuccess(token, json("{'done': true}")).runToCompletion();

        assertThat(execution.output()).isEqualTo(json("{'done': true}"));
        assertThat(execution.virtualDuration()).isEqualTo(Duration.ofHours(2));
    }

    @Test
    void send_task_failure_fails_the_callback_task_with_its_error_and_cause() {
        Execution execution = run(task(CALLBACK, TOKEN_PARAMETERS), "{}", TaskMocks.builder().respond("T",
                new TaskOutcome.Callback(json("{}"), TaskOutcome.failure("Worker.Error", "it broke"))).build());

        assertThat(execution.error()).isEqualTo("Worker.Error");
        assertThat(execution.cause()).isEqualTo("it broke");
        assertThat(first(execution, "TaskFailed").detail("error")).isEqualTo(json("'Worker.Error'"));
    }

    @Test
    void a_heartbeat_keeps_a_callback_task_alive_and_a_missed_one_times_it_out_with_states_timeout() {
        Execution alive = run(task(CALLBACK, TOKEN_PARAMETERS + " 'HeartbeatSeconds': 10,"), "{}",
                TaskMocks.builder().respond("T", new TaskOutcome.Callback(json("{}"), new TaskOutcome.Success(
                        json("{'ok': 1}"), Duration.ofSeconds(25), List.of(Duration.ofSeconds(8),
                        Duration.ofSeconds(16), Duration.ofSeconds(24))))).build());
        Execution missed = run(task(CALLBACK, TOKEN_PARAMETERS + " 'HeartbeatSeconds': 10,"), "{}",
                TaskMocks.builder().respond("T", new TaskOutcome.Callback(json("{}"),
                        TaskOutcome.NoResponse.silent())).build());

        assertThat(alive.output()).isEqualTo(json("{'ok': 1}"));
        assertThat(missed.error()).isEqualTo("States.Timeout");
        assertThat(missed.virtualDuration()).isEqualTo(Duration.ofSeconds(10));
        assertThat(first(missed, "TaskTimedOut").detail("error")).isEqualTo(json("'States.Timeout'"));
    }

    @Test
    void timeout_seconds_ends_a_task_with_states_timeout_and_task_timed_out() {
        Execution execution = run(task("arn:aws:states:::lambda:invoke", "'Parameters': {'FunctionName': 'f'}, "
                + "'TimeoutSeconds': 5,"), "{}", TaskMocks.builder().respond("T", TaskOutcome.NoResponse.silent())
                .build());

        assertThat(execution.error()).isEqualTo("States.Timeout");
        assertThat(execution.virtualDuration()).isEqualTo(Duration.ofSeconds(5));
        assertThat(first(execution, "TaskScheduled").detail("timeoutInSeconds")).isEqualTo(json("5"));
        assertThat(types(execution)).containsSubsequence("TaskStarted", "TaskTimedOut", "ExecutionFailed");
    }

    @Test
    void timeout_seconds_path_and_heartbeat_seconds_path_read_the_input() {
        Execution execution = run(task(CALLBACK, TOKEN_PARAMETERS + " 'TimeoutSecondsPath': '$.t', "
                + "'HeartbeatSecondsPath': '$.h',"), "{'t': 30, 'h': 4}", TaskMocks.builder().respond("T",
                new TaskOutcome.Callback(json("{}"), TaskOutcome.NoResponse.silent())).build());

        assertThat(first(execution, "TaskScheduled").detail("timeoutInSeconds")).isEqualTo(json("30"));
        assertThat(first(execution, "TaskScheduled").detail("heartbeatInSeconds")).isEqualTo(json("4"));
        assertThat(execution.virtualDuration()).isEqualTo(Duration.ofSeconds(4));
    }

    @Test
    void jsonata_timeout_and_heartbeat_seconds_take_expressions() {
        Execution execution = run("""
                {'QueryLanguage': 'JSONata', 'StartAt': 'T', 'States': {'T': {'Type': 'Task',
                  'Resource': 'arn:aws:states:::sqs:sendMessage.waitForTaskToken',
                  'Arguments': {'QueueUrl': 'q', 'MessageBody': {'token': '{% $states.context.Task.Token %}'}},
                  'TimeoutSeconds': '{% $states.input.t %}', 'HeartbeatSeconds': '{% $states.input.h %}',
                  'End': true}}}""", "{'t': 30, 'h': 4}", TaskMocks.builder().respond("T",
                new TaskOutcome.Callback(json("{}"), TaskOutcome.NoResponse.silent())).build());

        assertThat(first(execution, "TaskScheduled").detail("heartbeatInSeconds")).isEqualTo(json("4"));
        assertThat(execution.virtualDuration()).isEqualTo(Duration.ofSeconds(4));
    }

    @Test
    void heartbeat_seconds_must_be_smaller_than_timeout_seconds() {
        assertThat(AslParser.parse(task(CALLBACK, TOKEN_PARAMETERS + " 'TimeoutSeconds': 5, "
                + "'HeartbeatSeconds': 5,").replace('\'', '"')).errors()).isNotEmpty();
    }

    @Test
    void an_activity_task_records_activity_events() {
        Execution execution = run(task("arn:aws:states:us-east-1:123456789012:activity:work", ""), "{'x': 1}",
                request -> TaskOutcome.success(json("{'y': 2}")));

        assertThat(types(execution)).containsSubsequence("ActivityScheduled", "ActivityStarted",
                "ActivitySucceeded");
        assertThat(execution.output()).isEqualTo(json("{'y': 2}"));
    }

    @Test
    void a_legacy_lambda_arn_records_lambda_function_events() {
        Execution execution = run(task("arn:aws:lambda:us-east-1:123456789012:function:f", ""), "{'x': 1}",
                request -> TaskOutcome.success(json("{'y': 2}")));

        assertThat(types(execution)).containsSubsequence("LambdaFunctionScheduled", "LambdaFunctionStarted",
                "LambdaFunctionSucceeded");
    }

    @Test
    void the_task_token_is_in_the_context_object_of_a_callback_task() {
        Execution execution = run(task(CALLBACK, TOKEN_PARAMETERS), "{}", TaskMocks.builder().respond("T",
                new TaskOutcome.Callback(json("{}"), TaskOutcome.success(json("{}")))).build());

        assertThat(first(execution, "TaskScheduled").detail("parameters").get("MessageBody").get("token").asText())
                .isNotBlank();
        assertThat(execution.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    }
}
