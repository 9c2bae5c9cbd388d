package dev.orrery.coverage;

import static dev.orrery.coverage.StateMachineCoverageTests.empty;
import static dev.orrery.coverage.StateMachineCoverageTests.passingThrough;
import static dev.orrery.coverage.StateMachineCoverageTests.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CoverageReportTests {

    private static Coverage coverage() {
        String input = "{\"kind\": \"a\"}";
        return new Coverage(List.of(empty().record(run(input, passingThrough(input)))));
    }

    @Test
    void the_json_report_reads_back_as_the_same_coverage() {
        // GIVEN
        Coverage coverage = coverage();

        // WHEN
        Coverage read = CoverageReport.fromJson(CoverageReport.toJson(coverage), "coverage.json");

        // THEN
        assertThat(read).isEqualTo(coverage);
    }

    @Test
    void the_json_report_names_each_state_machine_with_its_counts_and_what_was_missed() {
        String json = CoverageReport.toJson(coverage());

        assertThat(json).contains("\"name\" : \"choices\"", "\"source\" : \"coverage/choices.asl.json\"",
                "\"states\" : {\n      \"total\" : 9,\n      \"covered\" : 6\n    }",
                "\"transitions\" : {\n      \"total\" : 10,\n      \"covered\" : 5\n    }",
                "\"missed\" : [ \"Check Catch[0] -> Failed\"");
    }

    @Test
    void a_malformed_coverage_file_is_refused_with_its_name_and_pointer() {
        assertThatThrownBy(() -> CoverageReport.fromJson("{\"stateMachines\": [{\"name\": \"x\", \"source\": \"y\","
                + " \"nodes\": [], \"items\": [{\"kind\": \"BRANCH\"}]}]}", "parts/1.json"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("parts/1.json (/stateMachines/0/items/0/kind): expected one of [STATE, NEXT, CHOICE_RULE,"
                        + " CHOICE_DEFAULT, CATCH, END, RETRIER] in an Orrery coverage file");
        assertThatThrownBy(() -> CoverageReport.fromJson("{\"stateMachines\": [{}]}", "parts/2.json"))
                .hasMessage("parts/2.json (/stateMachines/0/nodes): expected an array in an Orrery coverage file");
        assertThatThrownBy(() -> CoverageReport.fromJson("{", "parts/3.json")).hasMessageStartingWith(
                "parts/3.json: not JSON: ");
    }

    @Test
    void the_page_draws_covered_and_missed_states_and_edges_differently() {
        // WHEN
        String page = CoverageReport.page(coverage().stateMachines().get(0));

        // THEN
        assertThat(page).startsWith("<!DOCTYPE html>").contains("<svg", "<h2>Fan/Branches[0]</h2>",
                "<h2>Each/ItemProcessor</h2>")
                .contains("<g class=\"covered\"><title>Route (Choice): 1 hits</title>")
                .contains("<g class=\"missed\"><title>Each (Map): 0 hits</title>")
                .contains("<path class=\"covered\"", "<path class=\"missed\"")
                .contains("<title>Route Choices[1] -&gt; Each: 0 hits</title>")
                .contains("<li class=\"missed\">Route Default -&gt; Done</li>")
                .doesNotContain("https://", "<script", "src=", "href=\"http");
    }

    @Test
    void a_transition_back_to_an_earlier_state_is_drawn_around_the_side() {
        // GIVEN
        var machine = dev.orrery.parse.AslParser.parse("""
                {"StartAt": "Poll", "States": {
                  "Poll": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "Next": "Done?",
                    "Retry": [{"ErrorEquals": ["Busy"]}]},
                  "Done?": {"Type": "Choice", "Choices": [{"Variable": "$.done", "BooleanEquals": false,
                    "Next": "Poll"}], "Default": "Finish"},
                  "Finish": {"Type": "Pass", "End": true}}}""").orThrow();

        // WHEN
        String page = CoverageReport.page(StateMachineCoverage.of("poll", "poll.asl.json", machine));

        // THEN
        assertThat(page).contains("<title>Done? Choices[0] -&gt; Poll: 0 hits</title>")
                .containsPattern("<path class=\"missed\" d=\"M[0-9]+,[0-9]+ C[^\"]+\"[^>]*><title>Done\\? Choices\\[0\\]")
                .contains("Task · 0 hits · retriers 0/1", "<circle");
    }

    @Test
    void marks_the_edges_of_two_choice_rules_to_one_state_and_a_distributed_item_processor_by_what_ran() {
        // GIVEN
        var machine = dev.orrery.parse.AslParser.parse("""
                {"StartAt": "Each", "States": {
                  "Each": {"Type": "Map", "ItemsPath": "$.sizes", "End": true,
                    "ItemProcessor": {"ProcessorConfig": {"Mode": "DISTRIBUTED", "ExecutionType": "STANDARD"},
                      "StartAt": "Small?", "States": {
                        "Small?": {"Type": "Choice", "Choices": [
                            {"Variable": "$", "NumericLessThan": 10, "Next": "Item"},
                            {"Variable": "$", "NumericLessThan": 100, "Next": "Item"}], "Default": "Item"},
                        "Item": {"Type": "Pass", "End": true}}}}}}""").orThrow();
        var execution = dev.orrery.run.StateMachineRunner.create(machine, dev.orrery.mock.TaskMocks.none())
                .run(StateMachineCoverageTests.json("{\"sizes\": [50, 60]}"));

        // WHEN
        String page = CoverageReport.page(StateMachineCoverage.of("each", "each.asl.json", machine)
                .record(execution));

        // THEN
        assertThat(page).contains("<h2>Each/ItemProcessor</h2>")
                .contains("<g class=\"covered\"><title>Small? (Choice): 2 hits</title>")
                .containsPattern("<path class=\"missed\"[^>]*><title>Small\\? Choices\\[0\\] -&gt; Item: 0 hits")
                .containsPattern("<path class=\"covered\"[^>]*><title>Small\\? Choices\\[1\\] -&gt; Item: 2 hits")
                .containsPattern("<path class=\"missed\"[^>]*><title>Small\\? Default -&gt; Item: 0 hits")
                .contains("<title>Item -&gt; End: 2 hits</title>");
    }

    @Test
    void a_scope_without_end_draws_no_end_node() {
        String page = CoverageReport.page(empty());

        assertThat(page.substring(0, page.indexOf("<h2>Fan/Branches[0]"))).doesNotContain("<circle");
    }

    @Test
    void writes_the_json_the_index_and_a_page_per_state_machine(@TempDir Path directory) throws IOException {
        // WHEN
        CoverageReport.write(directory.resolve("coverage"), coverage());

        // THEN
        Path report = directory.resolve("coverage");
        assertThat(report.resolve("coverage.json")).exists();
        String index = Files.readString(report.resolve("index.html"));
        assertThat(index).contains("<a href=\"sm-coverage_choices.asl.json-", "6/9 (66.7%)");
        try (var files = Files.list(report)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .anyMatch(name -> name.startsWith("sm-coverage_choices.asl.json-") && name.endsWith(".html"))
                    .noneMatch(name -> name.endsWith(".tmp"));
        }
    }
}
