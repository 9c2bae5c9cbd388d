package dev.orrery.coverage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.orrery.mock.TaskMocks;
import dev.orrery.model.StateMachine;
import dev.orrery.parse.AslParser;
import dev.orrery.run.ChildVisits;
import dev.orrery.run.Execution;
import dev.orrery.run.StateMachineRunner;
import dev.orrery.spi.TaskOutcome;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class StateMachineCoverageTests {

    private static final ObjectMapper JSON = new ObjectMapper();

    static final String DEFINITION = """
            {"StartAt": "Check", "States": {
              "Check": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
                "Retry": [{"ErrorEquals": ["Flaky"], "MaxAttempts": 2, "IntervalSeconds": 1},
                          {"ErrorEquals": ["States.Timeout"]}],
                "Catch": [{"ErrorEquals": ["Broken"], "Next": "Failed"}], "Next": "Route"},
              "Route": {"Type": "Choice", "Choices": [
                  {"Variable": "$.kind", "StringEquals": "a", "Next": "Fan"},
                  {"Variable": "$.kind", "StringEquals": "b", "Next": "Each"}], "Default": "Done"},
              "Fan": {"Type": "Parallel", "Next": "Done", "Branches": [
                  {"StartAt": "Left", "States": {"Left": {"Type": "Pass", "End": true}}},
                  {"StartAt": "Right", "States": {"Right": {"Type": "Pass", "End": true}}}]},
              "Each": {"Type": "Map", "ItemsPath": "$.items", "Next": "Done",
                "ItemProcessor": {"StartAt": "Item", "States": {"Item": {"Type": "Pass", "End": true}}}},
              "Done": {"Type": "Succeed"},
              "Failed": {"Type": "Fail", "Error": "Broken"}}}""";

    static final StateMachine MACHINE = AslParser.parse(DEFINITION).orThrow();

    static Execution run(String input, TaskMocks mocks) {
        try {
            return StateMachineRunner.create(MACHINE, mocks).run(JSON.readTree(input));
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException(e);
        }
    }

    static TaskMocks passingThrough(String input) {
        return TaskMocks.builder().returns("Check", input).build();
    }

    static StateMachineCoverage empty() {
        return StateMachineCoverage.of("choices", "coverage/choices.asl.json", MACHINE);
    }

    private static Map<String, Long> hitsByText(StateMachineCoverage coverage) {
        return coverage.hits().entrySet().stream().collect(Collectors.toMap(e -> e.getKey().toString(),
                Map.Entry::getValue, (a, b) -> a, java.util.LinkedHashMap::new));
    }

    @Test
    void lists_every_state_transition_catcher_and_retrier_nested_graphs_included() {
        // WHEN
        StateMachineCoverage coverage = empty();

        // THEN
        assertThat(coverage.hits().keySet()).map(CoverageItem::toString).containsExactly(
                "Check", "Check -> Route", "Check Catch[0] -> Failed", "Check Retry[0] [\"Flaky\"]",
                "Check Retry[1] [\"States.Timeout\"]",
                "Route", "Route Choices[0] -> Fan", "Route Choices[1] -> Each", "Route Default -> Done",
                "Fan", "Fan -> Done", "Left", "Left -> End", "Right", "Right -> End",
                "Each", "Each -> Done", "Item", "Item -> End",
                "Done", "Failed");
        assertThat(coverage.hits().values()).containsOnly(0L);
        assertThat(coverage.states()).extracting(CoverageState::name, CoverageState::scope, CoverageState::start)
                .contains(org.assertj.core.groups.Tuple.tuple("Left", "Fan/Branches[0]", true),
                        org.assertj.core.groups.Tuple.tuple("Item", "Each/ItemProcessor", true),
                        org.assertj.core.groups.Tuple.tuple("Route", "", false));
        assertThat(coverage.stateCount()).isEqualTo(new CoverageCount(9, 0));
        assertThat(coverage.transitionCount()).isEqualTo(new CoverageCount(10, 0));
        assertThat(coverage.retrierCount()).isEqualTo(new CoverageCount(2, 0));
        assertThat(coverage.catcherCount()).isEqualTo(new CoverageCount(1, 0));
    }

    @Test
    void counts_the_states_transitions_and_retriers_one_execution_reached_inside_parallel_branches_too() {
        // GIVEN
        TaskMocks flakyOnce = TaskMocks.builder().respond("Check", TaskOutcome.failure("Flaky", "once"),
                TaskOutcome.success(json("{\"kind\": \"a\"}"))).build();

        // WHEN
        StateMachineCoverage coverage = empty().record(run("{}", flakyOnce));

        // THEN
        assertThat(hitsByText(coverage)).containsEntry("Check", 1L).containsEntry("Check Retry[0] [\"Flaky\"]", 1L)
                .containsEntry("Check -> Route", 1L).containsEntry("Route Choices[0] -> Fan", 1L)
                .containsEntry("Left -> End", 1L).containsEntry("Right -> End", 1L).containsEntry("Fan -> Done", 1L)
                .containsEntry("Done", 1L);
        assertThat(coverage.missed()).map(CoverageItem::toString).containsExactly("Check Catch[0] -> Failed",
                "Check Retry[1] [\"States.Timeout\"]", "Route Choices[1] -> Each", "Route Default -> Done",
                "Each", "Each -> Done", "Item", "Item -> End", "Failed");
        assertThat(coverage.stateCount()).isEqualTo(new CoverageCount(9, 6));
        assertThat(coverage.transitionCount()).isEqualTo(new CoverageCount(10, 5));
        assertThat(coverage.retrierCount()).isEqualTo(new CoverageCount(2, 1));
    }

    @Test
    void counts_each_map_iteration_as_a_hit_of_the_item_processor() {
        // GIVEN
        String input = "{\"kind\": \"b\", \"items\": [1, 2, 3]}";

        // WHEN
        StateMachineCoverage coverage = empty().record(run(input, passingThrough(input)));

        // THEN
        assertThat(hitsByText(coverage)).containsEntry("Each", 1L).containsEntry("Item", 3L)
                .containsEntry("Item -> End", 3L).containsEntry("Route Choices[1] -> Each", 1L)
                .containsEntry("Each -> Done", 1L);
    }

    @Test
    void counts_the_item_processor_of_a_distributed_map_from_the_steps_of_its_child_executions() {
        // GIVEN
        StateMachine machine = AslParser.parse("""
                {"StartAt": "Each", "States": {
                  "Each": {"Type": "Map", "ItemsPath": "$.items", "End": true,
                    "ItemProcessor": {"ProcessorConfig": {"Mode": "DISTRIBUTED", "ExecutionType": "STANDARD"},
                      "StartAt": "Small?", "States": {
                        "Small?": {"Type": "Choice", "Choices": [
                            {"Variable": "$", "NumericLessThan": 10, "Next": "Item"},
                            {"Variable": "$", "NumericLessThan": 100, "Next": "Item"}], "Default": "Big"},
                        "Item": {"Type": "Pass", "End": true},
                        "Big": {"Type": "Pass", "End": true}}}}}}""").orThrow();
        Execution execution = StateMachineRunner.create(machine, TaskMocks.none())
                .run(json("{\"items\": [1, 2, 50]}"));

        // WHEN
        StateMachineCoverage coverage = StateMachineCoverage.of("each", "each", machine).record(execution);

        // THEN
        assertThat(hitsByText(coverage)).containsExactly(Map.entry("Each", 1L), Map.entry("Each -> End", 1L),
                Map.entry("Small?", 3L), Map.entry("Small? Choices[0] -> Item", 2L),
                Map.entry("Small? Choices[1] -> Item", 1L), Map.entry("Small? Default -> Big", 0L),
                Map.entry("Item", 3L), Map.entry("Item -> End", 3L), Map.entry("Big", 0L),
                Map.entry("Big -> End", 0L));
        assertThat(coverage.states()).extracting(CoverageState::name, CoverageState::scope).contains(
                org.assertj.core.groups.Tuple.tuple("Item", "Each/ItemProcessor"));
    }

    @Test
    void counts_the_retries_and_catches_inside_a_distributed_map_by_retrier_and_catcher() {
        // GIVEN
        StateMachine machine = AslParser.parse("""
                {"StartAt": "Each", "States": {
                  "Each": {"Type": "Map", "ItemsPath": "$.items", "End": true,
                    "ItemProcessor": {"ProcessorConfig": {"Mode": "DISTRIBUTED", "ExecutionType": "STANDARD"},
                      "StartAt": "Work", "States": {
                        "Work": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "End": true,
                          "Retry": [{"ErrorEquals": ["Flaky"], "MaxAttempts": 1, "IntervalSeconds": 1}],
                          "Catch": [{"ErrorEquals": ["States.ALL"], "Next": "Gave up"}]},
                        "Gave up": {"Type": "Pass", "End": true}}}}}}""").orThrow();
        TaskMocks flaky = TaskMocks.builder().fails("Work", "Flaky", "always").build();
        Execution execution = StateMachineRunner.create(machine, flaky).run(json("{\"items\": [1, 2]}"));

        // WHEN
        StateMachineCoverage coverage = StateMachineCoverage.of("each", "each", machine).record(execution);

        // THEN
        assertThat(hitsByText(coverage)).containsEntry("Work", 2L).containsEntry("Work Retry[0] [\"Flaky\"]", 2L)
                .containsEntry("Work Catch[0] -> Gave up", 2L).containsEntry("Work -> End", 0L)
                .containsEntry("Gave up", 2L).containsEntry("Gave up -> End", 2L);
    }

    @Test
    void counts_a_started_child_execution_under_the_state_machine_it_ran() {
        // GIVEN
        StateMachine child = AslParser.parse("""
                {"StartAt": "Ship", "States": {"Ship": {"Type": "Pass", "Next": "Shipped"},
                  "Shipped": {"Type": "Succeed"}}}""").orThrow();
        StateMachine parent = AslParser.parse("""
                {"StartAt": "Start", "States": {"Start": {"Type": "Task",
                  "Resource": "arn:aws:states:::states:startExecution.sync:2",
                  "Parameters": {"StateMachineArn": "arn:aws:states:us-east-1:123456789012:stateMachine:Shipping"},
                  "End": true}}}""").orThrow();
        String arn = "arn:aws:states:us-east-1:123456789012:stateMachine:Shipping";
        Execution execution = StateMachineRunner.create(parent, TaskMocks.none()).withNestedStateMachine(arn, child)
                .run(json("{}"));
        ChildVisits children = execution.childVisits().get(0);

        // WHEN
        StateMachineCoverage coverage = StateMachineCoverage.of("shipping", arn, child).record(children);

        // THEN
        assertThat(children.stateMachineArn()).isEqualTo(arn);
        assertThat(children.executions()).isEqualTo(1);
        assertThat(hitsByText(coverage)).containsExactly(Map.entry("Ship", 1L), Map.entry("Ship -> Shipped", 1L),
                Map.entry("Shipped", 1L));
        assertThat(hitsByText(StateMachineCoverage.of("parent", "parent", parent).record(execution)))
                .containsExactly(Map.entry("Start", 1L), Map.entry("Start -> End", 1L));
    }

    @Test
    void a_caught_error_covers_the_catcher_edge_and_not_the_next() {
        // GIVEN
        TaskMocks broken = TaskMocks.builder().fails("Check", "Broken", "down").build();

        // WHEN
        StateMachineCoverage coverage = empty().record(run("{}", broken));

        // THEN
        assertThat(hitsByText(coverage)).containsEntry("Check Catch[0] -> Failed", 1L)
                .containsEntry("Check -> Route", 0L).containsEntry("Failed", 1L);
        assertThat(coverage.catcherCount()).isEqualTo(new CoverageCount(1, 1));
    }

    @Test
    void an_uncaught_error_leaves_by_no_transition() {
        // GIVEN
        TaskMocks failing = TaskMocks.builder().fails("Check", "Other", "down").build();

        // WHEN
        StateMachineCoverage coverage = empty().record(run("{}", failing));

        // THEN
        assertThat(coverage.transitionCount()).isEqualTo(new CoverageCount(10, 0));
        assertThat(coverage.stateCount()).isEqualTo(new CoverageCount(9, 1));
    }

    @Test
    void the_default_of_a_choice_is_covered_when_no_rule_matched() {
        // GIVEN
        String input = "{\"kind\": \"z\"}";

        // WHEN
        StateMachineCoverage coverage = empty().record(run(input, passingThrough(input)));

        // THEN
        assertThat(hitsByText(coverage)).containsEntry("Route Default -> Done", 1L)
                .containsEntry("Route Choices[0] -> Fan", 0L);
    }

    @Test
    void merging_adds_hits_item_by_item_in_any_order() {
        // GIVEN
        String a = "{\"kind\": \"a\"}";
        String b = "{\"kind\": \"b\", \"items\": [1]}";
        StateMachineCoverage first = empty().record(run(a, passingThrough(a)));
        StateMachineCoverage second = empty().record(run(b, passingThrough(b))).record(run(a, passingThrough(a)));

        // WHEN
        StateMachineCoverage merged = first.merge(second);

        // THEN
        assertThat(merged).isEqualTo(second.merge(first));
        assertThat(hitsByText(merged)).containsEntry("Check", 3L).containsEntry("Route Choices[0] -> Fan", 2L)
                .containsEntry("Item", 1L);
        assertThat(merged.stateCount()).isEqualTo(new CoverageCount(9, 8));
    }

    @Test
    void refuses_to_merge_the_coverage_of_another_state_machine() {
        StateMachineCoverage other = StateMachineCoverage.of("other", "other.asl.json", MACHINE);

        assertThatThrownBy(() -> empty().merge(other)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Cannot merge the coverage of other.asl.json into that of coverage/choices.asl.json");
    }

    @Test
    void when_two_rules_lead_to_the_same_state_the_rule_that_matched_is_counted() {
        // GIVEN
        StateMachine machine = AslParser.parse("""
                {"StartAt": "Pick", "States": {
                  "Pick": {"Type": "Choice", "Choices": [
                      {"Variable": "$.n", "NumericEquals": 1, "Next": "One"},
                      {"Variable": "$.n", "NumericEquals": 2, "Next": "One"}], "Default": "One"},
                  "One": {"Type": "Succeed"}}}""").orThrow();
        StateMachineRunner runner = StateMachineRunner.create(machine, TaskMocks.none());

        // WHEN
        StateMachineCoverage coverage = StateMachineCoverage.of("pick", "pick", machine)
                .record(runner.run(json("{\"n\": 2}"))).record(runner.run(json("{\"n\": 3}")))
                .record(runner.run(json("{\"n\": 2}")));

        // THEN
        assertThat(hitsByText(coverage)).containsEntry("Pick Choices[0] -> One", 0L)
                .containsEntry("Pick Choices[1] -> One", 2L).containsEntry("Pick Default -> One", 1L);
        assertThat(coverage.transitionCount()).isEqualTo(new CoverageCount(3, 2));
    }

    @Test
    void a_visit_that_does_not_say_which_rule_matched_counts_the_first_rule_leading_to_its_next_state() {
        // GIVEN
        StateMachine machine = AslParser.parse("""
                {"StartAt": "Pick", "States": {
                  "Pick": {"Type": "Choice", "Choices": [
                      {"Variable": "$.n", "NumericEquals": 1, "Next": "One"},
                      {"Variable": "$.n", "NumericEquals": 2, "Next": "One"}], "Default": "One"},
                  "One": {"Type": "Succeed"}}}""").orThrow();
        Execution ran = StateMachineRunner.create(machine, TaskMocks.none()).run(json("{\"n\": 2}"));
        List<dev.orrery.run.StateVisit> byHand = ran.visits().stream().map(v -> new dev.orrery.run.StateVisit(
                v.name(), v.type(), v.input(), v.output(), v.entered(), v.exited(), v.retries(), v.error(),
                v.variables(), v.origin(), v.caughtBy(), v.dataFlow(), v.attempts())).toList();
        Execution built = new Execution(ran.executionArn(), ran.status(), ran.input(), ran.output(), null, null,
                ran.path(), byHand, ran.history(), ran.startTime(), ran.stopTime());

        // WHEN
        StateMachineCoverage coverage = StateMachineCoverage.of("pick", "pick", machine).record(built);

        // THEN
        assertThat(ran.visits().get(0).matchedChoiceRule()).isEqualTo(1);
        assertThat(hitsByText(coverage)).containsEntry("Pick Choices[0] -> One", 1L)
                .containsEntry("Pick Choices[1] -> One", 0L);
    }

    @Test
    void prints_one_summary_line() {
        String input = "{\"kind\": \"z\"}";

        StateMachineCoverage coverage = empty().record(run(input, passingThrough(input)));

        assertThat(coverage.summary()).isEqualTo("Orrery coverage choices: states 3/9 (33.3%), transitions 2/10"
                + " (20.0%), retriers 0/2 (0.0%), catchers 0/1 (0.0%)");
    }

    @Test
    void a_coverage_of_several_state_machines_merges_by_source() {
        StateMachineCoverage once = empty().record(run("{\"kind\": \"z\"}", passingThrough("{\"kind\": \"z\"}")));
        StateMachineCoverage other = StateMachineCoverage.of("other", "other.asl.json", MACHINE);

        Coverage coverage = new Coverage(List.of(once)).merge(new Coverage(List.of(other, once)));

        assertThat(coverage.stateMachines()).extracting(StateMachineCoverage::source)
                .containsExactly("coverage/choices.asl.json", "other.asl.json");
        assertThat(coverage.stateMachine("coverage/choices.asl.json").orElseThrow()
                .hits(CoverageItem.state("Done"))).isEqualTo(2);
    }

    static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
