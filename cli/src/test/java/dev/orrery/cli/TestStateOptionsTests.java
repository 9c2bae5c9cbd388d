package dev.orrery.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every option of {@code orrery test-state}: a response exits 0 whatever its status, bad usage and an invalid
 * definition exit 2, and a request AWS would refuse prints AWS's {@code {"code", "message"}} and exits 2.
 * {@code DEF} stands for the definition file, {@code @DIR/} for a file written in the test's folder.
 */
class TestStateOptionsTests {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @BeforeEach
    void write_files() throws IOException {
        Files.writeString(dir.resolve("order.asl.json"), """
                {"StartAt": "Charge", "States": {
                  "Charge": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
                    "Parameters": {"FunctionName": "charge", "Payload.$": "$", "Attempt.$": "$$.State.RetryCount"},
                    "Retry": [{"ErrorEquals": ["Gateway.Timeout"], "IntervalSeconds": 2, "MaxAttempts": 3}],
                    "Catch": [{"ErrorEquals": ["States.ALL"], "Next": "Refund"}], "Next": "Greet"},
                  "Greet": {"Type": "Pass", "Parameters": {"greeting.$": "$name"}, "Next": "Ship"},
                  "Refund": {"Type": "Pass", "End": true},
                  "Ship": {"Type": "Fail", "Error": "Shipping.Closed", "Cause": "closed on Sundays"}}}""");
        Files.writeString(dir.resolve("broken.asl.json"), """
                {"StartAt": "A", "States": {"A": {"Type": "Pass", "Next": "Nowhere"}}}""");
        Files.writeString(dir.resolve("input.json"), "{\"amount\": 7}");
        Files.writeString(dir.resolve("mock.json"), "{\"Payload\": {\"ok\": true}}");
        Files.writeString(dir.resolve("configuration.json"), "{\"retrierRetryCount\": 1}");
    }

    static Stream<Arguments> responses() {
        return Stream.of(
                // --input JSON and --mock JSON; --input @FILE and --mock @FILE
                Arguments.of("Charge --input {\"amount\":42} --mock {\"Payload\":{\"ok\":true}}",
                        "{\"status\": \"SUCCEEDED\", \"nextState\": \"Greet\", \"output\": {\"Payload\": {\"ok\": true}}}"),
                Arguments.of("Charge --input @DIR/input.json --mock @DIR/mock.json --inspection-level DEBUG",
                        "{\"status\": \"SUCCEEDED\", \"nextState\": \"Greet\", \"output\": {\"Payload\": {\"ok\": true}},"
                                + " \"inspectionData\": {\"input\": {\"amount\": 7}, \"afterInputPath\": {\"amount\": 7},"
                                + " \"afterParameters\": {\"FunctionName\": \"charge\", \"Payload\": {\"amount\": 7},"
                                + " \"Attempt\": 0}, \"result\": {\"Payload\": {\"ok\": true}},"
                                + " \"afterResultSelector\": {\"Payload\": {\"ok\": true}},"
                                + " \"afterResultPath\": {\"Payload\": {\"ok\": true}}}}"),
                // --mock-error ERROR --mock-cause CAUSE, caught
                Arguments.of("Charge --mock-error Card.Declined --mock-cause expired",
                        "{\"status\": \"CAUGHT_ERROR\", \"nextState\": \"Refund\", \"error\": \"Card.Declined\","
                                + " \"cause\": \"expired\", \"output\": {\"Error\": \"Card.Declined\", \"Cause\": \"expired\"}}"),
                // --state-configuration JSON|@FILE: one retry made of three
                Arguments.of("Charge --mock-error Gateway.Timeout --mock-cause slow --state-configuration"
                                + " @DIR/configuration.json --inspection-level DEBUG",
                        "{\"status\": \"RETRIABLE\", \"error\": \"Gateway.Timeout\", \"cause\": \"slow\","
                                + " \"inspectionData\": {\"input\": {}, \"afterInputPath\": {},"
                                + " \"afterParameters\": {\"FunctionName\": \"charge\", \"Payload\": {}, \"Attempt\": 1},"
                                + " \"errorDetails\": {\"retryIndex\": 0, \"retryBackoffIntervalSeconds\": 4}}}"),
                Arguments.of("Charge --mock {\"StatusCode\":\"x\"} --field-validation-mode NONE",
                        "{\"status\": \"SUCCEEDED\", \"nextState\": \"Greet\", \"output\": {\"StatusCode\": \"x\"}}"),
                // --context JSON: used as is
                Arguments.of("Charge --mock {} --context {\"State\":{\"RetryCount\":2}} --inspection-level DEBUG",
                        "{\"status\": \"SUCCEEDED\", \"nextState\": \"Greet\", \"output\": {},"
                                + " \"inspectionData\": {\"input\": {}, \"afterInputPath\": {},"
                                + " \"afterParameters\": {\"FunctionName\": \"charge\", \"Payload\": {}, \"Attempt\": 2},"
                                + " \"result\": {}, \"afterResultSelector\": {}, \"afterResultPath\": {}}}"),
                // --variables JSON
                Arguments.of("Greet --variables {\"name\":\"Ada\"}",
                        "{\"status\": \"SUCCEEDED\", \"nextState\": \"Ship\", \"output\": {\"greeting\": \"Ada\"}}"),
                // --inspection-level INFO shows no inspection data; a FAILED status still exits 0
                Arguments.of("Ship --inspection-level INFO",
                        "{\"status\": \"FAILED\", \"error\": \"Shipping.Closed\", \"cause\": \"closed on Sundays\"}"),
                Arguments.of("Greet --variables {\"name\":\"Ada\"} --inspection-level TRACE",
                        "{\"status\": \"SUCCEEDED\", \"nextState\": \"Ship\", \"output\": {\"greeting\": \"Ada\"},"
                                + " \"inspectionData\": {\"input\": {}, \"afterInputPath\": {},"
                                + " \"afterParameters\": {\"greeting\": \"Ada\"},"
                                + " \"afterResultSelector\": {\"greeting\": \"Ada\"},"
                                + " \"afterResultPath\": {\"greeting\": \"Ada\"}, \"variables\": {\"name\": \"Ada\"}}}"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("responses")
    void prints_the_response_and_exits_0_whatever_its_status(String options, String expected) throws IOException {
        // WHEN
        Cli cli = testState("--definition DEF --state " + options);
        // THEN
        assertThat(cli.exitCode()).as(cli.err()).isZero();
        assertThat(readBack(JSON.readTree(cli.out()))).isEqualTo(JSON.readTree(expected));
    }

    static Stream<Arguments> refusals() {
        return Stream.of(
                Arguments.of("--definition DEF --state Greet --mock {}", "{\"code\": \"ValidationException\","
                        + " \"message\": \"State type 'Pass' is not supported when a mock is specified\"}"),
                Arguments.of("--definition DEF --state Charge", "{\"code\": \"ValidationException\","
                        + " \"message\": \"RoleArn must be specified when testing a Task state\"}"),
                Arguments.of("--definition DEF --state Nowhere", "{\"code\": \"ValidationException\","
                        + " \"message\": \"State not found in definition\"}"),
                Arguments.of("--definition DEF --state Charge --mock {} --reveal-secrets",
                        "{\"code\": \"ValidationException\","
                                + " \"message\": \"TestState does not support RevealSecrets when a mock is specified.\"}"),
                // --field-validation-mode: the lambda:invoke response's StatusCode is a number
                Arguments.of("--definition DEF --state Charge --mock {\"StatusCode\":\"x\"}",
                        "{\"code\": \"ValidationException\","
                                + " \"message\": \"Mock result schema validation error: Field 'StatusCode' must be a number\"}"),
                Arguments.of("--definition DEF --state Charge --mock-error E --state-configuration"
                                + " {\"retrierRetryCount\":-1}", "{\"code\": \"ValidationException\", \"message\": \"1 "
                                + "validation error detected: Value '-1' at 'stateConfiguration.retrierRetryCount'"
                                + " failed to satisfy constraint: Member must have value greater than or equal to 0\"}"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusals")
    void answers_a_request_aws_would_refuse_with_its_code_and_message(String options, String expected)
            throws IOException {
        // WHEN
        Cli cli = testState(options);
        // THEN
        assertThat(cli.exitCode()).isEqualTo(2);
        assertThat(JSON.readTree(cli.out())).isEqualTo(JSON.readTree(expected));
    }

    static Stream<Arguments> badUsage() {
        return Stream.of(
                Arguments.of("--state Charge", "'test-state' needs --definition"),
                Arguments.of("--definition DEF --state Charge --inspection-level LOUD",
                        "--inspection-level must be INFO, DEBUG or TRACE but was 'LOUD'"),
                Arguments.of("--definition DEF --state Charge --mock {} --mock-error E",
                        "give either --mock or --mock-error, not both"),
                Arguments.of("--definition DEF --state Charge --mock-cause C", "--mock-cause needs --mock-error"),
                Arguments.of("--definition DEF --state Charge --field-validation-mode NONE",
                        "--field-validation-mode needs --mock"),
                Arguments.of("--definition DEF --state Charge --mock {} --field-validation-mode LAX",
                        "--field-validation-mode must be STRICT, PRESENT or NONE but was 'LAX'"),
                Arguments.of("--definition DEF --state Charge --mock {nope", "--mock"),
                Arguments.of("--definition DEF --verbose yes", "unknown option --verbose for 'test-state'"),
                Arguments.of("--definition DEF --cli-input-json {}", "give either --cli-input-json or --definition"),
                Arguments.of("--definition DEF --reveal-secrets --no-reveal-secrets",
                        "give either --reveal-secrets or --no-reveal-secrets, not both"),
                Arguments.of("--definition DEF --connection arn:aws:events:x", "--connection must be ARN=JSON|@FILE"),
                Arguments.of("--definition DEF --http-route https://api.example.com=http://example.org",
                        "may only be routed to a loopback server"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badUsage")
    void exits_2_on_bad_usage(String options, String message) {
        // WHEN
        Cli cli = testState(options);
        // THEN
        assertThat(cli.exitCode()).isEqualTo(2);
        assertThat(cli.err()).contains(message);
    }

    @org.junit.jupiter.api.Test
    void lets_options_override_the_fields_of_a_cli_input_json_request_as_the_aws_cli_does() throws IOException {
        // GIVEN
        String request = "{\"definition\": \"{\\\"Type\\\": \\\"Pass\\\", \\\"End\\\": true}\", "
                + "\"input\": \"{\\\"from\\\": \\\"file\\\"}\", \"inspectionLevel\": \"DEBUG\"}";
        // WHEN
        Cli cli = Cli.run("test-state", "--cli-input-json", request, "--input", "{\"from\":  \"option\"}",
                "--inspection-level", "INFO");
        // THEN
        assertThat(cli.exitCode()).as(cli.err()).isZero();
        assertThat(JSON.readTree(cli.out())).isEqualTo(JSON.readTree(
                "{\"output\": \"{\\\"from\\\":  \\\"option\\\"}\", \"status\": \"SUCCEEDED\"}"));
    }

    @org.junit.jupiter.api.Test
    void exits_2_with_aws_code_for_an_invalid_definition() throws IOException {
        // WHEN
        Cli cli = Cli.run("test-state", "--definition", dir.resolve("broken.asl.json").toString(), "--state", "A");
        // THEN
        assertThat(cli.exitCode()).isEqualTo(2);
        assertThat(JSON.readTree(cli.out()).path("code").asText()).isEqualTo("InvalidDefinition");
    }

    /** Run the command, its options split on spaces, {@code DEF} and {@code @DIR/} standing for the test's files. */
    private Cli testState(String options) {
        List<String> args = new ArrayList<>(List.of("test-state"));
        for (String word : options.split(" ")) {
            args.add(word.equals("DEF") ? dir.resolve("order.asl.json").toString()
                    : word.replace("@DIR/", "@" + dir + "/"));
        }
        return Cli.run(args.toArray(String[]::new));
    }

    /** The response with its JSON-text fields ({@code output}, the inspection data) read back as JSON. */
    static JsonNode readBack(JsonNode response) throws IOException {
        com.fasterxml.jackson.databind.node.ObjectNode copy = response.deepCopy();
        if (copy.has("output")) {
            copy.set("output", JSON.readTree(copy.get("output").asText()));
        }
        JsonNode data = copy.path("inspectionData");
        if (data.isObject()) {
            for (String field : List.of("input", "afterInputPath", "afterParameters", "afterArguments", "result",
                    "afterResultSelector", "afterResultPath", "variables")) {
                if (data.has(field)) {
                    ((com.fasterxml.jackson.databind.node.ObjectNode) data).set(field,
                            JSON.readTree(data.get(field).asText()));
                }
            }
        }
        return copy;
    }
}
