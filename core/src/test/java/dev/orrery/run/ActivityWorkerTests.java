package dev.orrery.run;

import static dev.orrery.run.Runs.json;
import static org.assertj.core.api.Assertions.assertThat;

import dev.orrery.history.HistoryEvent;
import dev.orrery.mock.TaskMocks;
import dev.orrery.parse.AslParser;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class ActivityWorkerTests {

    private static final String ACTIVITY = "arn:aws:states:us-east-1:123456789012:activity:review";

    private static ExecutionSession start(String fields) {
        String definition = """
                {'StartAt': 'Review', 'States': {'Review': {'Type': 'Task', 'Resource': '%s', %s 'End': true}}}"""
                .formatted(ACTIVITY, fields);
        return StateMachineRunner.create(AslParser.parse(definition.replace('\'', '"')).orThrow(),
                TaskMocks.builder().state("Review").awaitsCallback().build()).start(json("{'doc': 7}"));
    }

    private static List<String> types(Execution execution) {
        return execution.history().events().stream().map(HistoryEvent::type).toList();
    }

    @Test
    void a_worker_driven_by_the_test_completes_the_activity() {
        ExecutionSession session = start("");
        PendingCallback task = session.pendingCallback("Review");
        assertThat(task.parameters()).isEqualTo(json("{'doc': 7}"));

        Execution execution = session.advanceBy(Duration.ofMinutes(1))
                .sendTaskSuccess(task.taskToken(), json("{'ok': true}")).runToCompletion();

        assertThat(execution.output()).isEqualTo(json("{'ok': true}"));
        assertThat(types(execution)).containsExactly("ExecutionStarted", "TaskStateEntered", "ActivityScheduled",
                "ActivityStarted", "ActivitySucceeded", "TaskStateExited", "ExecutionSucceeded");
    }

    @Test
    void a_worker_that_stops_sending_heartbeats_times_the_activity_out() {
        ExecutionSession session = start("'HeartbeatSeconds': 30,");
        String token = session.taskToken("Review");

        Execution execution = session.advanceBy(Duration.ofSeconds(20)).sendTaskHeartbeat(token)
                .advanceBy(Duration.ofSeconds(45)).runToCompletion();

        assertThat(execution.error()).isEqualTo("States.Timeout");
        assertThat(types(execution)).contains("ActivityTimedOut");
        assertThat(execution.virtualDuration()).isEqualTo(Duration.ofSeconds(50));
    }

    @Test
    void a_worker_failure_fails_the_activity() {
        ExecutionSession session = start("");

        Execution execution = session.sendTaskFailure(session.taskToken("Review"), "Worker.Crashed", "oom")
                .runToCompletion();

        assertThat(execution.error()).isEqualTo("Worker.Crashed");
        assertThat(types(execution)).contains("ActivityFailed");
    }

    private static StateMachineRunner runner() {
        String definition = """
                {'StartAt': 'Review', 'States': {'Review': {'Type': 'Task', 'Resource': '%s', 'End': true,
                   'Catch': [{'ErrorEquals': ['States.ALL'], 'Next': 'Handled'}]},
                 'Handled': {'Type': 'Pass', 'End': true}}}"""
                .formatted(ACTIVITY);
        return StateMachineRunner.create(AslParser.parse(definition.replace('\'', '"')).orThrow(),
                TaskMocks.builder().state("Review").returns(json("{'ok': true}")).build());
    }

    @Test
    void a_task_on_an_undeclared_activity_fails_as_on_a_deleted_one() {
        Execution execution = runner().withActivities("arn:aws:states:us-east-1:123456789012:activity:other")
                .run(json("{'doc': 7}"));

        assertThat(execution.error()).isEqualTo("States.Runtime");
        assertThat(execution.cause()).isEqualTo("An error occurred while executing the state 'Review' (entered at "
                + "the event id #2). The activity " + ACTIVITY + " does not exist.");
        assertThat(types(execution)).containsExactly("ExecutionStarted", "TaskStateEntered", "ExecutionFailed");
    }

    @Test
    void declaring_no_activity_means_that_none_exists() {
        Execution execution = runner().withActivities().run(json("{}"));

        assertThat(execution.error()).isEqualTo("States.Runtime");
    }

    @Test
    void a_declared_activity_runs_its_worker() {
        Execution execution = runner().withActivities("arn:aws:states:us-east-1:123456789012:activity:other")
                .withActivities(ACTIVITY).run(json("{}"));

        assertThat(execution.output()).isEqualTo(json("{'ok': true}"));
    }

    @Test
    void without_declarations_every_activity_exists() {
        assertThat(runner().run(json("{}")).output()).isEqualTo(json("{'ok': true}"));
    }

    @Test
    void catch_all_does_not_catch_a_missing_activity() {
        Execution execution = runner().withActivities().run(json("{}"));

        assertThat(execution.status()).isEqualTo(ExecutionStatus.FAILED);
        assertThat(execution.path()).containsExactly("Review");
    }

    @Test
    void only_a_catcher_naming_states_runtime_catches_a_missing_activity() {
        String definition = """
                {'StartAt': 'Review', 'States': {'Review': {'Type': 'Task', 'Resource': '%s', 'End': true,
                   'Catch': [{'ErrorEquals': ['States.TaskFailed'], 'Next': 'Failed'},
                             {'ErrorEquals': ['States.Runtime'], 'Next': 'Missing'}]},
                 'Failed': {'Type': 'Pass', 'End': true}, 'Missing': {'Type': 'Pass', 'End': true}}}"""
                .formatted(ACTIVITY);

        Execution execution = StateMachineRunner.create(AslParser.parse(definition.replace('\'', '"')).orThrow(),
                TaskMocks.none()).withActivities().run(json("{}"));

        assertThat(execution.path()).containsExactly("Review", "Missing");
    }

    @Test
    void a_worker_takes_the_task_as_get_activity_task_does() {
        ExecutionSession session = start("");
        session.advanceBy(Duration.ofSeconds(30));

        PendingCallback task = session.getActivityTask(ACTIVITY, "transcoder-1").orElseThrow();

        assertThat(task.parameters()).isEqualTo(json("{'doc': 7}"));
        assertThat(session.getActivityTask(ACTIVITY, "transcoder-2")).isEmpty();
        Execution execution = session.sendTaskSuccess(task.taskToken(), json("{'ok': true}")).runToCompletion();
        HistoryEvent started = execution.history().events().get(3);
        assertThat(started.type()).isEqualTo("ActivityStarted");
        assertThat(started.details()).isEqualTo(json("{'workerName': 'transcoder-1'}"));
        assertThat(started.timestamp()).isEqualTo(execution.startTime().plusSeconds(30));
    }

    @Test
    void no_task_of_another_activity_is_handed_out() {
        ExecutionSession session = start("");

        assertThat(session.getActivityTask("arn:aws:states:us-east-1:123456789012:activity:other", null)).isEmpty();
    }

    @Test
    void a_task_no_worker_takes_times_out_without_starting() {
        Execution execution = start("'TimeoutSeconds': 5,").runToCompletion();

        assertThat(types(execution)).containsExactly("ExecutionStarted", "TaskStateEntered", "ActivityScheduled",
                "ActivityTimedOut", "ExecutionFailed");
    }

    @Test
    void a_task_answered_without_being_taken_starts_without_worker_name() {
        ExecutionSession session = start("");

        Execution execution = session.sendTaskSuccess(session.taskToken("Review"), json("{}")).runToCompletion();

        assertThat(execution.history().events().get(3).details()).isEqualTo(json("{}"));
    }
}
