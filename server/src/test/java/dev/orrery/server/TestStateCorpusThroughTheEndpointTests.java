package dev.orrery.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.orrery.internal.teststate.RequestJson;
import dev.orrery.run.ExecutionOptions;
import dev.orrery.spi.UnmockedTaskException;
import dev.orrery.teststate.StateTester;
import dev.orrery.teststate.TestStateException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Replays the TestState requests of the recorded corpus ({@code orrery.testState.dir}) through the endpoint and
 * checks that each answer is the one {@link StateTester} gives for the same request: the same response JSON, or the
 * same error code and message with HTTP 400. Cases whose recording called a real service are left out (the endpoint
 * never calls one). How the answers compare with AWS's is the core's corpus test. Skipped when the corpus is absent.
 */
@StepFunctionsEndpoint
class TestStateCorpusThroughTheEndpointTests {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final List<String> TEXT_FIELDS = List.of("definition", "input", "variables", "context");

    @Test
    void answers_every_recorded_request_as_state_tester_does(URI endpoint) throws Exception {
        String dir = System.getProperty("orrery.testState.dir");
        assumeTrue(dir != null && Files.isDirectory(Path.of(dir)),
                "TestState corpus not found (orrery.testState.dir=" + dir + "): skipping");
        List<Path> files;
        try (Stream<Path> list = Files.list(Path.of(dir))) {
            files = list.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
        }
        int replayed = 0;
        List<String> differences = new ArrayList<>();
        for (Path file : files) {
            JsonNode testCase = MAPPER.readTree(file.toFile());
            if (!testCase.path("integration").isMissingNode() && !testCase.path("integration").isNull()) {
                continue;
            }
            replayed++;
            ObjectNode request = wire(testCase);
            HttpResponse<String> response = Raw.post(endpoint, "AWSStepFunctions.TestState", request.toString());
            String difference = difference(expected(request), response);
            if (difference != null) {
                differences.add(testCase.path("id").asText() + ": " + difference);
            }
        }
        System.out.println("TestState through the endpoint: " + (replayed - differences.size()) + "/" + replayed
                + " recorded requests answer as StateTester does");
        assertThat(differences).isEmpty();
    }

    /** Return the request as a client sends it: the fields the API takes as JSON text written as text. */
    private static ObjectNode wire(JsonNode testCase) {
        ObjectNode request = testCase.path("request").deepCopy();
        TEXT_FIELDS.forEach(field -> asText(request, field));
        if (request.path("mock").isObject()) {
            asText((ObjectNode) request.get("mock"), "result");
            JsonNode raw = testCase.path("request_encoding").path("raw_json_strings").path("mock.result");
            if (raw.isTextual()) {
                ((ObjectNode) request.get("mock")).put("result", raw.asText());
            }
        }
        if (request.path("stateConfiguration").isObject()) {
            asText((ObjectNode) request.get("stateConfiguration"), "mapItemReaderData");
        }
        return request;
    }

    private static void asText(ObjectNode node, String field) {
        JsonNode value = node.get(field);
        if (value != null && !value.isNull() && !value.isTextual()) {
            node.put(field, value.toString());
        }
    }

    /** Return StateTester's answer: the response JSON, or an object with the error's code and message. */
    private static JsonNode expected(ObjectNode request) {
        try {
            return StateTester.of(RequestJson.read(request)).options(ExecutionOptions.defaults()
                    .withAccountId("123456789012").withRegion("us-east-1")).test().toJson();
        } catch (TestStateException e) {
            return MAPPER.createObjectNode().put("__type", e.code()).put("message", e.getMessage());
        } catch (UnmockedTaskException e) {
            return MAPPER.createObjectNode().put("__type", "ValidationException").put("unmocked", true);
        }
    }

    private static String difference(JsonNode expected, HttpResponse<String> response) throws Exception {
        JsonNode actual = MAPPER.readTree(response.body());
        if (expected.has("__type")) {
            if (response.statusCode() != 400 || !actual.path("__type").equals(expected.get("__type"))) {
                return "expected " + expected + " but got HTTP " + response.statusCode() + " " + actual;
            }
            boolean sameMessage = expected.has("unmocked")
                    ? actual.path("message").asText().startsWith("Orrery: the Step Functions endpoint never calls")
                    : actual.path("message").equals(expected.get("message"));
            return sameMessage ? null : "expected " + expected + " but got " + actual;
        }
        // compared as the client reads it: the JSON text parsed again (number node types aside)
        return response.statusCode() == 200 && actual.equals(MAPPER.readTree(expected.toString())) ? null
                : "expected " + expected + " but got HTTP " + response.statusCode() + " " + actual;
    }
}
