package dev.orrery.mock;

import static dev.orrery.mock.MockRuns.json;
import static dev.orrery.mock.MockRuns.run;
import static dev.orrery.mock.MockRuns.task;
import static org.assertj.core.api.Assertions.assertThat;

import dev.orrery.history.HistoryEvent;
import dev.orrery.run.Execution;
import dev.orrery.run.ExecutionStatus;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class EcsRunTaskFailuresTests {

    private static final String PARAMETERS = "'Parameters':{'Cluster':'etl','TaskDefinition':'etl:3',"
            + "'Overrides':{'ContainerOverrides':[{'Name':'worker','Environment':[{'Name':'TOKEN',"
            + "'Value.$':'$$.Task.Token'}]}]}}";
    private static final String FAILED_PLACEMENT = "{'Tasks': [], 'Failures': [{'Arn': "
            + "'arn:aws:ecs:us-east-1:123456789012:container-instance/etl/1', 'Reason': 'RESOURCE:MEMORY'}]}";
    private static final String CAUSE =
            "[{\"Arn\":\"arn:aws:ecs:us-east-1:123456789012:container-instance/etl/1\",\"Reason\":\"RESOURCE:MEMORY\"}]";

    private static List<String> types(Execution execution) {
        return execution.history().events().stream().map(HistoryEvent::type).toList();
    }

    @Test
    void a_sync_task_whose_run_task_reports_failures_fails_with_amazon_ecs_unknown() {
        MockSession calls = TaskMocks.builder().state("Work").runsJob(JobPolls.every(Duration.ofMinutes(1))
                .submitted(json(FAILED_PLACEMENT))).build().session();

        Execution execution = run(task("arn:aws:states:::ecs:runTask.sync", PARAMETERS), calls, "{}");

        assertThat(execution.error()).isEqualTo("AmazonECS.Unknown");
        assertThat(execution.cause()).isEqualTo(CAUSE);
        assertThat(types(execution)).containsExactly("ExecutionStarted", "TaskStateEntered", "TaskScheduled",
                "TaskStarted", "TaskFailed", "ExecutionFailed");
        assertThat(execution.virtualDuration()).isZero();
        assertThat(calls.calls("Work")).hasSize(1);
        assertThat(calls.polls("Work")).isEmpty();
    }

    @Test
    void a_wait_for_task_token_task_whose_run_task_reports_failures_is_caught_by_its_error_name() {
        String definition = "{'StartAt':'Work','States':{'Work':{'Type':'Task',"
                + "'Resource':'arn:aws:states:::ecs:runTask.waitForTaskToken'," + PARAMETERS + ","
                + "'Catch':[{'ErrorEquals':['AmazonECS.Unknown'],'Next':'NoCapacity'}],'End':true},"
                + "'NoCapacity':{'Type':'Pass','End':true}}}";
        TaskMocks mocks = TaskMocks.builder().state("Work").awaitsCallback(json(FAILED_PLACEMENT)).build();

        Execution execution = run(definition, mocks, "{}");

        assertThat(execution.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        assertThat(execution.path()).containsExactly("Work", "NoCapacity");
        assertThat(execution.output()).isEqualTo(json("{'Error': 'AmazonECS.Unknown', 'Cause': '"
                + CAUSE.replace("\"", "\\\"") + "'}".replace('\'', '"')));
    }

    @Test
    void an_empty_failures_field_lets_the_job_run() {
        JobPolls placed = JobPolls.every(Duration.ofMinutes(1))
                .submitted(json("{'Tasks': [{'TaskArn': 't-1', 'LastStatus': 'PROVISIONING'}], 'Failures': []}"))
                .polls(json("{'TaskArn': 't-1', 'LastStatus': 'RUNNING'}"),
                        json("{'TaskArn': 't-1', 'LastStatus': 'STOPPED'}"));

        Execution execution = run(task("arn:aws:states:::ecs:runTask.sync", PARAMETERS),
                TaskMocks.builder().state("Work").runsJob(placed).build(), "{}");

        assertThat(execution.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        assertThat(execution.output()).isEqualTo(json("{'TaskArn': 't-1', 'LastStatus': 'STOPPED'}"));
        assertThat(types(execution)).contains("TaskSubmitted", "TaskSucceeded");
    }

    @Test
    void request_response_run_task_returns_its_failures_without_failing() {
        Execution execution = run(task("arn:aws:states:::ecs:runTask",
                        "'Parameters':{'Cluster':'etl','TaskDefinition':'etl:3'}"),
                TaskMocks.builder().returns("Work", json(FAILED_PLACEMENT)).build(), "{}");

        assertThat(execution.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        assertThat(execution.output()).isEqualTo(json(FAILED_PLACEMENT));
    }
}
