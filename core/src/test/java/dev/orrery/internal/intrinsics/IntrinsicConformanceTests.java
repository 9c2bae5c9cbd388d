package dev.orrery.internal.intrinsics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
 * Replays the intrinsic calls of AWS's recorded executions: every single-Pass-state JSONPath case whose Parameters
 * hold {@code FunctionResult.$} with an intrinsic call, compared with the recorded {@code FunctionResult}.
 */
class IntrinsicConformanceTests {

    static Stream<Arguments> cases() throws IOException {
        Path dir = Path.of(System.getProperty("orrery.conformance.dir", "../../shared/conformance"));
        assumeTrue(Files.isDirectory(dir), "conformance corpus absent: " + dir);
        List<Arguments> cases = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                JsonNode recorded = Intrinsics.MAPPER.readTree(file.toFile());
                JsonNode call = intrinsicCall(recorded);
                JsonNode expected = recorded.path("expected").path("output").path("FunctionResult");
                if (call != null && !expected.isMissingNode() && !isRedacted(recorded)) {
                    cases.add(Arguments.of(file.getFileName().toString(), call.textValue(), recorded, expected));
                }
            }
        }
        assumeTrue(!cases.isEmpty(), "no intrinsic cases in " + dir);
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void gives_the_result_aws_recorded(String name, String call, JsonNode recorded, JsonNode expected)
            throws Exception {
        JsonNode input = recorded.path("input");
        JsonNode result = IntrinsicFunctions.compile(call).evaluate(input, EvaluationContext.of(contextObject(recorded)));
        assertThat(result).as(call).isEqualTo(expected);
    }

    private static @Nullable JsonNode intrinsicCall(JsonNode recorded) {
        if (!recorded.path("features").path("query_language").asText().equals("JSONPath")
                || recorded.path("features").path("intrinsic_functions").isEmpty()) {
            return null;
        }
        JsonNode states = recorded.path("definition").path("States");
        if (states.size() != 1) {
            return null;
        }
        JsonNode state = states.elements().next();
        JsonNode call = state.path("Parameters").path("FunctionResult.$");
        return state.path("Type").asText().equals("Pass") && call.isTextual()
                && IntrinsicFunctions.isIntrinsic(call.textValue()) ? call : null;
    }

    private static boolean isRedacted(JsonNode recorded) {
        return !recorded.path("redactions").path("paths").isEmpty()
                || !recorded.path("redactions").path("placeholders").isEmpty();
    }

    private static JsonNode contextObject(JsonNode recorded) {
        JsonNode context = recorded.path("context");
        String prefix = "arn:aws:states:" + context.path("region").asText() + ":" + context.path("accountId").asText();
        String machine = context.path("stateMachineName").asText();
        String execution = context.path("executionName").asText();
        ObjectNode object = Intrinsics.MAPPER.createObjectNode();
        object.putObject("Execution")
                .put("Id", prefix + ":execution:" + machine + ":" + execution)
                .put("Name", execution)
                .set("Input", recorded.path("input"));
        object.putObject("StateMachine").put("Id", prefix + ":stateMachine:" + machine).put("Name", machine);
        return object;
    }
}
