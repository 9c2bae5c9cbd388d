package dev.orrery.internal.jsonata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.orrery.internal.eval.EvaluationContext;
import dev.orrery.internal.eval.StatesException;
import dev.orrery.internal.variables.JsonataAssign;
import dev.orrery.internal.variables.ScopedEvaluationContext;
import dev.orrery.internal.variables.VariableScope;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Replays AWS's recorded single-state JSONata Pass executions: the state's {@code Output} and {@code Assign} are
 * evaluated against the recorded input and compared with the recorded output, {@code assignedVariables} or
 * {@code States.QueryEvaluationError} cause.
 */
class JsonataPassReplayTests {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String PREFIX_END = "). ";

    static List<Arguments> cases() throws IOException {
        Path dir = Path.of(System.getProperty("orrery.conformance.dir", "../../shared/conformance"));
        assumeTrue(Files.isDirectory(dir), "conformance corpus absent: " + dir);
        List<Arguments> cases = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                JsonNode recorded = MAPPER.readTree(file.toFile());
                if (isSingleJsonataPass(recorded)) {
                    cases.add(Arguments.of(file.getFileName().toString(), recorded));
                }
            }
        }
        assumeTrue(!cases.isEmpty(), "no JSONata Pass cases in " + dir);
        return cases;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void gives_what_aws_recorded(String name, JsonNode recorded) {
        assertThat(replay(recorded)).as(name).isNull();
    }

    @Test
    void reports_the_replay_rate() throws IOException {
        List<Arguments> cases = cases();
        long passed = cases.stream().filter(c -> replay((JsonNode) c.get()[1]) == null).count();
        System.out.printf("JSONata Pass replay: %d of %d recorded cases match%n", passed, cases.size());
        assertThat(passed).isEqualTo(cases.size());
    }

    /** Return the first difference from the recording, or {@code null} when none. */
    private static @Nullable String replay(JsonNode recorded) {
        JsonNode state = recorded.path("definition").path("States").elements().next();
        JsonNode input = recorded.path("input");
        JsonNode expected = recorded.path("expected");
        JsonataBindings bindings = JsonataBindings.of(input,
                new ScopedEvaluationContext(EvaluationContext.of(contextObject(recorded)), VariableScope.root()));
        try {
            JsonNode output = state.has("Output")
                    ? JsonataTemplate.compile(state.get("Output"), "Output").evaluate(bindings) : input;
            JsonNode assigned = state.has("Assign")
                    ? JsonataAssign.compile(state.get("Assign"), "Assign").evaluate(bindings).toJson() : null;
            if (!expected.path("status").asText().equals("SUCCEEDED")) {
                return "succeeded but AWS failed with " + expected.path("cause").asText();
            }
            if (!output.equals(expected.path("output"))) {
                return "output " + output + " but AWS gave " + expected.path("output");
            }
            JsonNode expectedAssigned = recordedAssignedVariables(expected);
            if (expectedAssigned != null && !expectedAssigned.equals(assigned)) {
                return "assigned " + assigned + " but AWS recorded " + expectedAssigned;
            }
            return null;
        } catch (StatesException e) {
            String cause = expected.path("cause").asText();
            String awsCause = cause.substring(cause.indexOf(PREFIX_END) + PREFIX_END.length());
            boolean same = e.error().equals(expected.path("error").asText()) && awsCause.equals(e.cause());
            return same ? null : "failed with " + e.getMessage() + " but AWS gave " + expected;
        } catch (Exception e) {
            return "could not compile: " + e.getMessage();
        }
    }

    private static @Nullable JsonNode recordedAssignedVariables(JsonNode expected) {
        for (JsonNode event : expected.path("events")) {
            JsonNode details = event.path("stateExitedEventDetails");
            if (details.has("assignedVariables")) {
                return details.get("assignedVariables");
            }
        }
        return null;
    }

    private static boolean isSingleJsonataPass(JsonNode recorded) {
        JsonNode definition = recorded.path("definition");
        JsonNode states = definition.path("States");
        if (states.size() != 1) {
            return false;
        }
        JsonNode state = states.elements().next();
        String language = state.path("QueryLanguage").asText(definition.path("QueryLanguage").asText("JSONPath"));
        return state.path("Type").asText().equals("Pass") && language.equals("JSONata");
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
                .put("RoleArn", context.path("roleArn").asText())
                .put("StartTime", "2024-01-01T00:00:00.000Z")
                .set("Input", recorded.path("input"));
        object.putObject("StateMachine").put("Id", prefix + ":stateMachine:" + machine).put("Name", machine);
        String stateName = recorded.path("definition").path("States").fieldNames().next();
        object.putObject("State").put("Name", stateName).put("EnteredTime", "2024-01-01T00:00:00.000Z");
        return object;
    }
}
