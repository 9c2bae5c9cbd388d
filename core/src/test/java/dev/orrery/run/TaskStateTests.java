package dev.orrery.run;

import static dev.orrery.run.Runs.json;
import static dev.orrery.run.Runs.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.orrery.history.HistoryEvent;
import dev.orrery.mock.TaskMocks;
import dev.orrery.spi.TaskOutcome;
import dev.orrery.spi.TaskRequest;
import dev.orrery.spi.UnmockedTaskException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TaskStateTests {

    private static final String LAMBDA_INVOKE = """
            {'StartAt': 'Charge', 'States': {'Charge': {'Type': 'Task', 'Resource': 'arn:aws:states:::lambda:invoke',
             'Parameters': {'FunctionName': 'charge', 'Payload.$': '$'},
             'ResultSelector': {'receipt.$': '$.Payload.receipt'}, 'ResultPath': '$.charge', 'End': true}}}""";

    @Test
    void an_optimized_integration_records_task_events_with_resource_and_parameters() {
        // GIVEN
        TaskMocks mocks = TaskMocks.builder().returns("Charge", json("{'Payload': {'receipt': 'r-1'}}")).build();
        // WHEN
        Execution execution = run(LAMBDA_INVOKE, "{'amount': 5}", mocks);
        // THEN
        assertThat(execution.output()).isEqualTo(json("{'amount': 5, 'charge': {'receipt': 'r-1'}}"));
        assertThat(execution.history().types()).containsExactly("ExecutionStarted", "TaskStateEntered",
                "TaskScheduled", "TaskStarted", "TaskSucceeded", "TaskStateExited", "ExecutionSucceeded");
        HistoryEvent scheduled = execution.history().events().get(2);
        assertThat(scheduled.details()).isEqualTo(json("""
                {'resource': 'invoke', 'resourceType': 'lambda', 'region': 'us-east-1',
                 'parameters': {'FunctionName': 'charge', 'Payload': {'amount': 5}}}"""));
    }

    @Test
    void a_lambda_function_arn_records_lambda_function_events() {
        TaskMocks mocks = TaskMocks.builder().returns("L", json("{'ok': true}")).build();

        Execution execution = run("""
                {'StartAt': 'L', 'States': {'L': {'Type': 'Task',
                 'Resource': 'arn:aws:lambda:us-east-1:123456789012:function:f', 'End': true}}}""", "{}", mocks);

        assertThat(execution.history().types()).containsExactly("ExecutionStarted", "TaskStateEntered",
                "LambdaFunctionScheduled", "LambdaFunctionStarted", "LambdaFunctionSucceeded", "TaskStateExited",
                "ExecutionSucceeded");
        assertThat(execution.output()).isEqualTo(json("{'ok': true}"));
    }

    @Test
    void the_mock_latency_advances_the_virtual_clock() {
        TaskMocks mocks = TaskMocks.builder()
                .respond("Charge", new TaskOutcome.Success(json("{'Payload': {'receipt': 1}}"), Duration.ofHours(2)))
                .build();

        Execution execution = run(LAMBDA_INVOKE, "{}", mocks);

        assertThat(execution.virtualDuration()).isEqualTo(Duration.ofHours(2));
    }

    @Test
    void an_uncaught_task_failure_fails_the_execution_with_the_task_error() {
        TaskMocks mocks = TaskMocks.builder().fails("Charge", "Payment.Declined", "card expired").build();

        Execution execution = run(LAMBDA_INVOKE, "{}", mocks);

        assertThat(execution.status()).isEqualTo(ExecutionStatus.FAILED);
        assertThat(execution.error()).isEqualTo("Payment.Declined");
        assertThat(execution.cause()).isEqualTo("card expired");
        assertThat(execution.history().types()).endsWith("TaskFailed", "ExecutionFailed");
    }

    @Test
    void a_task_slower_than_its_timeout_fails_with_states_timeout_at_the_deadline() {
        TaskMocks mocks = TaskMocks.builder()
                .respond("T", new TaskOutcome.Success(json("{}"), Duration.ofMinutes(10))).build();

        Execution execution = run("""
                {'StartAt': 'T', 'States': {'T': {'Type': 'Task', 'Resource': 'arn:aws:states:::sqs:sendMessage',
                 'TimeoutSeconds': 5, 'End': true}}}""", "{}", mocks);

        assertThat(execution.error()).isEqualTo("States.Timeout");
        assertThat(execution.virtualDuration()).isEqualTo(Duration.ofSeconds(5));
        assertThat(execution.history().types()).contains("TaskTimedOut");
    }

    @Test
    void the_integration_sees_the_per_state_call_counter_and_context() {
        List<TaskRequest> requests = new ArrayList<>();
        Execution execution = run("""
                {'StartAt': 'T', 'States': {'T': {'Type': 'Task', 'Resource': 'arn:aws:states:::sns:publish',
                 'ResultPath': null, 'Next': 'Again'}, 'Again': {'Type': 'Pass', 'Next': 'T2'},
                 'T2': {'Type': 'Task', 'Resource': 'arn:aws:states:::sns:publish', 'End': true}}}""", "{}",
                request -> {
                    requests.add(request);
                    return TaskOutcome.success(json("{}"));
                });

        assertThat(execution.succeeded()).isTrue();
        assertThat(requests).extracting(TaskRequest::stateName).containsExactly("T", "T2");
        assertThat(requests).extracting(TaskRequest::invocation).containsExactly(0, 0);
        assertThat(requests.get(0).context().at("/State/Name").asText()).isEqualTo("T");
    }

    @Test
    void a_request_kept_and_read_after_the_run_still_carries_the_context_of_its_own_attempt() {
        List<TaskRequest> requests = new ArrayList<>();
        Execution execution = run("""
                {'StartAt': 'T', 'States': {'T': {'Type': 'Task', 'Resource': 'arn:aws:states:::sns:publish',
                 'Retry': [{'ErrorEquals': ['E'], 'IntervalSeconds': 2}], 'End': true}}}""", "{}",
                request -> {
                    requests.add(request);
                    return requests.size() < 3 ? TaskOutcome.failure("E", null) : TaskOutcome.success(json("{}"));
                });

        assertThat(execution.succeeded()).isTrue();
        assertThat(requests).extracting(request -> request.context().at("/State/RetryCount").asInt())
                .containsExactly(0, 1, 2);
        assertThat(requests).extracting(request -> request.contextAt("/State/EnteredTime").asText())
                .containsOnly(requests.get(0).context().at("/State/EnteredTime").asText());
        assertThat(requests.get(2).context().at("/Execution/Id").asText()).isEqualTo(execution.executionArn());
    }

    @Test
    void an_unmocked_task_fails_closed_with_a_fix_it_message() {
        assertThatThrownBy(() -> run(LAMBDA_INVOKE, "{}", TaskMocks.none()))
                .isInstanceOf(UnmockedTaskException.class)
                .hasMessageContaining("No mocked response for Task state \"Charge\"")
                .hasMessageContaining("arn:aws:states:::lambda:invoke")
                .hasMessageContaining("TaskMocks.builder().returns(\"Charge\", result)");
    }

    @Test
    void step_functions_local_responses_follow_the_call_counter() {
        TaskMocks mocks = TaskMocks.fromStepFunctionsLocal(json("""
                {'T': {'0': {'Throw': {'Error': 'E', 'Cause': 'c'}}, '1': {'Return': {'n': 2}}}}"""));

        Execution execution = run("""
                {'StartAt': 'T', 'States': {'T': {'Type': 'Task', 'Resource': 'arn:aws:states:::sns:publish',
                 'Retry': [{'ErrorEquals': ['E'], 'IntervalSeconds': 1}], 'End': true}}}""", "{}", mocks);

        assertThat(execution.output()).isEqualTo(json("{'n': 2}"));
    }

    @Test
    void a_task_that_never_answers_times_out_at_its_deadline() {
        TaskMocks mocks = TaskMocks.builder().respond("T", TaskOutcome.NoResponse.silent()).build();

        Execution execution = run("""
                {'StartAt': 'T', 'States': {'T': {'Type': 'Task', 'Resource': 'arn:aws:states:::sqs:sendMessage',
                 'TimeoutSeconds': 600, 'End': true}}}""", "{}", mocks);

        assertThat(execution.error()).isEqualTo("States.Timeout");
        assertThat(execution.virtualDuration()).isEqualTo(Duration.ofMinutes(10));
    }

    @Test
    void a_task_that_never_answers_without_any_timeout_stops_the_run_with_an_explanation() {
        TaskMocks mocks = TaskMocks.builder().respond("T", TaskOutcome.NoResponse.silent()).build();

        assertThatThrownBy(() -> run("""
                {'StartAt': 'T', 'States': {'T': {'Type': 'Task', 'Resource': 'arn:aws:states:::sqs:sendMessage',
                 'End': true}}}""", "{}", mocks))
                .isInstanceOf(ExecutionLimitExceededException.class)
                .hasMessageContaining("waits for a task that never answers");
    }
}
