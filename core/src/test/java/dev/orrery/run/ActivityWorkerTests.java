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
}
