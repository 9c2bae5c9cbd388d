package dev.orrery.run;

import static dev.orrery.run.Runs.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.orrery.history.HistoryEvent;
import dev.orrery.mock.TaskMocks;
import dev.orrery.parse.AslParser;
import dev.orrery.spi.TaskIntegration;
import dev.orrery.spi.TaskOutcome;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class OutputIndependenceTests {

    private static final String PASS_RESULT = """
            {'StartAt': 'P', 'States': {'P': {'Type': 'Pass', 'Result': {'a': {'b': [1, 2]}}, 'ResultPath': '$.r',
              'End': true}}}""";

    private static final String TASK = """
            {'StartAt': 'T', 'States': {'T': {'Type': 'Task', 'Resource': 'arn:aws:states:::lambda:invoke',
              'Parameters': {'fixed': {'k': 'v'}, 'in.$': '$'}, 'ResultPath': '$.t', 'End': true}}}""";

    private static final String CALLBACK = """
            {'StartAt': 'Ask', 'States': {'Ask': {'Type': 'Task',
              'Resource': 'arn:aws:states:::lambda:invoke.waitForTaskToken',
              'Parameters': {'token.$': '$$.Task.Token', 'in.$': '$'}, 'End': true}}}""";

    @Test
    void mutating_everything_a_run_hands_out_changes_neither_that_execution_nor_later_runs() {
        // GIVEN
        StateMachineRunner runner = runner(PASS_RESULT, TaskMocks.none());
        Execution first = runner.run(json("{'x': {'y': 1}}"));

        // WHEN
        scribbleOn(first.output());
        scribbleOn(first.input());
        first.visits().forEach(visit -> {
            scribbleOn(visit.input());
            scribbleOn(visit.output());
        });
        first.history().events().forEach(event -> scribbleOn(event.details()));
        scribbleOn(first.history().toAwsJson());

        // THEN
        JsonNode expected = json("{'x': {'y': 1}, 'r': {'a': {'b': [1, 2]}}}");
        assertThat(first.output()).isEqualTo(expected);
        assertThat(first.input()).isEqualTo(json("{'x': {'y': 1}}"));
        assertThat(first.visits().get(0).output()).isEqualTo(expected);
        assertThat(first.history().toAwsJson()).isEqualTo(runner.run(json("{'x': {'y': 1}}")).history().toAwsJson());
        assertThat(runner.run(json("{'x': {'y': 1}}")).output()).isEqualTo(expected);
    }

    @Test
    void changing_the_input_after_starting_a_run_changes_neither_its_input_nor_its_output() {
        // GIVEN
        ObjectNode input = (ObjectNode) json("{'x': {'y': 1}}");
        Execution execution = runner(PASS_RESULT, TaskMocks.none()).run(input);
        ObjectNode sessionInput = (ObjectNode) json("{'x': {'y': 1}}");
        ExecutionSession session = runner(CALLBACK, TaskMocks.builder().state("Ask").awaitsCallback().build())
                .start(sessionInput);

        // WHEN
        scribbleOn(input);
        scribbleOn(sessionInput);
        ObjectNode answer = (ObjectNode) json("{'answer': {'v': 42}}");
        session.sendTaskSuccess(session.taskToken("Ask"), answer);
        scribbleOn(answer);

        // THEN
        assertThat(execution.input()).isEqualTo(json("{'x': {'y': 1}}"));
        assertThat(execution.output()).isEqualTo(json("{'x': {'y': 1}, 'r': {'a': {'b': [1, 2]}}}"));
        Execution answered = session.runToCompletion();
        assertThat(answered.input()).isEqualTo(json("{'x': {'y': 1}}"));
        assertThat(answered.output()).isEqualTo(json("{'answer': {'v': 42}}"));
    }

    @Test
    void a_mocked_result_stays_as_declared_whatever_the_test_does_with_it_or_with_outputs() {
        // GIVEN
        ObjectNode declared = (ObjectNode) json("{'r': {'s': 1}}");
        StateMachineRunner runner = runner(TASK, TaskMocks.builder().returns("T", declared).build());

        // WHEN
        scribbleOn(declared);
        Execution first = runner.run(json("{}"));
        scribbleOn(first.output());

        // THEN
        JsonNode expected = json("{'t': {'r': {'s': 1}}}");
        assertThat(first.output()).isEqualTo(expected);
        assertThat(runner.run(json("{}")).output()).isEqualTo(expected);
    }

    @Test
    void a_task_handler_that_mutates_its_request_or_keeps_its_result_changes_no_later_run() {
        // GIVEN
        List<ObjectNode> handedBack = new ArrayList<>();
        TaskIntegration scribbler = request -> {
            scribbleOn(request.payload());
            scribbleOn(request.context());
            scribbleOn(request.payloadAt("/fixed"));
            scribbleOn(request.contextAt("/Execution"));
            ObjectNode result = (ObjectNode) json("{'r': {'s': 1}}");
            handedBack.add(result);
            return TaskOutcome.success(result);
        };
        StateMachineRunner runner = runner(TASK, scribbler);

        // WHEN
        Execution first = runner.run(json("{'in': [1]}"));
        handedBack.forEach(OutputIndependenceTests::scribbleOn);
        Execution second = runner.run(json("{'in': [1]}"));

        // THEN
        JsonNode expected = json("{'in': [1], 't': {'r': {'s': 1}}}");
        assertThat(first.output()).isEqualTo(expected);
        assertThat(second.output()).isEqualTo(expected);
        assertThat(second.history().events()).isEqualTo(first.history().events());
        assertThat(second.history().events().stream().map(HistoryEvent::details).toList().toString())
                .contains("{\"fixed\":{\"k\":\"v\"},\"in\":{\"in\":[1]}}");
    }

    @Test
    void runs_of_one_compiled_machine_on_many_threads_that_mutate_their_outputs_stay_independent() throws Exception {
        // GIVEN
        StateMachineRunner passes = runner(PASS_RESULT, TaskMocks.none());
        StateMachineRunner tasks = runner(TASK, TaskMocks.builder().returns("T", json("{'r': {'s': 1}}")).build());
        ExecutorService threads = Executors.newFixedThreadPool(16);
        List<Future<Integer>> corrupted = new ArrayList<>();

        // WHEN
        for (int t = 0; t < 16; t++) {
            corrupted.add(threads.submit(() -> {
                int wrong = 0;
                for (int i = 0; i < 300; i++) {
                    Execution pass = passes.run(json("{'x': " + i + "}"));
                    wrong += pass.output().equals(json("{'x': " + i + ", 'r': {'a': {'b': [1, 2]}}}")) ? 0 : 1;
                    scribbleOn(pass.output());
                    pass.visits().forEach(visit -> scribbleOn(visit.output()));
                    Execution task = tasks.run(json("{'x': " + i + "}"));
                    wrong += task.output().equals(json("{'x': " + i + ", 't': {'r': {'s': 1}}}")) ? 0 : 1;
                    scribbleOn(task.output());
                    task.history().events().forEach(event -> scribbleOn(event.details()));
                }
                return wrong;
            }));
        }
        threads.shutdown();
        assertThat(threads.awaitTermination(5, TimeUnit.MINUTES)).isTrue();

        // THEN
        for (Future<Integer> result : corrupted) {
            assertThat(result.get()).isZero();
        }
    }

    private static StateMachineRunner runner(String definition, TaskIntegration integration) {
        return StateMachineRunner.create(AslParser.parse(definition.replace('\'', '"')).orThrow(), integration);
    }

    /** Change every object and array in the tree: add a field or element, and change the values below. */
    private static void scribbleOn(JsonNode node) {
        if (node == null) {
            return;
        }
        if (node instanceof ObjectNode object) {
            List.copyOf(object.properties()).forEach(field -> scribbleOn(field.getValue()));
            object.properties().forEach(field -> {
                if (field.getValue().isValueNode()) {
                    field.setValue(json("'scribbled'"));
                }
            });
            object.put("scribbled", true);
        } else if (node instanceof ArrayNode array) {
            array.forEach(OutputIndependenceTests::scribbleOn);
            for (int i = 0; i < array.size(); i++) {
                if (array.get(i).isValueNode()) {
                    array.set(i, json("'scribbled'"));
                }
            }
            array.add("scribbled");
        }
    }
}
