package dev.orrery.engine;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orrery.junit.coverage.CoverageCollector;
import dev.orrery.mock.StepFunctionsLocalMockConfig;
import dev.orrery.mock.TaskMocks;
import dev.orrery.model.StateMachine;
import dev.orrery.run.Execution;
import dev.orrery.run.ExecutionOptions;
import dev.orrery.run.ExecutionSession;
import dev.orrery.run.StateMachineRunner;
import dev.orrery.spi.TaskIntegration;
import org.jspecify.annotations.Nullable;

/** Runs one case: its mocks over the mock configuration's test case, its input, its callbacks, its expectations. */
final class CaseRunner {

    private final StateMachine machine;
    private final TestFile file;
    private final ExecutionOptions options;
    private final @Nullable StepFunctionsLocalMockConfig mockConfig;
    private final @Nullable String mockConfigMachine;
    private final @Nullable String coverageSource;

    CaseRunner(StateMachine machine, TestFileDescriptor file) {
        this.machine = machine;
        this.file = file.file();
        String name = this.file.stateMachineName();
        this.options = name == null ? ExecutionOptions.defaults()
                : ExecutionOptions.defaults().withStateMachineName(name);
        this.mockConfig = file.mockConfig();
        this.mockConfigMachine = file.mockConfigMachine();
        this.coverageSource = coverageSource(this.file);
    }

    /**
     * Return the name the coverage report gives the state machine: the definition's class path resource (or file) as
     * the test file's folder resolves it, so that test files and JUnit tests of one definition add up.
     */
    private static @Nullable String coverageSource(TestFile file) {
        DefinitionSource definition = file.definition();
        if (definition == null) {
            return null;
        }
        String label = file.named(definition.key(), definition.path(), definition.at()).label();
        return !definition.isTemplate() || definition.stateMachine() == null ? label
                : label + "#" + definition.stateMachine();
    }

    /** Run the case and check its expectations; a failure is thrown as the test's failure. */
    void run(CaseDescriptor testCase) {
        CaseSpec spec = testCase.spec();
        TaskMocks mocks = MockFactory.build(file.mocks(), spec, machine, base(testCase));
        StateMachineRunner runner = StateMachineRunner.create(machine, mocks, options);
        JsonNode input = spec.inputFile() == null ? spec.input() : InputFiles.read(file, spec.inputFile());
        Execution execution;
        if (spec.callbacks().isEmpty()) {
            execution = runner.run(input);
        } else {
            ExecutionSession session = runner.start(input);
            CallbackPlayer.play(session, options.startTime(), spec.callbacks());
            execution = session.runToCompletion();
        }
        onExecution(machine, execution);
        ExpectationChecker.check(execution, spec.expectations());
    }

    /**
     * Receive every finished execution of the engine's cases, passed or failed, before its expectations are checked:
     * the one place where what the engine ran is observed.
     */
    private void onExecution(StateMachine stateMachine, Execution execution) {
        if (coverageSource != null) {
            CoverageCollector.record(coverageSource, stateMachine, execution);
        }
    }

    private @Nullable TaskIntegration base(CaseDescriptor testCase) {
        String name = testCase.mockConfigTestCase();
        if (name == null || mockConfig == null || mockConfigMachine == null) {
            return null;
        }
        return mockConfig.testCase(mockConfigMachine, name);
    }
}
