package dev.orrery.assertj;

import static dev.orrery.assertj.Executions.expectAssertionError;
import static dev.orrery.assertj.Executions.json;
import static dev.orrery.assertj.OrreryAssertions.assertThat;
import static org.assertj.core.api.BDDAssertions.then;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.orrery.history.ExecutionHistory;
import dev.orrery.history.HistoryEvent;
import dev.orrery.model.StateType;
import dev.orrery.run.Execution;
import dev.orrery.run.ExecutionStatus;
import dev.orrery.run.StateVisit;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Assertions over executions built by hand, for shapes the interpreter of this tree does not produce yet. */
class BuiltExecutionTests {

    private static final Instant T0 = Instant.parse("2025-01-01T00:00:00Z");
    private static final String ARN = "arn:aws:states:us-east-1:123456789012:execution:Orders:batch-7";

    private final List<HistoryEvent> events = new ArrayList<>();

    private void event(String type, String details) {
        long id = events.size() + 1L;
        events.add(new HistoryEvent(id, id - 1, T0, type, "details", (ObjectNode) json(details)));
    }

    private Execution execution(ExecutionStatus status, List<String> path, List<StateVisit> visits) {
        return new Execution(ARN, status, json("{}"), null, status == ExecutionStatus.TIMED_OUT
                ? "States.Timeout" : null, null, path, visits, new ExecutionHistory(events), T0, T0);
    }

    private static StateVisit visit(String name, StateType type) {
        return new StateVisit(name, type, json("{}"), json("{}"), T0, T0, 0, null);
    }

    @Test
    void passes_on_timed_out_and_aborted_executions() {
        assertThat(execution(ExecutionStatus.TIMED_OUT, List.of(), List.of())).timedOut().hasError("States.Timeout");
        assertThat(execution(ExecutionStatus.ABORTED, List.of(), List.of())).aborted();
    }

    @Test
    void fails_on_an_empty_path_naming_the_execution_by_its_arn() {
        then(expectAssertionError(() -> assertThat(execution(ExecutionStatus.ABORTED, List.of(), List.of()))
                .endedAt("Done"))).hasMessage("""
                Expecting execution "batch-7" to have ended at state:
                  "Done"
                but it ended at:
                  no state
                path:
                  []""");
    }

    @Test
    void reads_the_variables_a_visit_assigned_and_the_input_of_a_lambda_function_call() {
        event("ExecutionStarted", "{}");
        event("TaskStateEntered", "{'name': 'Charge', 'input': {}}");
        event("LambdaFunctionScheduled", "{'resource': 'arn:aws:lambda:us-east-1:1:function:f', 'input': {'a': 1}}");
        event("LambdaFunctionSucceeded", "{'output': {}}");
        event("TaskStateExited", "{'name': 'Charge', 'output': {}, 'assignedVariables': {'total': 42}}");
        event("ExecutionSucceeded", "{'output': {}}");
        Execution execution = execution(ExecutionStatus.SUCCEEDED, List.of("Charge"),
                List.of(visit("Charge", StateType.TASK)));

        assertThat(execution).state("Charge").assignedVariables(0).at("$.total").isEqualTo(42);
        assertThat(execution).state("Charge").parameters().isEqualToJson("{\"a\": 1}");
        assertThat(execution).state("Charge").wasCalledTimes(1).requests().containsExactly(json("{'a': 1}"));
        assertThat(execution).hasEventForState("LambdaFunctionSucceeded", "Charge");
    }

    @Test
    void counts_map_iterations_and_failed_ones() {
        event("ExecutionStarted", "{}");
        event("MapStateEntered", "{'name': 'Items', 'input': []}");
        event("MapStateStarted", "{'length': 3}");
        for (int i = 0; i < 3; i++) {
            event("MapIterationStarted", "{'name': 'Items', 'index': " + i + "}");
            event(i == 1 ? "MapIterationFailed" : "MapIterationSucceeded", "{'name': 'Items', 'index': " + i + "}");
        }
        Execution execution = execution(ExecutionStatus.FAILED, List.of("Items"),
                List.of(visit("Items", StateType.MAP)));

        assertThat(execution).state("Items").hasIterations(3).hasFailedIterations(1);
        then(expectAssertionError(() -> assertThat(execution).state("Items").hasFailedIterations(0))).hasMessage("""
                Expecting state "Items" of execution "batch-7" to have failed Map iterations:
                  0 times
                but it did:
                  1 time
                iteration indexes:
                  [1]""");
    }
}
