package dev.orrery.mock;

import static dev.orrery.mock.MockRuns.json;
import static dev.orrery.mock.MockRuns.run;
import static dev.orrery.mock.MockRuns.task;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.orrery.history.HistoryEvent;
import dev.orrery.run.Execution;
import dev.orrery.run.ExecutionLimitExceededException;
import dev.orrery.run.ExecutionStatus;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class JobPollsTests {

    private static final String BATCH = "arn:aws:states:::batch:submitJob.sync";

    private static final JobPolls BATCH_JOB = JobPolls.every(Duration.ofSeconds(30))
            .submitted(json("{'JobId': 'j-1', 'JobName': 'nightly'}"))
            .polls(json("{'JobId': 'j-1', 'Status': 'RUNNABLE'}"), json("{'JobId': 'j-1', 'Status': 'RUNNING'}"),
                    json("{'JobId': 'j-1', 'Status': 'SUCCEEDED', 'ExitCode': 0}"));

    private static List<String> types(Execution execution) {
        return execution.history().events().stream().map(HistoryEvent::type).toList();
    }

    @Test
    void a_job_succeeds_at_the_poll_that_reads_its_terminal_status() {
        Execution execution = run(task(BATCH, ""), TaskMocks.builder().state("Work").runsJob(BATCH_JOB).build(),
                "{}");

        assertThat(execution.output()).isEqualTo(json("{'JobId': 'j-1', 'Status': 'SUCCEEDED', 'ExitCode': 0}"));
        assertThat(execution.virtualDuration()).isEqualTo(Duration.ofSeconds(90));
        assertThat(types(execution)).containsExactly("ExecutionStarted", "TaskStateEntered", "TaskScheduled",
                "TaskStarted", "TaskSubmitted", "TaskSucceeded", "TaskStateExited", "ExecutionSucceeded");
        assertThat(execution.history().events().get(4).details().get("output"))
                .isEqualTo(json("{'JobId': 'j-1', 'JobName': 'nightly'}"));
    }

    @Test
    void a_failed_job_fails_the_task_with_its_description_as_cause() {
        JobPolls failing = JobPolls.every(Duration.ofMinutes(1)).polls(json("{'Status': 'RUNNING'}"),
                json("{'Status': 'FAILED', 'StatusReason': 'Essential container in task exited'}"));

        Execution execution = run(task(BATCH, ""), TaskMocks.builder().state("Work").runsJob(failing).build(), "{}");

        assertThat(execution.error()).isEqualTo("States.TaskFailed");
        assertThat(execution.cause())
                .isEqualTo("{\"Status\":\"FAILED\",\"StatusReason\":\"Essential container in task exited\"}");
        assertThat(types(execution)).contains("TaskSubmitted", "TaskFailed");
        assertThat(execution.virtualDuration()).isEqualTo(Duration.ofMinutes(2));
    }

    @Test
    void a_failed_job_is_caught_as_a_task_failure() {
        String definition = "{'StartAt':'Work','States':{'Work':{'Type':'Task','Resource':'" + BATCH + "',"
                + "'Catch':[{'ErrorEquals':['States.TaskFailed'],'Next':'Report'}],'End':true},"
                + "'Report':{'Type':'Pass','End':true}}}";
        JobPolls failing = JobPolls.every(Duration.ofSeconds(10)).polls(json("{'Status': 'FAILED'}"));

        Execution execution = run(definition, TaskMocks.builder().state("Work").runsJob(failing).build(), "{}");

        assertThat(execution.path()).containsExactly("Work", "Report");
    }

    @Test
    void timeout_seconds_ends_a_job_that_polls_too_long() {
        Execution execution = run(task(BATCH, "'TimeoutSeconds': 60"),
                TaskMocks.builder().state("Work").runsJob(BATCH_JOB).build(), "{}");

        assertThat(execution.error()).isEqualTo("States.Timeout");
        assertThat(execution.virtualDuration()).isEqualTo(Duration.ofSeconds(60));
        assertThat(types(execution)).contains("TaskTimedOut");
    }

    @Test
    void a_job_whose_polls_run_out_keeps_running_until_its_timeout() {
        JobPolls stuck = JobPolls.every(Duration.ofMinutes(1)).polls(json("{'Status': 'RUNNING'}"));

        Execution execution = run(task(BATCH, "'TimeoutSeconds': 3600"),
                TaskMocks.builder().state("Work").runsJob(stuck).build(), "{}");

        assertThat(execution.error()).isEqualTo("States.Timeout");
        assertThat(execution.virtualDuration()).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void a_job_that_never_ends_without_timeout_cannot_progress() {
        JobPolls stuck = JobPolls.every(Duration.ofMinutes(1)).polls(json("{'Status': 'RUNNING'}"));

        assertThatThrownBy(() -> run(task(BATCH, ""), TaskMocks.builder().state("Work").runsJob(stuck).build(),
                "{}")).isInstanceOf(ExecutionLimitExceededException.class);
    }

    @Test
    void each_service_reports_its_status_in_its_own_field() {
        JobPolls glue = JobPolls.every(Duration.ofSeconds(5)).polls(json("{'JobRunState': 'RUNNING'}"),
                json("{'JobRunState': 'TIMEOUT', 'JobName': 'etl'}"));
        JobPolls ecs = JobPolls.every(Duration.ofSeconds(5)).polls(json("{'LastStatus': 'PENDING'}"),
                json("{'LastStatus': 'STOPPED', 'StopCode': 'EssentialContainerExited'}"));
        JobPolls athena = JobPolls.every(Duration.ofSeconds(5))
                .polls(json("{'QueryExecution': {'Status': {'State': 'SUCCEEDED'}}}"));

        assertThat(run(task("arn:aws:states:::glue:startJobRun.sync", ""),
                TaskMocks.builder().state("Work").runsJob(glue).build(), "{}").error())
                .isEqualTo("States.TaskFailed");
        assertThat(run(task("arn:aws:states:::ecs:runTask.sync", ""),
                TaskMocks.builder().state("Work").runsJob(ecs).build(), "{}").output().path("StopCode").asText())
                .isEqualTo("EssentialContainerExited");
        assertThat(run(task("arn:aws:states:::athena:startQueryExecution.sync", ""),
                TaskMocks.builder().state("Work").runsJob(athena).build(), "{}").status())
                .isEqualTo(ExecutionStatus.SUCCEEDED);
    }

    @Test
    void a_mocked_child_execution_that_fails_fails_the_task() {
        JobPolls child = JobPolls.every(Duration.ofSeconds(10))
                .submitted(json("{'ExecutionArn': 'arn:aws:states:us-east-1:123456789012:execution:Child:c1'}"))
                .polls(json("{'Status': 'RUNNING'}"), json("{'Error': 'Boom', 'Status': 'ABORTED'}"));

        Execution execution = run(task("arn:aws:states:::states:startExecution.sync:2", ""),
                TaskMocks.builder().state("Work").runsJob(child).build(), "{}");

        assertThat(execution.error()).isEqualTo("States.TaskFailed");
        assertThat(execution.cause()).isEqualTo("{\"Error\":\"Boom\",\"Status\":\"ABORTED\"}");
    }

    @Test
    void status_at_reads_the_status_of_an_api_orrery_does_not_know() {
        JobPolls eks = JobPolls.every(Duration.ofSeconds(20)).statusAt("/status/phase", List.of("Done"),
                List.of("Crashed")).polls(json("{'status': {'phase': 'Busy'}}"), json("{'status': {'phase': 'Done'}}"));

        Execution execution = run(task("arn:aws:states:::eks:runJob.sync", ""),
                TaskMocks.builder().state("Work").runsJob(eks).build(), "{}");

        assertThat(execution.output()).isEqualTo(json("{'status': {'phase': 'Done'}}"));
        assertThat(execution.virtualDuration()).isEqualTo(Duration.ofSeconds(40));
    }

    @Test
    void an_api_without_known_status_asks_for_status_at() {
        JobPolls eks = JobPolls.every(Duration.ofSeconds(20)).polls(json("{'status': 'Done'}"));

        assertThatThrownBy(() -> run(task("arn:aws:states:::eks:runJob.sync", ""),
                TaskMocks.builder().state("Work").runsJob(eks).build(), "{}"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("Orrery does not know where the job of arn:aws:states:::eks:runJob.sync "
                        + "(state \"Work\") reports its status: declare it with JobPolls.statusAt(")
                .hasMessageContaining("batch:submitJob");
    }

    @Test
    void polls_answer_only_sync_resources() {
        assertThatThrownBy(() -> run(task("arn:aws:states:::batch:submitJob", ""),
                TaskMocks.builder().state("Work").runsJob(BATCH_JOB).build(), "{}"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("State \"Work\" is mocked with job polls but its resource "
                        + "arn:aws:states:::batch:submitJob is no .sync or .sync:2 integration");
    }

    @Test
    void the_interval_must_be_positive() {
        assertThatThrownBy(() -> JobPolls.every(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the poll interval must be positive but was PT0S");
        assertThatThrownBy(() -> JobPolls.every(Duration.ofSeconds(1)).statusAt("Status", List.of(), List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void the_session_records_the_polls_up_to_the_terminal_one() {
        JobPolls early = BATCH_JOB.polls(json("{'Status': 'RUNNING'}"));
        MockSession session = TaskMocks.builder().state("Work").runsJob(early).build().session();

        run(task(BATCH, ""), session, "{}");

        assertThat(session.polls("Work"))
                .extracting(JobPoll::after, JobPoll::status, JobPoll::outcome)
                .containsExactly(tuple(Duration.ofSeconds(30), "RUNNABLE", JobPoll.Outcome.RUNNING),
                        tuple(Duration.ofSeconds(60), "RUNNING", JobPoll.Outcome.RUNNING),
                        tuple(Duration.ofSeconds(90), "SUCCEEDED", JobPoll.Outcome.SUCCEEDED));
        assertThat(session.calls("Work").get(0).polls()).hasSize(3);
    }

    @Test
    void a_retry_runs_the_next_declared_job() {
        JobPolls failing = JobPolls.every(Duration.ofSeconds(10)).polls(json("{'Status': 'FAILED'}"));
        MockSession session = TaskMocks.builder().state("Work").runsJob(failing).thenRunsJob(BATCH_JOB).build()
                .session();

        Execution execution = run(task(BATCH, "'Retry': [{'ErrorEquals': ['States.TaskFailed'], "
                + "'IntervalSeconds': 5, 'MaxAttempts': 1}]"), session, "{}");

        assertThat(execution.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        assertThat(execution.virtualDuration()).isEqualTo(Duration.ofSeconds(105));
        assertThat(session.polls("Work")).extracting(JobPoll::status)
                .containsExactly("FAILED", "RUNNABLE", "RUNNING", "SUCCEEDED");
    }
}
