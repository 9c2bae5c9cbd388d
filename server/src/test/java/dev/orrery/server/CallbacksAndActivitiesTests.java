package dev.orrery.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.DescribeExecutionResponse;
import software.amazon.awssdk.services.sfn.model.ExecutionStatus;
import software.amazon.awssdk.services.sfn.model.GetActivityTaskResponse;
import software.amazon.awssdk.services.sfn.model.HistoryEvent;
import software.amazon.awssdk.services.sfn.model.HistoryEventType;
import software.amazon.awssdk.services.sfn.model.InvalidTokenException;
import software.amazon.awssdk.services.sfn.model.TaskTimedOutException;

/** Callbacks answered with SendTask*, activity workers, StopExecution and the virtual clock, through the SDK. */
@StepFunctionsEndpoint
class CallbacksAndActivitiesTests {

    private static final String APPROVAL = """
            {"StartAt": "AskForApproval", "States": {
              "AskForApproval": {"Type": "Task", "Resource": "arn:aws:states:::sqs:sendMessage.waitForTaskToken",
                "Parameters": {"QueueUrl": "https://sqs.us-east-1.amazonaws.com/123456789012/approvals",
                               "MessageBody": {"order.$": "$.order", "token.$": "$$.Task.Token"}},
                "TimeoutSeconds": 86400, "Next": "Approved?"},
              "Approved?": {"Type": "Choice", "Choices": [{"Variable": "$.approved", "BooleanEquals": true,
                "Next": "Ship"}], "Default": "Rejected"},
              "Ship": {"Type": "Succeed"},
              "Rejected": {"Type": "Fail", "Error": "Rejected", "Cause": "Nobody approved"}}}""";

    SfnClient sfn;

    @BeforeEach
    void client(URI endpoint) {
        sfn = Sfn.client(endpoint);
    }

    private String create(String name, String definition) {
        return sfn.createStateMachine(r -> r.name(name).definition(definition).roleArn(Sfn.ROLE)).stateMachineArn();
    }

    private String taskToken(String executionArn) {
        List<HistoryEvent> events = sfn.getExecutionHistory(r -> r.executionArn(executionArn)).events();
        String parameters = events.stream().filter(e -> e.type() == HistoryEventType.TASK_SCHEDULED)
                .findFirst().orElseThrow().taskScheduledEventDetails().parameters();
        return parameters.replaceAll(".*\"token\":\"([^\"]+)\".*", "$1");
    }

    @Test
    void resumes_a_human_approval_answered_with_send_task_success() {
        String machine = create("HumanApproval", APPROVAL);
        String execution = sfn.startExecution(r -> r.stateMachineArn(machine).input("{\"order\": 42}"))
                .executionArn();
        assertThat(sfn.describeExecution(r -> r.executionArn(execution)).status()).isEqualTo(ExecutionStatus.RUNNING);

        sfn.sendTaskSuccess(r -> r.taskToken(taskToken(execution)).output("{\"approved\": true}"));

        DescribeExecutionResponse described = sfn.describeExecution(r -> r.executionArn(execution));
        assertThat(described.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        assertThat(described.output()).isEqualTo("{\"approved\":true}");
    }

    @Test
    void fails_the_task_answered_with_send_task_failure_and_refuses_the_token_afterwards() {
        String machine = create("HumanApprovalFailure", APPROVAL);
        String execution = sfn.startExecution(r -> r.stateMachineArn(machine).input("{\"order\": 1}"))
                .executionArn();
        String token = taskToken(execution);

        sfn.sendTaskFailure(r -> r.taskToken(token).error("Declined").cause("too expensive"));

        DescribeExecutionResponse described = sfn.describeExecution(r -> r.executionArn(execution));
        assertThat(described.status()).isEqualTo(ExecutionStatus.FAILED);
        assertThat(described.error()).isEqualTo("Declined");
        assertThatThrownBy(() -> sfn.sendTaskSuccess(r -> r.taskToken(token).output("{}")))
                .isInstanceOf(TaskTimedOutException.class)
                .hasMessageContaining("Provided task does not exist anymore");
        assertThatThrownBy(() -> sfn.sendTaskHeartbeat(r -> r.taskToken("not-a-token")))
                .isInstanceOf(InvalidTokenException.class);
    }

    @Test
    void records_a_send_task_failure_without_error_and_cause_as_a_failure_with_neither() {
        String machine = create("HumanApprovalNoError", APPROVAL);
        String execution = sfn.startExecution(r -> r.stateMachineArn(machine).input("{\"order\": 2}"))
                .executionArn();

        sfn.sendTaskFailure(r -> r.taskToken(taskToken(execution)));

        DescribeExecutionResponse described = sfn.describeExecution(r -> r.executionArn(execution));
        assertThat(described.status()).isEqualTo(ExecutionStatus.FAILED);
        assertThat(described.error()).isNull();
        assertThat(described.cause()).isNull();
        HistoryEvent failed = sfn.getExecutionHistory(r -> r.executionArn(execution)).events().stream()
                .filter(e -> e.type() == HistoryEventType.TASK_FAILED).findFirst().orElseThrow();
        assertThat(failed.taskFailedEventDetails().error()).isNull();
        assertThat(failed.taskFailedEventDetails().cause()).isNull();
    }

    @Test
    void times_a_callback_out_when_a_client_advances_the_virtual_clock() throws Exception {
        String machine = create("HumanApprovalTimeout", APPROVAL);
        String execution = sfn.startExecution(r -> r.stateMachineArn(machine).input("{\"order\": 7}"))
                .executionArn();

        String answer = Raw.call(sfn, "OrreryAdvanceTime",
                "{\"executionArn\": \"" + execution + "\", \"seconds\": 86400}");

        assertThat(answer).contains("\"status\":\"FAILED\"");
        DescribeExecutionResponse described = sfn.describeExecution(r -> r.executionArn(execution));
        assertThat(described.error()).isEqualTo("States.Timeout");
        assertThat(Duration.between(described.startDate(), described.stopDate())).isEqualTo(Duration.ofDays(1));
    }

    @Test
    void hands_an_activity_task_to_a_worker_polling_get_activity_task() throws Exception {
        String activity = sfn.createActivity(r -> r.name("ChargeCard")).activityArn();
        String machine = create("ActivityWorker", """
                {"StartAt": "Charge", "States": {"Charge": {"Type": "Task", "Resource": "%s", "End": true}}}"""
                .formatted(activity));
        CompletableFuture<GetActivityTaskResponse> worker = CompletableFuture.supplyAsync(
                () -> sfn.getActivityTask(r -> r.activityArn(activity).workerName("worker-1")));
        String execution = sfn.startExecution(r -> r.stateMachineArn(machine).input("{\"amount\": 5}"))
                .executionArn();

        GetActivityTaskResponse task = worker.get(10, TimeUnit.SECONDS);
        if (task.taskToken() == null) {
            task = sfn.getActivityTask(r -> r.activityArn(activity).workerName("worker-1"));
        }
        String token = task.taskToken();
        sfn.sendTaskSuccess(r -> r.taskToken(token).output("{\"charged\": 5}"));

        assertThat(task.input()).isEqualTo("{\"amount\":5}");
        DescribeExecutionResponse described = sfn.describeExecution(r -> r.executionArn(execution));
        assertThat(described.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        assertThat(described.output()).isEqualTo("{\"charged\":5}");
        assertThat(sfn.getExecutionHistory(r -> r.executionArn(execution)).events())
                .extracting(HistoryEvent::type).contains(HistoryEventType.ACTIVITY_STARTED);
    }

    @Test
    void answers_get_activity_task_without_a_token_when_no_task_waits() {
        String activity = sfn.createActivity(r -> r.name("Idle")).activityArn();
        Instant before = Instant.now();

        GetActivityTaskResponse task = sfn.getActivityTask(r -> r.activityArn(activity));

        assertThat(task.taskToken()).isNull();
        assertThat(Duration.between(before, Instant.now())).isLessThan(Duration.ofSeconds(10));
    }

    @Test
    void aborts_an_execution_stopped_with_stop_execution() {
        String machine = create("Stopped", APPROVAL);
        String execution = sfn.startExecution(r -> r.stateMachineArn(machine).input("{\"order\": 3}"))
                .executionArn();

        sfn.stopExecution(r -> r.executionArn(execution).error("Cancelled").cause("by the test"));

        DescribeExecutionResponse described = sfn.describeExecution(r -> r.executionArn(execution));
        assertThat(described.status()).isEqualTo(ExecutionStatus.ABORTED);
        assertThat(described.error()).isEqualTo("Cancelled");
        List<HistoryEvent> events = sfn.getExecutionHistory(r -> r.executionArn(execution)).events();
        assertThat(events.get(events.size() - 1).type()).isEqualTo(HistoryEventType.EXECUTION_ABORTED);
        assertThat(events.get(events.size() - 1).executionAbortedEventDetails().cause()).isEqualTo("by the test");
    }

    @Test
    void runs_an_express_machine_synchronously() {
        String machine = sfn.createStateMachine(r -> r.name("Express").type("EXPRESS").roleArn(Sfn.ROLE)
                .definition("""
                        {"StartAt": "Wait", "States": {"Wait": {"Type": "Wait", "Seconds": 2, "Next": "Done"},
                          "Done": {"Type": "Pass", "Result": {"ok": true}, "End": true}}}""")).stateMachineArn();

        var result = sfn.startSyncExecution(r -> r.stateMachineArn(machine).input("{}"));

        assertThat(result.statusAsString()).isEqualTo("SUCCEEDED");
        assertThat(result.output()).isEqualTo("{\"ok\":true}");
        assertThat(result.billingDetails().billedDurationInMilliseconds()).isEqualTo(2000);
        assertThat(SdkBytes.fromUtf8String(result.executionArn()).asUtf8String()).contains(":express:Express:");
    }
}
