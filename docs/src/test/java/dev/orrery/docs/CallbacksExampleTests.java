package dev.orrery.docs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.orrery.history.ExecutionHistory;
import dev.orrery.history.HistoryEvent;
import dev.orrery.history.LogLevel;
import dev.orrery.mock.JobPoll;
import dev.orrery.mock.JobPolls;
import dev.orrery.mock.MockSession;
import dev.orrery.mock.TaskMocks;
import dev.orrery.parse.AslParser;
import dev.orrery.run.Execution;
import dev.orrery.run.ExecutionOptions;
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

    @Test
    void a_worker_polls_for_its_activity_task() throws Exception {
        String definition = """
                {"StartAt": "Transcode", "States": {"Transcode": {"Type": "Task",
                  "Resource": "arn:aws:states:us-east-1:123456789012:activity:transcode",
                  "TimeoutSeconds": 600, "End": true}}}""";
        TaskMocks worker = TaskMocks.builder().state("Transcode").awaitsCallback().build();
        ExecutionSession session = StateMachineRunner.create(AslParser.parse(definition).orThrow(), worker)
                .start(json("{\"video\": \"v1\"}"));
        // tag::activity-poll[]
        String transcode = "arn:aws:states:us-east-1:123456789012:activity:transcode";
        session.advanceBy(Duration.ofSeconds(20));
        PendingCallback task = session.getActivityTask(transcode, "transcoder-1").orElseThrow();
        assertThat(task.parameters()).isEqualTo(json("{\"video\": \"v1\"}"));
        assertThat(session.getActivityTask(transcode, "transcoder-2")).isEmpty();

        Execution execution = session.sendTaskSuccess(task.taskToken(), json("{\"done\": true}"))
                .runToCompletion();

        assertThat(execution.history().events().get(3).details())
                .isEqualTo(json("{\"workerName\": \"transcoder-1\"}"));
        // end::activity-poll[]
    }

    @Test
    void a_task_on_an_activity_that_does_not_exist_fails() throws Exception {
        // tag::deleted-activity[]
        String definition = """
                {"StartAt": "Transcode", "States": {"Transcode": {"Type": "Task",
                  "Resource": "arn:aws:states:us-east-1:123456789012:activity:transcode", "End": true}}}""";
        StateMachineRunner runner = StateMachineRunner
                .create(AslParser.parse(definition).orThrow(), TaskMocks.none())
                .withActivities("arn:aws:states:us-east-1:123456789012:activity:thumbnail");

        Execution execution = runner.run(json("{\"video\": \"v1\"}"));

        assertThat(execution.error()).isEqualTo("States.Runtime");
        assertThat(execution.cause()).endsWith("The activity "
                + "arn:aws:states:us-east-1:123456789012:activity:transcode does not exist.");
        // end::deleted-activity[]
    }

    @Test
    void a_sync_job_is_mocked_as_its_polls() throws Exception {
        // tag::job-polls[]
        String definition = """
                {"StartAt": "Nightly", "States": {"Nightly": {"Type": "Task",
                  "Resource": "arn:aws:states:::batch:submitJob.sync",
                  "Parameters": {"JobName": "nightly", "JobQueue": "etl", "JobDefinition": "etl:3"},
                  "TimeoutSeconds": 3600, "End": true}}}""";
        TaskMocks mocks = TaskMocks.builder().state("Nightly").runsJob(JobPolls.every(Duration.ofMinutes(5))
                        .submitted(json("{\"JobId\": \"j-1\", \"JobName\": \"nightly\"}"))
                        .polls(json("{\"JobId\": \"j-1\", \"Status\": \"RUNNABLE\"}"),
                                json("{\"JobId\": \"j-1\", \"Status\": \"RUNNING\"}"),
                                json("{\"JobId\": \"j-1\", \"Status\": \"SUCCEEDED\"}")))
                .build();
        MockSession calls = mocks.session();

        Execution execution = StateMachineRunner.create(AslParser.parse(definition).orThrow(), calls)
                .run(json("{}"));

        assertThat(execution.output()).isEqualTo(json("{\"JobId\": \"j-1\", \"Status\": \"SUCCEEDED\"}"));
        assertThat(execution.virtualDuration()).isEqualTo(Duration.ofMinutes(15));
        assertThat(calls.polls("Nightly")).extracting(JobPoll::status)
                .containsExactly("RUNNABLE", "RUNNING", "SUCCEEDED");
        // end::job-polls[]
    }

    @Test
    void a_failed_sync_job_fails_the_task() throws Exception {
        // tag::job-failed[]
        String definition = """
                {"StartAt": "Crawl", "States": {"Crawl": {"Type": "Task",
                  "Resource": "arn:aws:states:::glue:startJobRun.sync",
                  "Parameters": {"JobName": "crawl"}, "End": true}}}""";
        TaskMocks mocks = TaskMocks.builder().state("Crawl").runsJob(JobPolls.every(Duration.ofSeconds(30))
                        .polls(json("{\"JobRunState\": \"RUNNING\"}"),
                                json("{\"JobRunState\": \"FAILED\", \"ErrorMessage\": \"out of memory\"}")))
                .build();

        Execution execution = StateMachineRunner.create(AslParser.parse(definition).orThrow(), mocks)
                .run(json("{}"));

        assertThat(execution.error()).isEqualTo("States.TaskFailed");
        assertThat(execution.cause()).isEqualTo("{\"JobRunState\":\"FAILED\",\"ErrorMessage\":\"out of memory\"}");
        // end::job-failed[]
    }

    @Test
    void an_ecs_task_that_cannot_be_placed_fails_with_amazon_ecs_unknown() throws Exception {
        // tag::ecs-failures[]
        String definition = """
                {"StartAt": "Transcode", "States": {"Transcode": {"Type": "Task",
                  "Resource": "arn:aws:states:::ecs:runTask.sync",
                  "Parameters": {"Cluster": "media", "TaskDefinition": "transcode:4"},
                  "Retry": [{"ErrorEquals": ["AmazonECS.Unknown"], "IntervalSeconds": 60, "MaxAttempts": 1}],
                  "End": true}}}""";
        TaskMocks mocks = TaskMocks.builder().state("Transcode").runsJob(JobPolls.every(Duration.ofSeconds(30))
                        .submitted(json("{\"Tasks\": [], \"Failures\": [{\"Reason\": \"RESOURCE:MEMORY\"}]}")))
                .build();

        Execution execution = StateMachineRunner.create(AslParser.parse(definition).orThrow(), mocks)
                .run(json("{}"));

        assertThat(execution.error()).isEqualTo("AmazonECS.Unknown");
        assertThat(execution.cause()).isEqualTo("[{\"Reason\":\"RESOURCE:MEMORY\"}]");
        assertThat(execution.visits().get(0).retries()).isEqualTo(1);
        // end::ecs-failures[]
    }

    @Test
    void an_express_execution_is_read_through_its_log_level() throws Exception {
        // tag::express-logs[]
        String definition = """
                {"StartAt": "Enrich", "States": {"Enrich": {"Type": "Task",
                  "Resource": "arn:aws:states:::lambda:invoke", "Parameters": {"FunctionName": "enrich"},
                  "Retry": [{"ErrorEquals": ["States.ALL"], "MaxAttempts": 1}], "End": true}}}""";
        TaskMocks mocks = TaskMocks.builder()
                .state("Enrich").fails("Lambda.ServiceException", "busy").thenReturns(json("{}"))
                .build();
        StateMachineRunner runner = StateMachineRunner.createExpress(AslParser.parse(definition).orThrow(), mocks,
                ExecutionOptions.defaults());

        ExecutionHistory history = runner.run(json("{}")).history();

        assertThat(runner.isExpress()).isTrue();
        assertThat(history.loggedAt(LogLevel.ERROR)).extracting(HistoryEvent::type).containsExactly("TaskFailed");
        assertThat(history.loggedAt(LogLevel.FATAL)).isEmpty();
        // end::express-logs[]
    }
}
