package dev.orrery.run;

import static dev.orrery.run.Runs.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.orrery.history.HistoryEvent;
import dev.orrery.mock.TaskMocks;
import dev.orrery.parse.AslParser;
import dev.orrery.spi.TaskIntegration;
import dev.orrery.spi.TaskOutcome;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class CallbackTests {

    private static final Instant START = ExecutionOptions.DEFAULT_START_TIME;
    private static final String SEND = "arn:aws:states:::sqs:sendMessage.waitForTaskToken";

    private static StateMachineRunner runner(String fields, TaskIntegration integration) {
        String definition = """
                {'StartAt': 'Ask', 'States': {
                 'Ask': {'Type': 'Task', 'Resource': '%s', %s
                   'Parameters': {'QueueUrl': 'q', 'MessageBody': {'Token.$': '$$.Task.Token'}},
                   'Catch': [{'ErrorEquals': ['States.ALL'], 'Next': 'Caught'}], 'Next': 'Done'},
                 'Caught': {'Type': 'Pass', 'End': true},
                 'Done': {'Type': 'Succeed'}}}""".formatted(SEND, fields);
        return StateMachineRunner.create(AslParser.parse(definition.replace('\'', '"')).orThrow(), integration);
    }

    private static TaskMocks awaiting() {
        return TaskMocks.builder().state("Ask").awaitsCallback(json("{'MessageId': 'm-1'}")).build();
    }

    private static List<String> types(Execution execution) {
        return execution.history().events().stream().map(HistoryEvent::type).toList();
    }

    @Test
    void the_execution_pauses_with_the_token_it_passed_in_the_parameters() {
        ExecutionSession session = runner("", awaiting()).start(json("{}"));

        PendingCallback pending = session.pendingCallback("Ask");
        assertThat(session.status()).isEqualTo(ExecutionStatus.RUNNING);
        assertThat(pending.parameters().at("/MessageBody/Token").asText()).isEqualTo(pending.taskToken());
        assertThat(session.pendingTaskTokens()).containsExactly(pending.taskToken());
        assertThat(pending.since()).isEqualTo(START);
    }

    @Test
    void the_session_lists_the_states_entered_so_far_the_waiting_one_not_left() {
        ExecutionSession session = runner("", awaiting()).start(json("{'orderId': 7}"));
        session.advanceBy(Duration.ofMinutes(10));

        assertThat(session.visits()).singleElement().satisfies(visit -> {
            assertThat(visit.name()).isEqualTo("Ask");
            assertThat(visit.entered()).isEqualTo(START);
            assertThat(visit.exited()).isNull();
            assertThat(visit.input()).isEqualTo(json("{'orderId': 7}"));
        });
        Execution execution = session.sendTaskSuccess(session.taskToken("Ask"), json("{}")).runToCompletion();
        assertThat(session.visits()).isEqualTo(execution.visits());
    }

    @Test
    void send_task_success_gives_the_task_result_at_the_chosen_instant() {
        ExecutionSession session = runner("", awaiting()).start(json("{}"));

        Execution execution = session.advanceBy(Duration.ofHours(3))
                .sendTaskSuccess(session.taskToken("Ask"), json("{'approved': true}")).runToCompletion();

        assertThat(execution.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        assertThat(execution.output()).isEqualTo(json("{'approved': true}"));
        assertThat(execution.stopTime()).isEqualTo(START.plus(Duration.ofHours(3)));
        assertThat(types(execution)).containsSubsequence("TaskScheduled", "TaskStarted", "TaskSubmitted",
                "TaskSucceeded", "TaskStateExited");
        HistoryEvent submitted = execution.history().events().get(4);
        assertThat(submitted.details().get("output")).isEqualTo(json("{'MessageId': 'm-1'}"));
        assertThat(submitted.details().get("resource").asText()).isEqualTo("sendMessage.waitForTaskToken");
    }

    @Test
    void send_task_failure_fails_the_task_with_the_error_and_cause() {
        ExecutionSession session = runner("", awaiting()).start(json("{}"));

        Execution execution = session.sendTaskFailure(session.taskToken("Ask"), "Rejected", "too expensive")
                .runToCompletion();

        assertThat(execution.path()).containsExactly("Ask", "Caught");
        assertThat(execution.output()).isEqualTo(json("{'Error': 'Rejected', 'Cause': 'too expensive'}"));
        assertThat(types(execution)).contains("TaskFailed");
    }

    @Test
    void timeout_seconds_end_a_callback_that_never_comes() {
        Execution execution = runner("'TimeoutSeconds': 60,", awaiting()).run(json("{}"));

        assertThat(execution.output()).isEqualTo(json("{'Error': 'States.Timeout', 'Cause': ''}"));
        assertThat(types(execution)).containsSubsequence("TaskSubmitted", "TaskTimedOut");
        assertThat(execution.stopTime()).isEqualTo(START.plusSeconds(60));
    }

    @Test
    void heartbeats_keep_the_wait_alive_until_one_is_missed() {
        ExecutionSession session = runner("'HeartbeatSeconds': 10,", awaiting()).start(json("{}"));
        String token = session.taskToken("Ask");

        session.advanceBy(Duration.ofSeconds(8)).sendTaskHeartbeat(token).advanceBy(Duration.ofSeconds(8));
        assertThat(session.status()).isEqualTo(ExecutionStatus.RUNNING);
        session.advanceBy(Duration.ofSeconds(5));

        assertThat(session.pendingCallbacks()).isEmpty();
        Execution execution = session.runToCompletion();
        assertThat(execution.output()).isEqualTo(json("{'Error': 'States.Timeout', 'Cause': ''}"));
        assertThat(execution.stopTime()).isEqualTo(START.plusSeconds(18));
    }

    @Test
    void a_token_that_timed_out_is_refused() {
        ExecutionSession session = runner("'TimeoutSeconds': 5,", awaiting()).start(json("{}"));
        String token = session.taskToken("Ask");
        session.advanceBy(Duration.ofSeconds(5));

        assertThatThrownBy(() -> session.sendTaskSuccess(token, json("{}")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(token);
    }

    @Test
    void run_ends_with_a_clear_exception_when_nothing_can_answer_the_callback() {
        assertThatThrownBy(() -> runner("", awaiting()).run(json("{}")))
                .isInstanceOf(ExecutionLimitExceededException.class)
                .hasMessageContaining("cannot progress").hasMessageContaining("[Ask]");
    }

    @Test
    void an_integration_can_declare_the_worker_answer_and_its_delay() {
        TaskIntegration worker = request -> new TaskOutcome.Callback(json("{}"),
                new TaskOutcome.Success(json("'ok'"), Duration.ofMinutes(2)));

        Execution execution = runner("", worker).run(json("{}"));

        assertThat(execution.output()).isEqualTo(json("'ok'"));
        assertThat(execution.stopTime()).isEqualTo(START.plus(Duration.ofMinutes(2)));
    }

    @Test
    void a_result_given_directly_is_the_callback_answer() {
        TaskMocks mocks = TaskMocks.builder().state("Ask").returns(json("{'answer': 42}")).build();

        Execution execution = runner("", mocks).run(json("{}"));

        assertThat(execution.output()).isEqualTo(json("{'answer': 42}"));
        assertThat(types(execution)).containsSubsequence("TaskSubmitted", "TaskSucceeded");
    }

    @Test
    void the_same_seed_gives_the_same_token() {
        String first = runner("", awaiting()).start(json("{}")).taskToken("Ask");
        String second = runner("", awaiting()).start(json("{}")).taskToken("Ask");

        assertThat(first).isEqualTo(second).isNotBlank();
    }

    @Test
    void the_clock_waits_for_test_code_while_other_branches_have_timers() {
        String definition = """
                {'StartAt': 'P', 'States': {'P': {'Type': 'Parallel', 'End': true, 'Branches': [
                  {'StartAt': 'Ask', 'States': {'Ask': {'Type': 'Task', 'Resource': '%s',
                    'Parameters': {'T.$': '$$.Task.Token'}, 'End': true}}},
                  {'StartAt': 'W', 'States': {'W': {'Type': 'Wait', 'Seconds': 30, 'End': true}}}]}}}"""
                .formatted(SEND);
        ExecutionSession session = StateMachineRunner.create(AslParser.parse(definition.replace('\'', '"'))
                .orThrow(), awaiting()).start(json("'in'"));

        assertThat(session.currentTime()).isEqualTo(START);
        session.advanceBy(Duration.ofSeconds(40));
        Execution execution = session.sendTaskSuccess(session.taskToken("Ask"), json("'yes'")).runToCompletion();

        assertThat(execution.output()).isEqualTo(json("['yes', 'in']"));
        assertThat(execution.stopTime()).isEqualTo(START.plusSeconds(40));
    }
}
