package dev.orrery.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TestStateCommandTests {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private String definition;

    @BeforeEach
    void write_definition() throws IOException {
        definition = Files.writeString(dir.resolve("order.asl.json"), """
                {"StartAt": "Charge", "States": {
                  "Charge": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
                    "Parameters": {"FunctionName": "charge", "Payload.$": "$"},
                    "Catch": [{"ErrorEquals": ["States.ALL"], "Next": "Refund"}], "Next": "Ship"},
                  "Refund": {"Type": "Pass", "End": true},
                  "Ship": {"Type": "Pass", "End": true}}}""").toString();
    }

    @Test
    void prints_test_state_response_json_and_exits_0() throws IOException {
        Cli cli = Cli.run("test-state", "--definition", definition, "--state", "Charge", "--input", "{\"a\": 1}",
                "--mock", "{\"ok\": true}", "--inspection-level", "DEBUG");

        JsonNode response = JSON.readTree(cli.out());
        assertThat(cli.exitCode()).isZero();
        assertThat(response.get("status").asText()).isEqualTo("SUCCEEDED");
        assertThat(response.get("nextState").asText()).isEqualTo("Ship");
        assertThat(response.get("output").asText()).isEqualTo("{\"ok\":true}");
        assertThat(response.get("inspectionData").get("afterParameters").asText())
                .isEqualTo("{\"FunctionName\":\"charge\",\"Payload\":{\"a\":1}}");
    }

    @Test
    void exits_0_for_a_caught_error() throws IOException {
        Cli cli = Cli.run("test-state", "--definition", definition, "--state", "Charge", "--mock-error", "Boom",
                "--mock-cause", "it broke");

        JsonNode response = JSON.readTree(cli.out());
        assertThat(cli.exitCode()).isZero();
        assertThat(response.get("status").asText()).isEqualTo("CAUGHT_ERROR");
        assertThat(response.get("nextState").asText()).isEqualTo("Refund");
    }

    @Test
    void answers_a_request_aws_would_refuse_with_its_code_and_message() throws IOException {
        String request = "{\"definition\": \"{\\\"Type\\\": \\\"Pass\\\", \\\"End\\\": true}\", "
                + "\"mock\": {\"result\": \"{}\"}}";

        Cli cli = Cli.run("test-state", "--cli-input-json", request);

        assertThat(cli.exitCode()).isEqualTo(2);
        assertThat(JSON.readTree(cli.out())).isEqualTo(JSON.readTree("{\"code\": \"ValidationException\", "
                + "\"message\": \"State type 'Pass' is not supported when a mock is specified\"}"));
    }

    @Test
    void needs_a_definition() {
        Cli cli = Cli.run("test-state", "--state", "Charge");

        assertThat(cli.exitCode()).isEqualTo(2);
        assertThat(cli.err()).contains("'test-state' needs --definition");
    }
}
