package dev.orrery.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.orrery.coverage.CoverageItem;
import dev.orrery.coverage.StateMachineCoverage;
import dev.orrery.mock.TaskMocks;
import dev.orrery.model.StateMachine;
import dev.orrery.parse.AslParser;
import dev.orrery.run.StateMachineRunner;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServedCoverageTests {

    private static final String ARN = "arn:aws:states:us-east-1:123456789012:stateMachine:check";

    private static StateMachine machine(String definition) {
        return AslParser.parse(definition).orThrow();
    }

    @Test
    void counts_the_runs_of_an_updated_state_machine_on_the_states_of_the_definition_that_ran(@TempDir Path dir) {
        // GIVEN
        StateMachine first = machine("""
                {"StartAt": "Check", "States": {"Check": {"Type": "Pass", "Next": "Ship"},
                  "Ship": {"Type": "Succeed"}}}""");
        StateMachine updated = machine("""
                {"StartAt": "Check", "States": {"Check": {"Type": "Pass", "Next": "Audit"},
                  "Audit": {"Type": "Succeed"}}}""");
        ServedCoverage coverage = new ServedCoverage(dir);
        coverage.record("check", ARN, first, StateMachineRunner.create(first, TaskMocks.none())
                .run(JsonNodeFactory.instance.objectNode()));

        // WHEN
        coverage.record("check", ARN, updated, StateMachineRunner.create(updated, TaskMocks.none())
                .run(JsonNodeFactory.instance.objectNode()));

        // THEN
        StateMachineCoverage recorded = coverage.coverage().stateMachine(ARN).orElseThrow();
        assertThat(recorded.hits(CoverageItem.state("Check"))).isEqualTo(2);
        assertThat(recorded.hits(CoverageItem.state("Ship"))).isEqualTo(1);
        assertThat(recorded.hits(CoverageItem.state("Audit"))).isEqualTo(1);
    }
}
