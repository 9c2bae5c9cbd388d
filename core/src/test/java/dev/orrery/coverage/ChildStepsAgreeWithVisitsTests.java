package dev.orrery.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.orrery.mock.TaskMocks;
import dev.orrery.model.StateMachine;
import dev.orrery.parse.AslParser;
import dev.orrery.run.Execution;
import dev.orrery.run.StateMachineRunner;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The item processor of a distributed Map is counted from the steps of its child executions, an inline one from the
 * execution's visits: the same processor must count the same either way.
 */
class ChildStepsAgreeWithVisitsTests {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final String PROCESSOR = """
            "StartAt": "Work", "States": {
              "Work": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "Next": "Pick",
                "ResultPath": null,
                "Retry": [{"ErrorEquals": ["Flaky"], "MaxAttempts": 1, "IntervalSeconds": 1}],
                "Catch": [{"ErrorEquals": ["Broken"], "Next": "Recover"}]},
              "Pick": {"Type": "Choice", "Choices": [
                  {"And": [{"Variable": "$.n", "NumericLessThan": 10}, {"Variable": "$.n", "NumericGreaterThan": 0}],
                   "Next": "Fan"},
                  {"Not": {"Variable": "$.n", "NumericLessThan": 100}, "Next": "Fan"}], "Default": "Plain"},
              "Fan": {"Type": "Parallel", "End": true, "Branches": [
                  {"StartAt": "Left", "States": {"Left": {"Type": "Pass", "Next": "Left2"},
                     "Left2": {"Type": "Succeed"}}},
                  {"StartAt": "Inner", "States": {"Inner": {"Type": "Map", "End": true, "ItemsPath": "$.xs",
                     "ItemProcessor": {"StartAt": "X", "States": {"X": {"Type": "Pass", "End": true}}}}}}]},
              "Plain": {"Type": "Pass", "End": true},
              "Recover": {"Type": "Pass", "End": true}}""";

    private static StateMachine machine(String mode) {
        return AslParser.parse("""
                {"StartAt": "Each", "States": {
                  "Each": {"Type": "Map", "ItemsPath": "$.items", "End": true,
                    "ItemProcessor": {"ProcessorConfig": {"Mode": "%s", "ExecutionType": "STANDARD"},
                      %s}}}}""".formatted(mode, PROCESSOR)).orThrow();
    }

    private static Map<String, Long> hits(String mode, String input, TaskMocks mocks) throws Exception {
        StateMachine machine = machine(mode);
        Execution execution = StateMachineRunner.create(machine, mocks).run(JSON.readTree(input));
        Map<String, Long> hits = new LinkedHashMap<>();
        StateMachineCoverage.of("m", "m", machine).record(execution).hits()
                .forEach((item, count) -> hits.put(item.toString(), count));
        return hits;
    }

    @ParameterizedTest
    @ValueSource(strings = {"ok", "flaky", "broken"})
    void a_distributed_map_counts_as_the_same_map_inline(String behaviour) throws Exception {
        // GIVEN
        String input = """
                {"items": [{"n": 5, "xs": [1, 2]}, {"n": 500, "xs": []}, {"n": 50, "xs": [1]}, {"n": -1, "xs": [3]}]}""";
        TaskMocks.Builder builder = TaskMocks.builder();
        TaskMocks mocks = switch (behaviour) {
            case "ok" -> builder.returns("Work", "{}").build();
            case "flaky" -> builder.fails("Work", "Flaky", "retried, then failing again").build();
            default -> builder.fails("Work", "Broken", "always").build();
        };

        // WHEN
        Map<String, Long> inline = hits("INLINE", input, mocks);
        Map<String, Long> distributed = hits("DISTRIBUTED", input, mocks);

        // THEN
        assertThat(inline.values()).anyMatch(count -> count > 1);
        assertThat(distributed).isEqualTo(inline);
    }
}
