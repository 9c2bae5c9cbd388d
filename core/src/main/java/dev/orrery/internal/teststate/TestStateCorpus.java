package dev.orrery.internal.teststate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.orrery.run.ExecutionOptions;
import dev.orrery.spi.TaskIntegration;
import dev.orrery.spi.TaskOutcome;
import dev.orrery.teststate.TestStateException;
import dev.orrery.teststate.TestStateRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Replays the recorded TestState corpus (one JSON file per call recorded on AWS, described by the folder's README):
 * each request runs through {@link TestStateEngine} and its answer is compared with AWS's ({@link ResponseMatcher}).
 */
public final class TestStateCorpus {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private TestStateCorpus() {}

    /**
     * The outcome of one case.
     *
     * @param id the case id
     * @param difference the first difference, or {@code null} when the case passes
     * @param messageDifference for an error case whose code matches, how AWS's message differs, or {@code null}
     */
    public record CaseResult(String id, @Nullable String difference, @Nullable String messageDifference) {
        /** Return whether the case passes. */
        public boolean passed() {
            return difference == null;
        }
    }

    /** Replay every case of the folder, in file name order. */
    public static List<CaseResult> run(Path dir) {
        List<CaseResult> results = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                results.add(replay(MAPPER.readTree(file.toFile())));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return results;
    }

    /** Replay one case. */
    public static CaseResult replay(JsonNode testCase) {
        String id = testCase.path("id").asText();
        JsonNode expected = testCase.path("expected");
        JsonNode environment = testCase.path("environment");
        ExecutionOptions options = ExecutionOptions.defaults()
                .withAccountId(environment.path("accountId").asText("123456789012"))
                .withRegion(environment.path("region").asText("us-east-1"));
        JsonNode answer;
        try {
            TestStateRequest request = RequestJson.read(requestOf(testCase));
            answer = TestStateEngine.run(request, integration(testCase.path("integration")), options).toJson();
        } catch (TestStateException e) {
            return error(id, expected, e);
        } catch (RuntimeException e) {
            return new CaseResult(id, "threw " + e, null);
        }
        if (expected.has("error")) {
            return new CaseResult(id, "expected error " + expected.path("error").path("code").asText()
                    + " but the state ran: " + answer, null);
        }
        ResponseMatcher matcher = new ResponseMatcher(redactedTexts(testCase.path("redactions")));
        return new CaseResult(id, matcher.difference(expected.path("response"), answer, ""), null);
    }

    private static CaseResult error(String id, JsonNode expected, TestStateException e) {
        JsonNode error = expected.path("error");
        if (error.isMissingNode()) {
            return new CaseResult(id, "expected a response but got " + e.code() + ": " + e.getMessage(), null);
        }
        if (!error.path("code").asText().equals(e.code())) {
            return new CaseResult(id, "expected error " + error.path("code").asText() + " but got " + e.code() + ": "
                    + e.getMessage(), null);
        }
        String message = error.path("message").asText();
        return new CaseResult(id, null, message.equals(e.getMessage()) ? null
                : "AWS: \"" + message + "\"; Orrery: \"" + e.getMessage() + "\"");
    }

    /** Return the request with the fields that were sent as JSON text written back as text. */
    private static JsonNode requestOf(JsonNode testCase) {
        JsonNode request = testCase.path("request").deepCopy();
        JsonNode raw = testCase.path("request_encoding").path("raw_json_strings");
        if (raw.has("mock.result") && request.has("mock")) {
            ((com.fasterxml.jackson.databind.node.ObjectNode) request.get("mock"))
                    .put("result", raw.get("mock.result").asText());
        }
        return request;
    }

    /** Answer an unmocked Task with the result the recording's real integration returned. */
    private static TaskIntegration integration(JsonNode integration) {
        if (integration.isMissingNode() || integration.isNull()) {
            return call -> {
                throw new IllegalStateException("no integration recorded for " + call.resource());
            };
        }
        JsonNode result = integration.path("result");
        return call -> TaskOutcome.success(result);
    }

    private static Set<String> redactedTexts(JsonNode redactions) {
        Set<String> texts = new HashSet<>();
        redactions.path("paths").forEach(path -> texts.add(path.path("replacement").asText()));
        return texts;
    }
}
