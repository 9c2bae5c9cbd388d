package dev.orrery.mock;

import static dev.orrery.mock.StepFunctionsLocalMockConfig.pointer;
import static dev.orrery.mock.StepFunctionsLocalResponses.require;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** Reads and checks the {@code StateMachines} part of a Step Functions Local mock configuration. */
final class MockConfigTestCases {

    private MockConfigTestCases() {}

    static Map<String, Map<String, Map<String, String>>> read(JsonNode machines, Set<String> responseNames) {
        Map<String, Map<String, Map<String, String>>> result = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> machine : machines.properties()) {
            JsonNode cases = machine.getValue().path("TestCases");
            require(cases.isObject(), pointer("StateMachines", machine.getKey(), "TestCases"),
                    "an object of test case names to mocked states", cases);
            Map<String, Map<String, String>> byCase = new LinkedHashMap<>();
            for (Map.Entry<String, JsonNode> testCase : cases.properties()) {
                byCase.put(testCase.getKey(), states(machine.getKey(), testCase, responseNames));
            }
            result.put(machine.getKey(), Collections.unmodifiableMap(byCase));
        }
        return Collections.unmodifiableMap(result);
    }

    private static Map<String, String> states(String machine, Map.Entry<String, JsonNode> testCase,
            Set<String> responseNames) {
        require(testCase.getValue().isObject(), pointer("StateMachines", machine, "TestCases", testCase.getKey()),
                "an object of state names to mocked response names", testCase.getValue());
        Map<String, String> states = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> state : testCase.getValue().properties()) {
            String at = pointer("StateMachines", machine, "TestCases", testCase.getKey(), state.getKey());
            require(state.getValue().isTextual(), at, "the name of a mocked response", state.getValue());
            String name = state.getValue().asText();
            require(responseNames.contains(name), at, "one of the MockedResponses " + responseNames,
                    "\"" + name + "\"");
            states.put(state.getKey(), name);
        }
        return Collections.unmodifiableMap(states);
    }
}
