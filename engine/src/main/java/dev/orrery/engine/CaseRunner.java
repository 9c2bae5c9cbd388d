package dev.orrery.engine;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orrery.junit.coverage.CoverageCollector;
import dev.orrery.mock.MockSession;
import dev.orrery.mock.RecordedCall;
import dev.orrery.mock.StepFunctionsLocalMockConfig;
import dev.orrery.mock.TaskMocks;
import dev.orrery.model.StateMachine;
import dev.orrery.run.ChildVisits;
import dev.orrery.run.Execution;
import dev.orrery.run.ExecutionLimitExceededException;
import dev.orrery.run.ExecutionOptions;
import dev.orrery.run.ExecutionSession;
import dev.orrery.run.StateMachineRunner;
import dev.orrery.spi.TaskIntegration;
import dev.orrery.spi.UnmockedTaskException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** Runs one case: its mocks over the mock configuration's test case, its input, its callbacks, its expectations. */
final class CaseRunner {

    private final StateMachine machine;
    private final TestFile file;
    private final ExecutionOptions options;
    private final @Nullable StepFunctionsLocalMockConfig mockConfig;
    private final @Nullable String mockConfigMachine;
    private final @Nullable String coverageSource;
    private final Map<String, StateMachine> nested = new LinkedHashMap<>();
    /** The coverage source of each nested state machine: its definition as the test file resolves it. */
    private final Map<String, String> nestedSources = new LinkedHashMap<>();

    /**
     * Prepare the runs of the file's cases.
     *
     * @throws InvalidTestFileException when a nested state machine cannot be loaded
     */
    CaseRunner(StateMachine machine, TestFileDescriptor file) {
        this.machine = machine;
        this.file = file.file();
        String name = this.file.stateMachineName();
        this.options = name == null ? ExecutionOptions.defaults()
                : ExecutionOptions.defaults().withStateMachineName(name);
        this.mockConfig = file.mockConfig();
        this.mockConfigMachine = file.mockConfigMachine();
        this.coverageSource = coverageSource(this.file);
        this.file.nested().forEach((arn, definition) -> {
            nested.put(arn, DefinitionLoader.loadNested(this.file, arn, definition));
            nestedSources.put(arn, this.file.named("nestedStateMachines/" + arn, definition.text(),
                    definition.position()).label());
        });
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
        RunSettings settings = spec.settings().over(file.settings());
        ExecutionOptions runOptions = settings.apply(options);
        TaskMocks mocks = MockFactory.build(file.mocks(), spec, machine, base(testCase));
        MockSession session = mocks.session();
        StateMachineRunner runner = runner(session, runOptions, settings);
        JsonNode input = spec.inputFile() == null ? spec.input() : InputFiles.read(file, spec.inputFile());
        Execution execution;
        try {
            if (spec.callbacks().isEmpty()) {
                execution = runner.run(input);
            } else {
                ExecutionSession started = runner.start(input);
                CallbackPlayer.play(started, runOptions.startTime(), spec.callbacks());
                execution = started.runToCompletion();
            }
        } catch (UnmockedTaskException | ExecutionLimitExceededException stopped) {
            throw new CaseStoppedException(stoppedRun(spec, stopped, session.calls()), stopped);
        }
        onExecution(machine, execution);
        ExpectationChecker.check(execution, spec.expectations(), names(spec, settings, runOptions));
        if (!settings.isLenient()) {
            verifyOwnMocksUsed(spec, session, execution);
        }
    }

    private StateMachineRunner runner(MockSession session, ExecutionOptions runOptions, RunSettings settings) {
        StateMachineRunner runner = StateMachineRunner.create(machine, session, runOptions);
        for (Map.Entry<String, StateMachine> child : nested.entrySet()) {
            runner = runner.withNestedStateMachine(child.getKey(), child.getValue());
        }
        List<String> activities = settings.activities();
        return activities == null ? runner : runner.withActivities(activities.toArray(String[]::new));
    }

    /** Return how failure messages name the execution: by its case and state machine, unless it was named. */
    private ExpectationChecker.Names names(CaseSpec spec, RunSettings settings, ExecutionOptions runOptions) {
        String stateMachine = file.stateMachineName() != null ? file.stateMachineName()
                : coverageSource != null ? coverageSource : runOptions.stateMachineName();
        return new ExpectationChecker.Names(runOptions.executionName(), settings.executionName() != null, spec.name(),
                stateMachine);
    }

    /** Describe a run that stopped with an exception as the JUnit extension does: the reason, then the calls made. */
    private static String stoppedRun(CaseSpec spec, RuntimeException stopped, List<RecordedCall> calls) {
        String made = calls.isEmpty() ? "none"
                : calls.stream().map(c -> c.request().stateName() + " (call #" + (c.request().invocation() + 1) + ")")
                        .collect(Collectors.joining(" -> "));
        String reason = String.valueOf(stopped.getMessage())
                .replace("set ExecutionOptions.maxTransitions", "set maxTransitions in the case or the file")
                .replace("set ExecutionOptions.maxVirtualDuration", "set maxVirtualDuration in the case or the file")
                .replaceAll("\n  TaskMocks\\.builder\\(\\)\\.returns\\((\"[^\n]*\"), result\\)\n",
                        "\n  mocks: {$1: {returns: ...}} in the case or the file\n");
        return spec.position() + ": the run of case \"" + spec.name() + "\" did not end: " + reason
                + "\nTask calls before it stopped: " + made;
    }

    /**
     * Fail when a mock the case declares answered no call, as the JUnit extension's strict mocks do; the file's
     * mocks are shared by its cases, so a case need not use them all.
     */
    private void verifyOwnMocksUsed(CaseSpec spec, MockSession session, Execution execution) {
        if (spec.mocks().isEmpty()) {
            return;
        }
        List<String> own = MockFactory.build(List.of(), spec, machine, null).session().unusedMocks();
        List<String> unused = new ArrayList<>(session.unusedMocks());
        unused.retainAll(own);
        if (!unused.isEmpty()) {
            throw new AssertionError(spec.position() + ": unused mocks in case \"" + spec.name() + "\": "
                    + String.join(", ", unused) + ".\nPath taken:\n  " + execution.path() + "\nRemove these mocks "
                    + "or fix their names; to tolerate unused mocks, set \"strictness: lenient\" in the case or the "
                    + "file.");
        }
    }

    /**
     * Receive every finished execution of the engine's cases, passed or failed, before its expectations are checked:
     * the one place where what the engine ran is observed.
     */
    private void onExecution(StateMachine stateMachine, Execution execution) {
        if (coverageSource != null) {
            CoverageCollector.record(coverageSource, stateMachine, execution);
        }
        for (ChildVisits children : execution.childVisits()) {
            String arn = children.stateMachineArn();
            if (arn != null && nested.containsKey(arn)) {
                String source = nestedSources.get(arn);
                CoverageCollector.record(source.substring(source.lastIndexOf('/') + 1), source, nested.get(arn),
                        children);
            }
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
