package dev.orrery.mock;

import static dev.orrery.mock.StepFunctionsLocalResponses.escape;
import static dev.orrery.mock.StepFunctionsLocalResponses.require;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.orrery.internal.json.StrictJson;
import dev.orrery.internal.parser.JsonText;
import dev.orrery.spi.TaskIntegration;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A Step Functions Local mock configuration file ({@code MockConfigFile.json}), read unchanged.
 *
 * <p>{@code StateMachines → <machine> → TestCases → <test case> → <state> → <mocked response name>}, and
 * {@code MockedResponses → <name> → "0" | "1-2" → {"Return": …} | {"Throw": {"Error", "Cause"}}}. As in Step
 * Functions
 * Local, one counter per state per execution picks the entry, advanced on every call including retries; a call no
 * entry covers fails the task with {@code States.Runtime}. A state the test case does not mock would call the real
 * service in Step Functions Local; Orrery fails it closed instead (or asks the fallback given to
 * {@link #testCase(String, String, TaskIntegration)}).
 *
 * <p>The whole file is validated when read: a malformed part throws a {@link MockConfigException} with its JSON
 * pointer, e.g. {@code /StateMachines/Orders/TestCases/HappyPath/Charge}.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class StepFunctionsLocalMockConfig {

    private final Map<String, Map<String, Map<String, String>>> testCases;
    private final Map<String, ResponseSequence> responses;

    private StepFunctionsLocalMockConfig(Map<String, Map<String, Map<String, String>>> testCases,
            Map<String, ResponseSequence> responses) {
        this.testCases = testCases;
        this.responses = responses;
    }

    /**
     * Read and validate a mock configuration.
     *
     * @throws MockConfigException with the JSON pointer of the first malformed part
     * @param config the parsed mock configuration, never {@code null}
     * @return the configuration
     */
    public static StepFunctionsLocalMockConfig read(JsonNode config) {
        require(config.isObject(), "", "an object with \"StateMachines\" and \"MockedResponses\"", config);
        JsonNode machines = config.path("StateMachines");
        require(machines.isObject(), "/StateMachines", "an object of state machine names to test cases", machines);
        JsonNode mocked = config.path("MockedResponses");
        require(mocked.isObject(), "/MockedResponses", "an object of mocked response names to responses", mocked);
        Map<String, ResponseSequence> responses = StepFunctionsLocalResponses.read(mocked.deepCopy(), "/MockedResponses");
        return new StepFunctionsLocalMockConfig(MockConfigTestCases.read(machines, responses.keySet()), responses);
    }

    /**
     * Read and validate a mock configuration file.
     *
     * @throws IOException when the file cannot be read, or is not JSON (a duplicate key or content after the value
     *     included): then the message reads {@code FILE:LINE:COLUMN is not valid JSON: PROBLEM}
     * @throws MockConfigException with the JSON pointer of the first malformed part
     * @param file the mock configuration file (UTF-8 JSON), never {@code null}
     * @return the configuration
     */
    public static StepFunctionsLocalMockConfig read(Path file) throws IOException {
        String text;
        try {
            text = JsonText.decode(Files.readAllBytes(file));
        } catch (JsonText.MalformedTextException e) {
            throw new IOException(file + ":" + e.line() + ":" + e.column() + " is " + e.getMessage(), e);
        }
        try {
            return read(StrictJson.read(text));
        } catch (JsonProcessingException e) {
            JsonLocation location = e.getLocation();
            String where = location == null ? "" : ":" + location.getLineNr() + ":" + location.getColumnNr();
            throw new IOException(file + where + " is not valid JSON: " + JsonText.describe(e), e);
        }
    }

    /**
     * Return the state machine names, in file order.
     *
     * @return the state machine names
     */
    public List<String> stateMachines() {
        return List.copyOf(testCases.keySet());
    }

    /**
     * Return the test case names of a state machine, in file order.
     *
     * @param stateMachine the state machine name, never {@code null}
     * @return the test case names
     */
    public List<String> testCases(String stateMachine) {
        return List.copyOf(machine(stateMachine).keySet());
    }

    /**
     * Return the mocks of a test case; unmocked states fail closed.
     *
     * @param stateMachine the state machine name, never {@code null}
     * @param testCase the test case name, never {@code null}
     * @return the test case's mocks
     */
    public TaskMocks testCase(String stateMachine, String testCase) {
        return build(stateMachine, testCase, null);
    }

    /**
     * Return the mocks of a test case; the fallback answers the states it leaves out (SFN Local's real calls).
     *
     * @param stateMachine the state machine name, never {@code null}
     * @param testCase the test case name, never {@code null}
     * @param fallback the integration that answers the states the test case leaves out, never {@code null}
     * @return the test case's mocks
     */
    public TaskMocks testCase(String stateMachine, String testCase, TaskIntegration fallback) {
        return build(stateMachine, testCase, Objects.requireNonNull(fallback, "fallback"));
    }

    /**
     * Return the mocks of a test case of the file's only state machine.
     *
     * @param testCase the test case name, never {@code null}
     * @return the test case's mocks
     */
    public TaskMocks testCase(String testCase) {
        if (testCases.size() != 1) {
            throw new IllegalArgumentException("The mock configuration has " + testCases.size()
                    + " state machines " + testCases.keySet() + ": name the state machine");
        }
        return testCase(testCases.keySet().iterator().next(), testCase);
    }

    private TaskMocks build(String stateMachine, String testCase, @Nullable TaskIntegration fallback) {
        Map<String, String> states = machine(stateMachine).get(Objects.requireNonNull(testCase, "testCase"));
        if (states == null) {
            throw new IllegalArgumentException("State machine \"" + stateMachine + "\" has no test case \"" + testCase
                    + "\"; its test cases: " + testCases(stateMachine));
        }
        List<MockRule> rules = new ArrayList<>();
        states.forEach((state, response) ->
                rules.add(new MockRule(RequestMatchers.state(state), responses.get(response), state, false)));
        return new TaskMocks(rules, false, fallback);
    }

    private Map<String, Map<String, String>> machine(String stateMachine) {
        Map<String, Map<String, String>> cases = testCases.get(Objects.requireNonNull(stateMachine, "stateMachine"));
        if (cases == null) {
            throw new IllegalArgumentException("The mock configuration has no state machine \"" + stateMachine
                    + "\"; it has " + testCases.keySet());
        }
        return cases;
    }

    static String pointer(String... keys) {
        StringBuilder pointer = new StringBuilder();
        for (String key : keys) {
            pointer.append('/').append(escape(key));
        }
        return pointer.toString();
    }
}
