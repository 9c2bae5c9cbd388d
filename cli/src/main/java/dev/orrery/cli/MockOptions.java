package dev.orrery.cli;

import dev.orrery.mock.StepFunctionsLocalMockConfig;
import dev.orrery.mock.TaskMocks;
import java.nio.file.Path;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The mock options of {@code orrery run}: {@code --mocks FILE} (responses keyed by state name) or
 * {@code --mock-config FILE --test-case NAME [--state-machine NAME]} (a Step Functions Local
 * {@code MockConfigFile.json}, read unchanged).
 */
final class MockOptions {

    private MockOptions() {}

    /** Return the mocks the options name; none at all when no mock option is given. */
    static TaskMocks mocks(Arguments arguments, String stem, boolean template) throws UsageException {
        String mocks = arguments.option("mocks");
        String config = arguments.option("mock-config");
        String testCase = arguments.option("test-case");
        String stateMachine = arguments.option("state-machine");
        if (mocks != null && config != null) {
            throw new UsageException("use either --mocks or --mock-config, not both");
        }
        if (config == null) {
            if (testCase != null || stateMachine != null && !template) {
                throw new UsageException("--test-case and --state-machine need --mock-config FILE");
            }
            return responsesByState(mocks);
        }
        if (testCase == null) {
            throw new UsageException("--mock-config needs --test-case NAME");
        }
        return testCase(config, testCase, stateMachine, stem);
    }

    private static TaskMocks responsesByState(@Nullable String file) throws UsageException {
        if (file == null) {
            return TaskMocks.none();
        }
        try {
            return TaskMocks.fromStepFunctionsLocal(JsonFiles.file("--mocks", Path.of(file)));
        } catch (IllegalArgumentException e) {
            throw new UsageException("--mocks file " + file + ": " + e.getMessage());
        }
    }

    private static TaskMocks testCase(String file, String testCase, @Nullable String stateMachine, String stem)
            throws UsageException {
        StepFunctionsLocalMockConfig config;
        try {
            config = StepFunctionsLocalMockConfig.read(JsonFiles.file("--mock-config", Path.of(file)));
        } catch (IllegalArgumentException e) {
            throw new UsageException("--mock-config file " + file + ": " + e.getMessage());
        }
        String machine = stateMachine != null ? stateMachine : machineFor(config, stem, file);
        try {
            return config.testCase(machine, testCase);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--mock-config file " + file + ": " + e.getMessage());
        }
    }

    /** Pick the file's only state machine, or the one named like the definition ({@code Name.asl.json}). */
    private static String machineFor(StepFunctionsLocalMockConfig config, String stem, String file)
            throws UsageException {
        List<String> machines = config.stateMachines();
        if (machines.size() == 1) {
            return machines.get(0);
        }
        if (machines.contains(stem)) {
            return stem;
        }
        throw new UsageException("--mock-config file " + file + " has the state machines " + machines
                + ": name one with --state-machine NAME");
    }
}
