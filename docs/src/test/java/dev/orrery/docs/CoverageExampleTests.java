package dev.orrery.docs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.orrery.coverage.Coverage;
import dev.orrery.coverage.CoverageCount;
import dev.orrery.coverage.CoverageItem;
import dev.orrery.coverage.CoverageReport;
import dev.orrery.coverage.StateMachineCoverage;
import dev.orrery.junit.coverage.CoverageCollector;
import dev.orrery.mock.TaskMocks;
import dev.orrery.model.StateMachine;
import dev.orrery.parse.AslParser;
import dev.orrery.run.ChildVisits;
import dev.orrery.run.Execution;
import dev.orrery.run.StateMachineRunner;
import dev.orrery.run.VisitStep;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The coverage section of docs/guides/coverage-and-test-files.md: its snippets and the output it shows. */
class CoverageExampleTests {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final Path GUIDE = Path.of("guides/coverage-and-test-files.md");

    private static final TaskMocks SHIPPED = TaskMocks.builder()
            .returns("Validate order", "{\"Payload\": {\"valid\": true, \"reason\": \"ok\"}}")
            .returns("Reserve stock", "{\"Payload\": {\"reservationId\": \"RSV-1\", \"warehouse\": \"LHR-2\"}}")
            .returns("Charge payment", "{\"Payload\": {\"status\": \"APPROVED\", \"transactionId\": \"TX-1\"}}")
            .returns("Ship order", "{\"MessageId\": \"msg-1\"}")
            .build();
    private static final TaskMocks DECLINED = TaskMocks.builder()
            .returns("Validate order", "{\"Payload\": {\"valid\": true, \"reason\": \"ok\"}}")
            .returns("Reserve stock", "{\"Payload\": {\"reservationId\": \"RSV-1\", \"warehouse\": \"LHR-2\"}}")
            .returns("Charge payment", "{\"Payload\": {\"status\": \"DECLINED\", \"transactionId\": \"TX-2\"}}")
            .build();

    private static StateMachine order() throws IOException {
        return AslParser.parse(Files.readString(Path.of("../examples/order-fulfilment/order.asl.json"))).orThrow();
    }

    private static JsonNode input() throws IOException {
        return JSON.readTree(Path.of("../examples/order-fulfilment/input.json").toFile());
    }

    private static StateMachineCoverage measured() throws IOException {
        StateMachine order = order();
        JsonNode input = input();
        // tag::measure[]
        StateMachineCoverage coverage = StateMachineCoverage
                .of("order.asl.json", "order-fulfilment/order.asl.json", order)
                .record(StateMachineRunner.create(order, SHIPPED).run(input))
                .record(StateMachineRunner.create(order, DECLINED).run(input));

        assertThat(coverage.stateCount()).isEqualTo(new CoverageCount(11, 10));
        assertThat(coverage.transitionCount()).isEqualTo(new CoverageCount(10, 9));
        assertThat(coverage.missed()).map(CoverageItem::toString)
                .containsExactly("Is the order valid? Default -> Order rejected", "Order rejected");
        // end::measure[]
        return coverage;
    }

    @Test
    void measures_the_coverage_of_two_runs_of_the_order_workflow() throws IOException {
        assertThat(measured().hits(CoverageItem.state("Validate order"))).isEqualTo(2);
    }

    @Test
    void records_a_run_of_another_runner_into_the_report_of_the_test_run() throws IOException {
        StateMachine order = order();
        JsonNode input = input();
        // tag::record[]
        Execution execution = StateMachineRunner.create(order, SHIPPED).run(input);
        CoverageCollector.record("order-fulfilment/order.asl.json", order, execution);
        // end::record[]
        assertThat(CoverageCollector.recorded().stateMachine("order-fulfilment/order.asl.json")).isPresent();
    }

    @Test
    void counts_the_child_executions_of_a_distributed_map_and_the_choice_rule_each_matched() {
        StateMachine each = AslParser.parse("""
                {"StartAt": "Each", "States": {
                  "Each": {"Type": "Map", "ItemsPath": "$.sizes", "End": true,
                    "ItemProcessor": {"ProcessorConfig": {"Mode": "DISTRIBUTED", "ExecutionType": "STANDARD"},
                      "StartAt": "Small?", "States": {
                        "Small?": {"Type": "Choice", "Choices": [
                            {"Variable": "$", "NumericLessThan": 10, "Next": "Item"},
                            {"Variable": "$", "NumericLessThan": 100, "Next": "Item"}], "Default": "Big"},
                        "Item": {"Type": "Pass", "End": true},
                        "Big": {"Type": "Pass", "End": true}}}}}}""").orThrow();
        JsonNode sizes = JSON.createObjectNode().set("sizes", JSON.createArrayNode().add(1).add(2).add(50));
        // tag::children[]
        Execution execution = StateMachineRunner.create(each, TaskMocks.none()).run(sizes);
        ChildVisits children = execution.childVisits().get(0); // the distributed Map's child executions
        assertThat(children.stateMachineArn()).isNull();          // they run this state machine's item processor
        assertThat(children.executions()).isEqualTo(3);
        assertThat(children.count(new VisitStep(VisitStep.Kind.LEFT, "Small?", "Item", 1))).isEqualTo(1);

        StateMachineCoverage coverage = StateMachineCoverage.of("each", "each.asl.json", each).record(execution);
        assertThat(coverage.missed()).map(CoverageItem::toString)
                .containsExactly("Small? Default -> Big", "Big", "Big -> End");
        assertThat(coverage.hits(new CoverageItem(CoverageItem.Kind.CHOICE_RULE, "Small?", "Item", 0))).isEqualTo(2);
        // end::children[]
    }

    @Test
    void the_guide_shows_the_summary_line_of_this_coverage() throws IOException {
        assertThat(Files.readString(GUIDE)).contains("[INFO] " + measured().summary() + "\n");
    }

    @Test
    void the_guide_shows_the_coverage_json_of_this_coverage_trimmed() throws IOException {
        // GIVEN
        ObjectNode report = (ObjectNode) JSON.readTree(CoverageReport.toJson(new Coverage(List.of(measured()))));
        ObjectNode machine = (ObjectNode) report.get("stateMachines").get(0);
        trim((ArrayNode) machine.get("nodes"), 1);
        trim((ArrayNode) machine.get("items"), 2);

        // WHEN
        Matcher shown = Pattern.compile("<!-- output: coverage.json -->\\s*```json\\n(.*?)```", Pattern.DOTALL)
                .matcher(Files.readString(GUIDE));

        // THEN
        assertThat(shown.find()).as("a coverage.json block in " + GUIDE).isTrue();
        assertThat(shown.group(1)).isEqualTo(JSON.writeValueAsString(report) + "\n");
    }

    private static void trim(ArrayNode array, int keep) {
        while (array.size() > keep) {
            array.remove(array.size() - 1);
        }
    }
}
