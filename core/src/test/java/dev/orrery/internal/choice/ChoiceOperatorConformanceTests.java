package dev.orrery.internal.choice;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.orrery.model.ChoiceState;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Replays every JSONPath Choice state of the recorded AWS executions: the output-only Choice-operator cases (the
 * branch shows as the Pass state whose Result AWS output) and each {@code ChoiceStateEntered} of the cases with a
 * history (the branch is the next state entered).
 */
class ChoiceOperatorConformanceTests {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TestFactory
    Stream<DynamicTest> recorded_choice_states_take_the_branch_aws_took() throws IOException {
        String dir = System.getProperty("orrery.conformance.dir");
        Path folder = dir == null || dir.isBlank() ? null : Path.of(dir);
        if (folder == null || !Files.isDirectory(folder)) {
            Assumptions.abort("conformance corpus not found (system property orrery.conformance.dir): " + dir);
        }
        List<DynamicTest> tests = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                JsonNode testCase = MAPPER.readTree(file.toFile());
                if (!testCase.path("definition").toString().contains("\"Choice\"")) {
                    continue;
                }
                String name = file.getFileName().toString();
                if (testCase.path("expected").path("events").isArray()) {
                    tests.addAll(historyTests(name, testCase));
                } else {
                    DynamicTest test = outputOnlyTest(name, testCase);
                    if (test != null) {
                        tests.add(test);
                    }
                }
            }
        }
        return tests.stream();
    }

    private static @Nullable DynamicTest outputOnlyTest(String name, JsonNode testCase) {
        JsonNode definition = testCase.path("definition");
        String start = definition.path("StartAt").asText();
        String language = definition.path("QueryLanguage").asText("JSONPath");
        ChoiceState choice = ChoiceOracle.read(start, definition.path("States").path(start), language);
        String expectedBranch = passStateWithResult(definition, testCase.path("expected").path("output"));
        if (choice == null || expectedBranch == null) {
            return null;
        }
        return DynamicTest.dynamicTest(name, () -> {
            var context = ChoiceOracle.context(ChoiceOracle.contextObject(testCase, start), Map.of());
            var outcome = ChoiceOracle.evaluate(choice, testCase.path("input"), context);
            assertThat(outcome).isEqualTo(new ChoiceOracle.Outcome(expectedBranch, null, null));
        });
    }

    private static @Nullable String passStateWithResult(JsonNode definition, JsonNode output) {
        String found = null;
        for (Map.Entry<String, JsonNode> state : definition.path("States").properties()) {
            JsonNode pass = state.getValue();
            if (pass.path("Type").asText().equals("Pass") && output.equals(pass.get("Result"))) {
                if (found != null) {
                    return null;
                }
                found = state.getKey();
            }
        }
        return found;
    }

    private static List<DynamicTest> historyTests(String name, JsonNode testCase) {
        JsonNode definition = testCase.path("definition");
        String language = definition.path("QueryLanguage").asText("JSONPath");
        boolean redacted = !testCase.path("redactions").path("input_values").isEmpty();
        JsonNode events = testCase.path("expected").path("events");
        Map<String, JsonNode> variables = new HashMap<>();
        List<DynamicTest> tests = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            JsonNode event = events.get(i);
            JsonNode entered = event.path("stateEnteredEventDetails");
            if (event.path("type").asText().equals("ChoiceStateEntered") && !(redacted && i > 1)) {
                String state = entered.path("name").asText();
                JsonNode stateJson = findState(definition, state);
                ChoiceState choice = stateJson == null ? null : ChoiceOracle.read(state, stateJson, language);
                if (choice != null) {
                    JsonNode input = i <= 1 ? testCase.path("input") : entered.path("input");
                    var expected = outcomeAfter(events, i);
                    var context = ChoiceOracle.context(ChoiceOracle.contextObject(testCase, state),
                            Map.copyOf(variables));
                    tests.add(DynamicTest.dynamicTest(name + " event " + i + " " + state, () ->
                            assertThat(ChoiceOracle.evaluate(choice, input, context)).isEqualTo(expected)));
                }
            }
            event.path("stateExitedEventDetails").path("assignedVariables").properties()
                    .forEach(entry -> variables.put(entry.getKey(), entry.getValue()));
        }
        return tests;
    }

    private static ChoiceOracle.Outcome outcomeAfter(JsonNode events, int entered) {
        for (int i = entered + 1; i < events.size(); i++) {
            JsonNode event = events.get(i);
            String type = event.path("type").asText();
            if (type.endsWith("StateEntered")) {
                return new ChoiceOracle.Outcome(event.path("stateEnteredEventDetails").path("name").asText(), null,
                        null);
            }
            if (type.equals("ExecutionFailed")) {
                JsonNode details = event.path("executionFailedEventDetails");
                return new ChoiceOracle.Outcome(null, details.path("error").asText(null),
                        details.path("cause").asText(null));
            }
        }
        return new ChoiceOracle.Outcome(null, null, null);
    }

    private static @Nullable JsonNode findState(JsonNode node, String name) {
        JsonNode states = node.path("States");
        if (states.has(name) && states.get(name).path("Type").asText().equals("Choice")) {
            return states.get(name);
        }
        for (JsonNode child : node) {
            if (child.isContainerNode()) {
                JsonNode found = findState(child, name);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
