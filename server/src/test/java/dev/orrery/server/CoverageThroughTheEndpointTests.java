package dev.orrery.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.orrery.run.Execution;
import dev.orrery.run.ExecutionStatus;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** The endpoint hands each execution that ends to the coverage sink of its options. */
class CoverageThroughTheEndpointTests {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String DEFINITION = "{\"StartAt\": \"Pick\", \"States\": {"
            + "\"Pick\": {\"Type\": \"Choice\", \"Choices\": ["
            + "{\"Variable\": \"$.n\", \"NumericEquals\": 1, \"Next\": \"Done\"}], \"Default\": \"Done\"},"
            + "\"Done\": {\"Type\": \"Succeed\"}}}";

    private record Recorded(String name, String source, Execution execution) {}

    private static String call(URI endpoint, String operation, String body) throws Exception {
        HttpResponse<String> response = Raw.post(endpoint, "AWSStepFunctions." + operation, body);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response.body();
    }

    @Test
    void hands_every_ended_standard_and_synchronous_express_execution_to_the_coverage_sink() throws Exception {
        // GIVEN
        List<Recorded> recorded = new CopyOnWriteArrayList<>();
        StepFunctionsServer.Options options = StepFunctionsServer.Options.defaults().withPort(0)
                .withCoverage((name, source, machine, execution) -> recorded.add(new Recorded(name, source,
                        execution)));

        try (StepFunctionsServer server = StepFunctionsServer.start(options)) {
            URI endpoint = server.uri();
            String standard = JSON.readTree(call(endpoint, "CreateStateMachine", JSON.createObjectNode()
                    .put("name", "Picker").put("definition", DEFINITION)
                    .put("roleArn", "arn:aws:iam::123456789012:role/r").toString())).get("stateMachineArn").asText();
            String express = JSON.readTree(call(endpoint, "CreateStateMachine", JSON.createObjectNode()
                    .put("name", "Quick").put("definition", DEFINITION).put("type", "EXPRESS")
                    .put("roleArn", "arn:aws:iam::123456789012:role/r").toString())).get("stateMachineArn").asText();

            // WHEN
            call(endpoint, "StartExecution", JSON.createObjectNode().put("stateMachineArn", standard)
                    .put("input", "{\"n\": 1}").toString());
            call(endpoint, "StartSyncExecution", JSON.createObjectNode().put("stateMachineArn", express)
                    .put("input", "{\"n\": 2}").toString());
        }

        // THEN
        assertThat(recorded).extracting(Recorded::name, Recorded::source).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Picker", "arn:aws:states:us-east-1:123456789012:stateMachine:Picker"),
                org.assertj.core.groups.Tuple.tuple("Quick", "arn:aws:states:us-east-1:123456789012:stateMachine:Quick"));
        assertThat(recorded).allSatisfy(r -> assertThat(r.execution().status()).isEqualTo(ExecutionStatus.SUCCEEDED));
        assertThat(recorded.get(0).execution().visits().get(0).matchedChoiceRule()).isEqualTo(0);
        assertThat(recorded.get(1).execution().visits().get(0).matchedChoiceRule()).isEqualTo(-2);
    }
}
