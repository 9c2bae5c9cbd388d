package dev.orrery.mock;

import static dev.orrery.mock.MockRuns.request;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Checks the {@code lambda:invoke} envelope against every one recorded on AWS in the conformance corpus (system
 * property {@code orrery.conformance.dir}); the recording redacted the date, trace id, request id and log tail, so
 * those are copied from the recording before comparing.
 */
class RecordedLambdaEnvelopeTests {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Test
    void builds_the_envelopes_recorded_on_aws() throws IOException {
        String dir = System.getProperty("orrery.conformance.dir");
        assumeTrue(dir != null && Files.isDirectory(Path.of(dir)), "Conformance corpus not found: skipping");
        List<JsonNode> recorded = recordedCalls(Path.of(dir));
        assertThat(recorded).hasSizeGreaterThan(10);
        for (JsonNode call : recorded) {
            JsonNode envelope = call.get("return");
            ObjectNode built = AwsResponses.lambdaInvokeEnvelope(request("Invoke", "arn:aws:states:::lambda:invoke",
                    call.at("/request/parameters"), 0), envelope.get("Payload"));
            assertThat(withRedactionsOf(envelope, built)).as("envelope of %s", envelope.get("Payload"))
                    .isEqualTo(envelope);
        }
    }

    private static JsonNode withRedactionsOf(JsonNode recorded, ObjectNode built) {
        ObjectNode copy = built.deepCopy();
        String requestId = recorded.at("/SdkResponseMetadata/RequestId").asText();
        ((ObjectNode) copy.get("SdkResponseMetadata")).put("RequestId", requestId);
        if (recorded.has("LogResult")) {
            copy.set("LogResult", recorded.get("LogResult"));
        }
        for (String headers : List.of("AllHttpHeaders", "HttpHeaders")) {
            ObjectNode target = (ObjectNode) copy.get("SdkHttpMetadata").get(headers);
            JsonNode source = recorded.get("SdkHttpMetadata").get(headers);
            for (String redacted : List.of("Date", "X-Amzn-Trace-Id", "x-amzn-RequestId", "X-Amz-Log-Result")) {
                if (source.has(redacted)) {
                    target.set(redacted, source.get(redacted));
                }
            }
        }
        return copy;
    }

    private static List<JsonNode> recordedCalls(Path dir) throws IOException {
        List<JsonNode> envelopes = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                JsonNode mocks = MAPPER.readTree(file.toFile()).path("mocks");
                mocks.forEach(calls -> calls.forEach(call -> {
                    if (call.at("/request/resource").asText().equals("invoke")
                            && call.at("/return/SdkHttpMetadata").isObject()) {
                        envelopes.add(call);
                    }
                }));
            }
        }
        return envelopes;
    }
}
