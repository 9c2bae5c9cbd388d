package dev.orrery.internal.variables;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.orrery.internal.dataflow.PayloadTemplate;
import dev.orrery.internal.eval.EvaluationContext;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Replays the {@code Assign} of AWS's recorded JSONPath Pass states that run first (no variables before them): the
 * Assign is evaluated against the state result ({@code Result}, else {@code Parameters}, else the input) and
 * compared with the recorded {@code assignedVariables} of the state's exit event. Recordings whose assigned values
 * hold a timestamp the recorder replaced by {@code date} are left out.
 */
class JsonPathAssignReplayTests {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    static List<Arguments> cases() throws IOException {
        Path dir = Path.of(System.getProperty("orrery.conformance.dir", "../../shared/conformance"));
        assumeTrue(Files.isDirectory(dir), "conformance corpus absent: " + dir);
        List<Arguments> cases = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                JsonNode recorded = MAPPER.readTree(file.toFile());
                JsonNode first = firstState(recorded);
                JsonNode assigned = firstAssigned(recorded);
                if (first.path("Type").asText().equals("Pass") && first.has("Assign") && assigned != null
                        && isJsonPath(recorded, first) && !first.has("InputPath")
                        && recorded.path("redactions").path("placeholders").isEmpty()
                        && !hasRedactedTimestamp(assigned)) {
                    cases.add(Arguments.of(file.getFileName().toString(), recorded, first, assigned));
                }
            }
        }
        assumeTrue(!cases.isEmpty(), "no JSONPath Assign cases in " + dir);
        return cases;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void assigns_what_aws_recorded(String name, JsonNode recorded, JsonNode state, JsonNode expected)
            throws Exception {
        EvaluationContext context = new ScopedEvaluationContext(
                EvaluationContext.of(contextObject(recorded)), VariableScope.root());
        JsonNode input = recorded.path("input");
        JsonNode result = state.has("Result") ? state.get("Result")
                : state.has("Parameters")
                        ? PayloadTemplate.compile(state.get("Parameters"), "Parameters").evaluate(input, context)
                        : input;
        AssignedVariables assigned = JsonPathAssign.compile(state.get("Assign"), "Assign").evaluate(result, context);
        assertThat(assigned.toJson()).isEqualTo(expected);
    }

    private static JsonNode firstState(JsonNode recorded) {
        JsonNode definition = recorded.path("definition");
        return definition.path("States").path(definition.path("StartAt").asText());
    }

    private static @Nullable JsonNode firstAssigned(JsonNode recorded) {
        for (JsonNode event : recorded.path("expected").path("events")) {
            if (event.path("type").asText().endsWith("StateExited")) {
                return event.path("stateExitedEventDetails").get("assignedVariables");
            }
        }
        return null;
    }

    /** Return whether the recorder replaced a timestamp by the text {@code date} (it did so without a note). */
    private static boolean hasRedactedTimestamp(JsonNode value) {
        if (value.isTextual()) {
            return value.textValue().equals("date");
        }
        for (JsonNode child : value) {
            if (hasRedactedTimestamp(child)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isJsonPath(JsonNode recorded, JsonNode state) {
        String top = recorded.path("definition").path("QueryLanguage").asText("JSONPath");
        return state.path("QueryLanguage").asText(top).equals("JSONPath");
    }

    private static JsonNode contextObject(JsonNode recorded) {
        JsonNode context = recorded.path("context");
        String prefix = "arn:aws:states:" + context.path("region").asText() + ":" + context.path("accountId").asText();
        String machine = context.path("stateMachineName").asText();
        String execution = context.path("executionName").asText();
        ObjectNode object = MAPPER.createObjectNode();
        object.putObject("Execution")
                .put("Id", prefix + ":execution:" + machine + ":" + execution)
                .put("Name", execution)
                .set("Input", recorded.path("input"));
        object.putObject("StateMachine").put("Id", prefix + ":stateMachine:" + machine).put("Name", machine);
        return object;
    }
}
