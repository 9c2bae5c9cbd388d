package dev.orrery.docs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.orrery.mock.TaskMocks;
import dev.orrery.parse.AslParser;
import dev.orrery.run.Execution;
import dev.orrery.run.ExecutionSession;
import dev.orrery.run.ExecutionStatus;
import dev.orrery.run.PendingCallback;
import dev.orrery.run.StateMachineRunner;
import dev.orrery.spi.TaskOutcome;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The snippets of docs/guides/callbacks.md, compiled and run. */
class CallbacksExampleTests {

    private static final ObjectMapper JSON = new ObjectMapper();

    // tag::definition[]
    static final String APPROVAL = """
            {"StartAt": "RequestApproval",
             "States": {
               "RequestApproval": {"Type": "Task",
                 "Resource": "arn:aws:states:::sqs:sendMessage.waitForTaskToken",
                 "Parameters": {"QueueUrl": "https://sqs.us-east-1.amazonaws.com/123456789012/reviews",
                                "MessageBody": {"order.$": "$.order", "taskToken.$": "$$.Task.Token"}},
                 "TimeoutSeconds": 86400, "ResultPath": "$.review", "Next": "Approved?"},
               "Approved?": {"Type": "Choice", "Default": "Rejected",
                 "Choices": [{"Variable": "$.review.approved", "BooleanEquals": true, "Next": "Ship"}]},
               "Ship": {"Type": "Pass", "End": true},
               "Rejected": {"Type": "Fail", "Error": "OrderRejected", "Cause": "The reviewer said no"}}}""";
    // end::definition[]

    private static JsonNode json(String text) throws Exception {
        return JSON.readTree(text);
    }

    @Test
    void an_approval_continues_the_workflow() throws Exception {
        // tag::approve[]
        TaskMocks mocks = TaskMocks.builder().state("RequestApproval").awaitsCallback().build();
        StateMachineRunner runner = StateMachineRunner.create(AslParser.parse(APPROVAL).orThrow(), mocks);

        ExecutionSession session = runner.start(json("{\"order\": \"o-42\"}"));
        session.advanceBy(Duration.ofHours(2));
        session.sendTaskSuccess(session.taskToken("RequestApproval"), json("{\"approved\": true}"));
        Execution execution = session.runToCompletion();

        assertThat(execution.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        assertThat(execution.path()).containsExactly("RequestApproval", "Approved?", "Ship");
        assertThat(execution.virtualDuration()).isEqualTo(Duration.ofHours(2));
        // end::approve[]
    }

    @Test
    void a_rejection_fails_it() throws Exception {
        TaskMocks mocks = TaskMocks.builder().state("RequestApproval").awaitsCallback().build();
        StateMachineRunner runner = StateMachineRunner.create(AslParser.parse(APPROVAL).orThrow(), mocks);
        // tag::reject[]
        ExecutionSession session = runner.start(json("{\"order\": \"o-42\"}"));
        PendingCallback review = session.pendingCallback("RequestApproval");
        assertThat(review.parameters().at("/MessageBody/order").asText()).isEqualTo("o-42");

        Execution execution = session.sendTaskSuccess(review.taskToken(), json("{\"approved\": false}"))
                .runToCompletion();

        assertThat(execution.error()).isEqualTo("OrderRejected");
        // end::reject[]
    }

    @Test
    void a_reviewer_who_never_answers_times_the_request_out() throws Exception {
        TaskMocks mocks = TaskMocks.builder().state("RequestApproval").awaitsCallback().build();
        StateMachineRunner runner = StateMachineRunner.create(AslParser.parse(APPROVAL).orThrow(), mocks);
        // tag::timeout[]
        Execution execution = runner.run(json("{\"order\": \"o-42\"}"));

        assertThat(execution.error()).isEqualTo("States.Timeout");
        assertThat(execution.virtualDuration()).isEqualTo(Duration.ofDays(1));
        // end::timeout[]
    }

    @Test
    void a_failure_sent_by_the_worker_fails_the_task() throws Exception {
        TaskMocks mocks = TaskMocks.builder().state("RequestApproval").awaitsCallback().build();
        StateMachineRunner runner = StateMachineRunner.create(AslParser.parse(APPROVAL).orThrow(), mocks);
        // tag::failure[]
        ExecutionSession session = runner.start(json("{\"order\": \"o-42\"}"));
        Execution execution = session
                .sendTaskFailure(session.taskToken("RequestApproval"), "Review.Unavailable", "queue purged")
                .runToCompletion();

        assertThat(execution.error()).isEqualTo("Review.Unavailable");
        assertThat(execution.cause()).isEqualTo("queue purged");
        // end::failure[]
    }

    @Test
    void a_worker_declared_by_the_integration_answers_on_its_own() throws Exception {
        // tag::worker[]
        TaskMocks mocks = TaskMocks.builder()
                .respond("RequestApproval", new TaskOutcome.Callback(json("{\"MessageId\": \"m-1\"}"),
                        new TaskOutcome.Success(json("{\"approved\": true}"), Duration.ofMinutes(30))))
                .build();
        Execution execution = StateMachineRunner.create(AslParser.parse(APPROVAL).orThrow(), mocks)
                .run(json("{\"order\": \"o-42\"}"));

        assertThat(execution.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        assertThat(execution.history().events().get(4).type()).isEqualTo("TaskSubmitted");
        assertThat(execution.virtualDuration()).isEqualTo(Duration.ofMinutes(30));
        // end::worker[]
    }

    @Test
    void a_nested_state_machine_runs_in_the_same_event_loop() throws Exception {
        // tag::nested[]
        String child = """
                {"StartAt": "Bill", "States": {
                  "Bill": {"Type": "Wait", "Seconds": 600, "Next": "Receipt"},
                  "Receipt": {"Type": "Pass", "Parameters": {"paid.$": "$.amount"}, "End": true}}}""";
        String parent = """
                {"StartAt": "Checkout", "States": {"Checkout": {"Type": "Task",
                  "Resource": "arn:aws:states:::states:startExecution.sync:2",
                  "Parameters": {"StateMachineArn": "arn:aws:states:us-east-1:123456789012:stateMachine:Billing",
                                 "Input": {"amount.$": "$.total"}},
                  "OutputPath": "$.Output", "End": true}}}""";
        StateMachineRunner runner = StateMachineRunner.create(AslParser.parse(parent).orThrow(), TaskMocks.none())
                .withNestedStateMachine("arn:aws:states:us-east-1:123456789012:stateMachine:Billing",
                        AslParser.parse(child).orThrow());

        Execution execution = runner.run(json("{\"total\": 30}"));

        assertThat(execution.output()).isEqualTo(json("{\"paid\": 30}"));
        assertThat(execution.virtualDuration()).isEqualTo(Duration.ofMinutes(10));
        // end::nested[]
    }

    @Test
    void test_code_plays_the_activity_worker() throws Exception {
        // tag::activity[]
        String definition = """
                {"StartAt": "Transcode", "States": {"Transcode": {"Type": "Task",
                  "Resource": "arn:aws:states:us-east-1:123456789012:activity:transcode",
                  "HeartbeatSeconds": 60, "End": true}}}""";
        TaskMocks worker = TaskMocks.builder().state("Transcode").awaitsCallback().build();
        ExecutionSession session = StateMachineRunner.create(AslParser.parse(definition).orThrow(), worker)
                .start(json("{\"video\": \"v1\"}"));

        String token = session.taskToken("Transcode");
        session.advanceBy(Duration.ofSeconds(50)).sendTaskHeartbeat(token);
        session.advanceBy(Duration.ofSeconds(50)).sendTaskSuccess(token, json("{\"done\": true}"));

        assertThat(session.runToCompletion().history().events())
                .extracting(event -> event.type())
                .contains("ActivityScheduled", "ActivityStarted", "ActivitySucceeded");
        // end::activity[]
    }
}
