package dev.orrery.junit.coverage;

import static dev.orrery.junit.coverage.CoverageFixtures.MACHINE;
import static dev.orrery.junit.coverage.CoverageFixtures.run;
import static dev.orrery.junit.coverage.CoverageFixtures.settings;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CoverageCollectorTests {

    @TempDir
    Path directory;

    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8);

    private String output() {
        return printed.toString(StandardCharsets.UTF_8).replace(directory.toUri().toString(), "<dir>/");
    }

    @Test
    void adds_up_the_executions_of_each_source_and_prints_one_summary_line_per_state_machine() {
        // GIVEN
        CoverageCollector collector = new CoverageCollector();
        collector.add("check.asl.json", "flows/check.asl.json", MACHINE, run(true));
        collector.add("check.asl.json", "flows/check.asl.json", MACHINE, run(true));

        // WHEN
        collector.finish(settings(directory, "run", -1, -1), out);

        // THEN
        assertThat(output()).isEqualTo("""
                [INFO] Orrery coverage check.asl.json: states 3/4 (75.0%), transitions 2/3 (66.7%), retriers 0/0\
                 (100.0%), catchers 0/0 (100.0%)
                [INFO] Orrery coverage report: <dir>/index.html
                """);
        assertThat(directory.resolve("coverage.json")).exists();
    }

    @Test
    void fails_the_run_naming_each_state_machine_below_its_minimum_and_what_it_missed() {
        // GIVEN
        CoverageCollector collector = new CoverageCollector();
        collector.add("check.asl.json", "flows/check.asl.json", MACHINE, run(true));

        // WHEN / THEN
        assertThatThrownBy(() -> collector.finish(settings(directory, "run", 0.8, 0.5), out))
                .isInstanceOf(CoverageThresholdError.class)
                .hasMessage("""
                        Orrery coverage is below the minimum:
                          check.asl.json (flows/check.asl.json): states coverage is 3/4 (75.0%) but the minimum is\
                         80.0% (orrery.coverage.minimumStates)
                        Missed in check.asl.json: Valid? Default -> Reject, Reject
                        Write tests that reach them, or lower the minimum. Report:\s""" + directory.resolve("index.html")
                        .toUri());
    }

    @Test
    void passes_when_every_state_machine_reaches_its_minimum() {
        CoverageCollector collector = new CoverageCollector();
        collector.add("check.asl.json", "flows/check.asl.json", MACHINE, run(true));
        collector.add("check.asl.json", "flows/check.asl.json", MACHINE, run(false));

        collector.finish(settings(directory, "run", 1.0, 1.0), out);

        assertThat(output()).contains("states 4/4 (100.0%), transitions 3/3 (100.0%)");
    }

    @Test
    void a_minimum_of_the_test_class_wins_over_the_system_property() {
        // GIVEN
        CoverageCollector collector = new CoverageCollector();
        collector.add("check.asl.json", "flows/check.asl.json", MACHINE, run(true));
        collector.requireMinimum("flows/check.asl.json", new Thresholds(0.5, Thresholds.NONE));

        // WHEN / THEN
        collector.finish(settings(directory, "run", 0.9, Thresholds.NONE), out);
        collector.requireMinimum("flows/check.asl.json", new Thresholds(Thresholds.NONE, 0.9));
        assertThatThrownBy(() -> collector.finish(settings(directory, "run", Thresholds.NONE, Thresholds.NONE), out))
                .hasMessageContaining("transitions coverage is 2/3 (66.7%) but the minimum is 90.0%");
    }

    @Test
    void writes_nothing_when_skipped_or_when_nothing_ran() {
        CoverageCollector collector = new CoverageCollector();
        collector.finish(settings(directory, "run", 1.0, 1.0), out);
        collector.add("check.asl.json", "flows/check.asl.json", MACHINE, run(true));
        collector.finish(new CoverageSettings(true, directory, new Thresholds(1.0, 1.0), "run"), out);

        assertThat(directory).isEmptyDirectory();
        assertThat(output()).isEmpty();
    }

    @Test
    void names_a_source_after_its_last_path_segment() {
        assertThat(CoverageCollector.nameOf("statemachines/order.asl.json")).isEqualTo("order.asl.json");
        assertThat(CoverageCollector.nameOf("C:\\flows\\order.asl.yaml")).isEqualTo("order.asl.yaml");
        assertThat(CoverageCollector.nameOf("order.asl.json")).isEqualTo("order.asl.json");
    }

    @Test
    void is_the_installed_coverage_sink_that_tools_without_a_dependency_on_this_module_find() {
        // GIVEN
        dev.orrery.coverage.CoverageSink sink = dev.orrery.coverage.CoverageSink.installed();
        String source = "sink/" + System.identityHashCode(this) + "/check.asl.json";

        // WHEN
        sink.record("check.asl.json", source, MACHINE, run(true));

        // THEN
        assertThat(CoverageCollector.recorded().stateMachine(source)).hasValueSatisfying(coverage ->
                assertThat(coverage.stateCount().covered()).isEqualTo(3));
    }
    @Test
    void counts_the_runs_of_a_changed_definition_under_one_source_on_the_states_of_the_definition_that_ran() {
        // GIVEN: the endpoint records under the state machine's ARN, which an update (or a delete and create) keeps
        String arn = "arn:aws:states:us-east-1:123456789012:stateMachine:check";
        dev.orrery.model.StateMachine changed = dev.orrery.parse.AslParser.parse("""
                {"StartAt": "Check", "States": {
                  "Check": {"Type": "Pass", "Next": "Audit"},
                  "Audit": {"Type": "Succeed"}}}""").orThrow();
        CoverageCollector collector = new CoverageCollector();
        collector.add("check", arn, MACHINE, run(true));

        // WHEN
        collector.add("check", arn, changed, dev.orrery.run.StateMachineRunner.create(changed,
                dev.orrery.mock.TaskMocks.none()).run(com.fasterxml.jackson.databind.node.JsonNodeFactory.instance
                        .objectNode()));

        // THEN
        dev.orrery.coverage.StateMachineCoverage coverage = collector.coverage().stateMachine(arn).orElseThrow();
        assertThat(coverage.hits(dev.orrery.coverage.CoverageItem.state("Audit"))).isEqualTo(1);
        assertThat(coverage.hits(dev.orrery.coverage.CoverageItem.state("Check"))).isEqualTo(2);
        assertThat(coverage.hits(dev.orrery.coverage.CoverageItem.state("Ship"))).isEqualTo(1);
    }
}
