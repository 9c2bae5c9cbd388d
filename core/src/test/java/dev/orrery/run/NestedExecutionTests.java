package dev.orrery.run;

import static dev.orrery.run.Runs.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orrery.history.HistoryEvent;
import dev.orrery.mock.TaskMocks;
import dev.orrery.model.StateMachine;
import dev.orrery.parse.AslParser;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class NestedExecutionTests {

    private static final String CHILD_ARN = "arn:aws:states:us-east-1:123456789012:stateMachine:Child";

    private static StateMachine parse(String definition) {
        return AslParser.parse(definition.replace('\'', '"')).orThrow();
    }

    private static StateMachineRunner parent(String resource, String child) {
        StateMachine parent = parse("""
                {'StartAt': 'Start', 'States': {'Start': {'Type': 'Task', 'Resource': '%s',
                  'Parameters': {'StateMachineArn': '%s', 'Name': 'run-1', 'Input': {'n.$': '$.n'}},
                  'Catch': [{'ErrorEquals': ['States.TaskFailed'], 'Next': 'Caught'}], 'End': true},
                 'Caught': {'Type': 'Pass', 'End': true}}}""".formatted(resource, CHILD_ARN));
        return StateMachineRunner.create(parent, TaskMocks.none()).withNestedStateMachine(CHILD_ARN, parse(child));
    }

    private static final String DOUBLING_CHILD = """
            {'StartAt': 'Think', 'States': {
             'Think': {'Type': 'Wait', 'Seconds': 90, 'Next': 'Answer'},
             'Answer': {'Type': 'Pass', 'Parameters': {'doubled.$': 'States.MathAdd($.n, $.n)'}, 'End': true}}}""";

    private static List<String> types(Execution execution) {
        return execution.history().events().stream().map(HistoryEvent::type).toList();
    }

    @Test
    void sync_2_returns_the_child_output_as_json_after_the_child_ends() {
        Execution execution = parent("arn:aws:states:::states:startExecution.sync:2", DOUBLING_CHILD)
                .run(json("{'n': 21}"));

        assertThat(execution.output().get("Output")).isEqualTo(json("{'doubled': 42}"));
        assertThat(execution.output().get("Input")).isEqualTo(json("{'n': 21}"));
        assertThat(execution.output().get("Status").asText()).isEqualTo("SUCCEEDED");
        assertThat(execution.output().get("ExecutionArn").asText())
                .isEqualTo("arn:aws:states:us-east-1:123456789012:execution:Child:run-1");
        assertThat(execution.virtualDuration()).isEqualTo(Duration.ofSeconds(90));
        assertThat(types(execution)).containsSubsequence("TaskSubmitted", "TaskSucceeded")
                .doesNotContain("WaitStateEntered");
    }

    @Test
    void sync_returns_input_and_output_as_json_text() {
        Execution execution = parent("arn:aws:states:::states:startExecution.sync", DOUBLING_CHILD)
                .run(json("{'n': 1}"));

        assertThat(execution.output().get("Output").asText()).isEqualTo("{\"doubled\":2}");
        assertThat(execution.output().get("Input").asText()).isEqualTo("{\"n\":1}");
    }

    @Test
    void a_failing_child_fails_the_task_with_states_task_failed() {
        Execution execution = parent("arn:aws:states:::states:startExecution.sync",
                "{'StartAt': 'F', 'States': {'F': {'Type': 'Fail', 'Error': 'Boom', 'Cause': 'bad'}}}")
                .run(json("{'n': 1}"));

        assertThat(execution.path()).containsExactly("Start", "Caught");
        assertThat(execution.output().get("Error").asText()).isEqualTo("States.TaskFailed");
        JsonNode cause = json(execution.output().get("Cause").asText());
        assertThat(cause.get("Error").asText()).isEqualTo("Boom");
        assertThat(cause.get("Cause").asText()).isEqualTo("bad");
        assertThat(cause.get("Status").asText()).isEqualTo("FAILED");
    }

    @Test
    void without_sync_the_task_returns_at_once_with_the_execution_arn() {
        Execution execution = parent("arn:aws:states:::states:startExecution", DOUBLING_CHILD)
                .run(json("{'n': 1}"));

        assertThat(execution.output().get("ExecutionArn").asText()).endsWith(":execution:Child:run-1");
        assertThat(types(execution)).doesNotContain("TaskSubmitted");
    }

    @Test
    void a_callback_inside_the_child_is_answered_through_the_parent_session() {
        String child = """
                {'StartAt': 'Ask', 'States': {'Ask': {'Type': 'Task',
                  'Resource': 'arn:aws:states:::sqs:sendMessage.waitForTaskToken',
                  'Parameters': {'T.$': '$$.Task.Token'}, 'End': true}}}""";
        StateMachine parent = parse("""
                {'StartAt': 'Start', 'States': {'Start': {'Type': 'Task',
                  'Resource': 'arn:aws:states:::states:startExecution.sync:2',
                  'Parameters': {'StateMachineArn': '%s'}, 'OutputPath': '$.Output', 'End': true}}}"""
                .formatted(CHILD_ARN));
        ExecutionSession session = StateMachineRunner.create(parent,
                TaskMocks.builder().state("Ask").awaitsCallback().build())
                .withNestedStateMachine(CHILD_ARN, parse(child)).start(json("{}"));

        Execution execution = session.advanceBy(Duration.ofMinutes(5))
                .sendTaskSuccess(session.taskToken("Ask"), json("'done'")).runToCompletion();

        assertThat(execution.output()).isEqualTo(json("'done'"));
        assertThat(execution.virtualDuration()).isEqualTo(Duration.ofMinutes(5));
    }
}
