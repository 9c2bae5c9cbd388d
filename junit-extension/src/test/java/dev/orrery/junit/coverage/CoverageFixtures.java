package dev.orrery.junit.coverage;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.orrery.coverage.Coverage;
import dev.orrery.coverage.StateMachineCoverage;
import dev.orrery.mock.TaskMocks;
import dev.orrery.model.StateMachine;
import dev.orrery.parse.AslParser;
import dev.orrery.run.Execution;
import dev.orrery.run.StateMachineRunner;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

/** A small state machine with a Choice, and runs of it through either branch. */
final class CoverageFixtures {

    static final StateMachine MACHINE = AslParser.parse("""
            {"StartAt": "Check", "States": {
              "Check": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "Next": "Valid?"},
              "Valid?": {"Type": "Choice", "Choices": [{"Variable": "$.ok", "BooleanEquals": true, "Next": "Ship"}],
                         "Default": "Reject"},
              "Ship": {"Type": "Succeed"},
              "Reject": {"Type": "Fail", "Error": "Invalid"}}}""").orThrow();

    private CoverageFixtures() {}

    static Execution run(boolean ok) {
        try {
            return StateMachineRunner.create(MACHINE, TaskMocks.builder().returns("Check", "{\"ok\": " + ok + "}")
                    .build()).run(new ObjectMapper().readTree("{}"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Coverage coverage(boolean... runs) {
        StateMachineCoverage coverage = StateMachineCoverage.of("check.asl.json", "flows/check.asl.json", MACHINE);
        for (boolean ok : runs) {
            coverage = coverage.record(run(ok));
        }
        return new Coverage(List.of(coverage));
    }

    static CoverageSettings settings(Path directory, String session, double states, double transitions) {
        return new CoverageSettings(false, directory, new Thresholds(states, transitions), session);
    }
}
