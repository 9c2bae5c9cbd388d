package dev.orrery.run;

import static dev.orrery.run.Runs.json;
import static dev.orrery.run.Runs.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.orrery.mock.TaskMocks;
import dev.orrery.model.StateMachine;
import dev.orrery.parse.AslParser;
import dev.orrery.spi.TaskOutcome;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class StateVisitAttemptsTests {

    private static final String RETRIED_TASK = """
            {'StartAt': 'Charge', 'States': {
             'Charge': {'Type': 'Task', 'Resource': 'arn:aws:states:::lambda:invoke', 'TimeoutSeconds': 5,
              'Retry': [{'ErrorEquals': ['States.ALL'], 'IntervalSeconds': 2, 'BackoffRate': 1, 'MaxAttempts': 3}],
              'End': true}}}""";

    @Test
    void a_task_visit_lists_each_attempt_with_its_virtual_times_error_and_cause() {
        Execution execution = run(RETRIED_TASK, "{}", TaskMocks.builder().respond("Charge",
                TaskOutcome.failure("Payment.Transient", "try again"),
                TaskOutcome.success(json("{'status': 'PAID'}"))).build());
        Instant start = execution.startTime();

        assertThat(execution.visits().get(0).attempts()).containsExactly(
                new Attempt(1, start, start, "Payment.Transient", "try again"),
                new Attempt(2, start.plusSeconds(2), start.plusSeconds(2), null, null));
        assertThat(execution.visits().get(0).attempts().get(1).succeeded()).isTrue();
    }

    @Test
    void an_attempt_that_timed_out_ends_at_its_timeout_with_states_timeout() {
        Execution execution = run(RETRIED_TASK, "{}", TaskMocks.builder().respond("Charge",
                TaskOutcome.NoResponse.silent(), TaskOutcome.success(json("{}"))).build());
        Instant start = execution.startTime();

        assertThat(execution.visits().get(0).attempts()).containsExactly(
                new Attempt(1, start, start.plusSeconds(5), "States.Timeout", null),
                new Attempt(2, start.plusSeconds(7), start.plusSeconds(7), null, null));
    }

    @Test
    void a_parallel_state_with_a_retry_lists_each_run_with_the_error_of_its_branch() {
        Execution execution = run("""
                {'StartAt': 'Both', 'States': {'Both': {'Type': 'Parallel', 'End': true,
                  'Retry': [{'ErrorEquals': ['States.ALL'], 'IntervalSeconds': 3, 'MaxAttempts': 1}],
                  'Branches': [{'StartAt': 'Work', 'States': {'Work': {'Type': 'Task',
                    'Resource': 'arn:aws:states:::lambda:invoke', 'End': true}}}]}}}""", "{}",
                TaskMocks.builder().respond("Work", TaskOutcome.failure("Work.Failed", "once"),
                        TaskOutcome.success(json("{}"))).build());
        Instant start = execution.startTime();

        StateVisit both = execution.visits().get(0);
        assertThat(both.attempts()).containsExactly(
                new Attempt(1, start, start, "Work.Failed", "once"),
                new Attempt(2, start.plusSeconds(3), start.plusSeconds(3), null, null));
    }

    @Test
    void states_that_neither_call_a_task_nor_retry_record_no_attempt() {
        Execution execution = run("""
                {'StartAt': 'Both', 'States': {'Both': {'Type': 'Parallel', 'Next': 'Done', 'Branches': [
                  {'StartAt': 'Left', 'States': {'Left': {'Type': 'Pass', 'End': true}}}]},
                 'Done': {'Type': 'Succeed'}}}""", "{}", TaskMocks.none());

        assertThat(execution.visits()).allSatisfy(visit -> assertThat(visit.attempts()).isEmpty());
    }

    @Test
    void an_attempt_the_execution_outlived_has_no_end() {
        StateMachine machine = AslParser.parse(RETRIED_TASK.replace("'TimeoutSeconds': 5,", "")
                .replace('\'', '"')).orThrow();
        ExecutionSession session = StateMachineRunner.create(machine,
                TaskMocks.builder().respond("Charge", TaskOutcome.NoResponse.silent()).build()).start(json("{}"));

        Execution snapshot = session.stop("Stopped", null).snapshot();

        assertThat(snapshot.visits().get(0).attempts())
                .containsExactly(new Attempt(1, snapshot.startTime(), null, null, null));
    }

    @Test
    void every_run_of_a_state_machine_shares_one_set_of_its_state_names() {
        StateMachine machine = AslParser.parse("""
                {"StartAt": "Each", "States": {"Each": {"Type": "Map", "End": true, "ItemProcessor":
                  {"StartAt": "Item", "States": {"Item": {"Type": "Pass", "End": true}}}}}}""").orThrow();
        StateMachineRunner runner = StateMachineRunner.create(machine, TaskMocks.none());

        Execution first = runner.run(json("[]"));
        Execution second = runner.run(json("[1]"));

        assertThat(first.stateNames()).containsExactlyInAnyOrder("Each", "Item");
        assertThat(second.stateNames()).isSameAs(first.stateNames());
        assertThat(first.hasState("Item")).isTrue();
        assertThat(first.hasState("Iten")).isFalse();
    }
}
