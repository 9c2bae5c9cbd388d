package dev.orrery.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.orrery.mock.StepFunctionsLocalMockConfig;
import dev.orrery.mock.TaskMocks;
import dev.orrery.model.StateMachine;
import java.nio.file.Path;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The mock options of {@code orrery run}: {@code --mocks FILE} (responses keyed by state name) or
 * {@code --mock-config FILE --test-case NAME [--state-machine NAME]} (a Step Functions Local
 * {@code MockConfigFile.json}, read unchanged), and {@code --default-mock JSON} for every other Task state.
 */
final class MockOptions {

    private MockOptions() {}

    /** Return the mocks the options name, around them the default response; none when no mock option is given. */
    static TaskMocks mocks(Arguments arguments, String stem, boolean template, StateMachine machine)
            throws UsageException {
        String mocks = arguments.option("mocks");
        String config = arguments.option("mock-config");
        String testCase = arguments.option("test-case");
        String stateMachine = arguments.option("state-machine");
        if (mocks != null && config != null) {
            throw new UsageException("use either --mocks or --mock-config, not both");
        }
        String defaultMock = arguments.option("default-mock");
        JsonNode defaults = defaultMock == null ? null
                : DefaultResponse.everyCallReturns(JsonFiles.inlineOrFile("--default-mock", defaultMock));
        if (config == null) {
            if (testCase != null || stateMachine != null && !template) {
                throw new UsageException("--test-case and --state-machine need --mock-config FILE");
            }
            return mocks == null ? DefaultResponse.around(TaskMocks.none(), defaults, machine)
                    : responsesByState(mocks, defaults, machine);
        }
        if (testCase == null) {
            throw new UsageException("--mock-config needs --test-case NAME");
        }
        TaskMocks testCaseMocks = testCase(config, testCase, stateMachine, stem);
        DefaultResponse.checkStates("--mock-config file " + config + " (test case " + testCase + ")",
                testCaseMocks.mockedStates(), machine);
        return DefaultResponse.around(testCaseMocks, defaults, machine);
    }

    /** Read a mocks file keyed by state name, whose {@code "*"} entry answers every other Task state. */
    private static TaskMocks responsesByState(String file, @Nullable JsonNode defaultMock, StateMachine machine)
            throws UsageException {
        JsonNode responses = JsonFiles.file("--mocks", Path.of(file));
        JsonNode any = responses.isObject() ? ((ObjectNode) responses).remove(DefaultResponse.ANY_STATE) : null;
        if (any != null && defaultMock != null) {
            throw new UsageException("use either --default-mock or a \"*\" entry in --mocks file " + file
                    + ", not both");
        }
        TaskMocks mocks;
        try {
            mocks = TaskMocks.fromStepFunctionsLocal(responses);
            if (any != null) {
                TaskMocks.fromStepFunctionsLocal(JsonNodeFactory.instance.objectNode()
                        .set(DefaultResponse.ANY_STATE, any));
            }
        } catch (IllegalArgumentException e) {
            throw new UsageException("--mocks file " + file + ": " + e.getMessage());
        }
        DefaultResponse.checkKeys(file, responses, machine);
        return DefaultResponse.around(mocks, any != null ? any : defaultMock, machine);
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
