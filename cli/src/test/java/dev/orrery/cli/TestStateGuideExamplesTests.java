package dev.orrery.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Moving a TestState test to Orrery by changing the call: the requests of AWS's TestState guide ("Testing state
 * machines with TestState API", https://docs.aws.amazon.com/step-functions/latest/dg/test-state-isolation.html), given
 * to {@code orrery test-state --cli-input-json @FILE} as {@code aws stepfunctions test-state --cli-input-json} takes
 * them, print the responses the guide documents, field by field. Fields TestState returns as JSON text are compared
 * as JSON values where the guide's text keeps its request's spacing (which carries no meaning); every other field is
 * compared as is. Where the guide prints the whole response (Examples 1 and 2), the printed response has exactly its
 * fields, and its JSON texts are the documented texts character for character; where the guide elides part of the
 * response ("Simulating retry attempts", "Testing catch handlers" print a few fields), the fields it prints are
 * compared.
 */
class TestStateGuideExamplesTests {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    static Stream<Arguments> examples() {
        return Stream.of(
                Arguments.of("Example 1: Using INFO inspectionLevel to test a Choice state", """
                        {"definition": "{\\"Type\\": \\"Choice\\", \\"Choices\\": [{\\"Variable\\": \\"$.number\\", \\"NumericEquals\\": 1, \\"Next\\": \\"Equals 1\\"}, {\\"Variable\\": \\"$.number\\", \\"NumericEquals\\": 2, \\"Next\\": \\"Equals 2\\"}], \\"Default\\": \\"No Match\\"}",
                         "roleArn": "arn:aws:iam::123456789012:role/myRole",
                         "input": "{\\"number\\": 2}"}""", """
                        {"output": "{\\"number\\": 2}", "nextState": "Equals 2", "status": "SUCCEEDED"}"""),
                Arguments.of("Example 2: Using DEBUG inspectionLevel to debug input and output data processing in a"
                        + " Pass state", """
                        {"definition": "{\\"Type\\": \\"Pass\\", \\"InputPath\\": \\"$.payload\\", \\"Parameters\\": {\\"data\\": 1}, \\"ResultPath\\": \\"$.result\\", \\"OutputPath\\": \\"$.result.data\\", \\"Next\\": \\"Another State\\"}",
                         "roleArn": "arn:aws:iam::123456789012:role/myRole",
                         "input": "{\\"payload\\": {\\"foo\\": \\"bar\\"}}",
                         "inspectionLevel": "DEBUG"}""", """
                        {"output": "1",
                         "inspectionData": {
                           "input": "{\\"payload\\": {\\"foo\\": \\"bar\\"}}",
                           "afterInputPath": "{\\"foo\\":\\"bar\\"}",
                           "afterParameters": "{\\"data\\":1}",
                           "afterResultSelector": "{\\"data\\":1}",
                           "afterResultPath": "{\\"payload\\":{\\"foo\\":\\"bar\\"},\\"result\\":{\\"data\\":1}}"},
                         "nextState": "Another State",
                         "status": "SUCCEEDED"}"""),
                // The guide elides the task's Arguments ("{...}"); a function name stands in.
                Arguments.of("Simulating retry attempts", """
                        {"definition": "{\\"Type\\": \\"Task\\", \\"QueryLanguage\\": \\"JSONata\\", \\"Resource\\": \\"arn:aws:states:::lambda:invoke\\", \\"Arguments\\": {\\"FunctionName\\": \\"MyFunction\\"}, \\"Retry\\": [{\\"ErrorEquals\\": [\\"Lambda.ServiceException\\"], \\"IntervalSeconds\\": 2, \\"MaxAttempts\\": 3, \\"BackoffRate\\": 2.0}], \\"End\\": true}",
                         "input": "{\\"data\\": \\"value\\"}",
                         "stateConfiguration": {"retrierRetryCount": 1},
                         "mock": {"errorOutput": {"error": "Lambda.ServiceException", "cause": "Service error"}},
                         "inspectionLevel": "DEBUG"}""", """
                        {"status": "RETRIABLE",
                         "inspectionData": {"errorDetails": {"retryBackoffIntervalSeconds": 4, "retryIndex": 0}}}"""),
                // The guide elides the task's Parameters ("{...}"); a function name stands in.
                Arguments.of("Testing catch handlers", """
                        {"definition": "{\\"Type\\": \\"Task\\", \\"Resource\\": \\"arn:aws:states:::lambda:invoke\\", \\"Parameters\\": {\\"FunctionName\\": \\"MyFunction\\"}, \\"Catch\\": [{\\"ErrorEquals\\": [\\"Lambda.TooManyRequestsException\\"], \\"ResultPath\\": \\"$.error\\", \\"Next\\": \\"HandleThrottling\\"}], \\"Next\\": \\"Success\\"}",
                         "input": "{\\"data\\": \\"value\\"}",
                         "mock": {"errorOutput": {"error": "Lambda.TooManyRequestsException", "cause": "Rate exceeded"}},
                         "inspectionLevel": "DEBUG"}""", """
                        {"status": "CAUGHT_ERROR", "nextState": "HandleThrottling",
                         "error": "Lambda.TooManyRequestsException", "cause": "Rate exceeded",
                         "output": "{\\"data\\":\\"value\\",\\"error\\":{\\"Error\\":\\"Lambda.TooManyRequestsException\\",\\"Cause\\":\\"Rate exceeded\\"}}",
                         "inspectionData": {"errorDetails": {"catchIndex": 0}}}"""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void prints_the_documented_response_for_the_guides_request(String example, String request, String documented)
            throws IOException {
        // GIVEN
        Path file = Files.writeString(dir.resolve("request.json"), request);
        // WHEN
        Cli cli = Cli.run("test-state", "--cli-input-json", "@" + file);
        // THEN
        assertThat(cli.exitCode()).as(cli.err()).isZero();
        boolean complete = example.startsWith("Example");
        assertMatches(JSON.readTree(cli.out()), JSON.readTree(documented), complete);
    }

    // "Example 3: Using TRACE inspectionLevel and revealSecrets to inspect the HTTP request sent to a HTTPS API": the
    // guide's request, its connection declared with --connection in EventBridge's CreateConnection shape, and
    // https://httpbin.org routed to a loopback server that answers the documented body. The request Orrery prints is
    // the documented one (with the region us-east-1 for the guide's `region`).
    @Test
    void example_3_prints_the_documented_http_request_with_the_connection_declared() throws IOException {
        // GIVEN
        HttpServer httpbin = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        httpbin.createContext("/", exchange -> {
            byte[] body = "{\"args\": {\"QueryParam1\": \"QueryParamValue1\", \"queryParam\": \"q1\"}}"
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        httpbin.start();
        try {
            Path request = Files.writeString(dir.resolve("request.json"), """
                    {"definition": "{\\"Type\\": \\"Task\\", \\"Resource\\": \\"arn:aws:states:::http:invoke\\", \\"Parameters\\": {\\"Method\\": \\"GET\\", \\"Authentication\\": {\\"ConnectionArn\\": \\"arn:aws:events:us-east-1:123456789012:connection/MyConnection/0000000-0000-0000-0000-000000000000\\"}, \\"ApiEndpoint\\": \\"https://httpbin.org/get\\", \\"Headers\\": {\\"definitionHeader\\": \\"h1\\"}, \\"RequestBody\\": {\\"message\\": \\"Hello from Step Functions!\\"}, \\"QueryParameters\\": {\\"queryParam\\": \\"q1\\"}}, \\"End\\": true}",
                     "roleArn": "arn:aws:iam::123456789012:role/myRole",
                     "inspectionLevel": "TRACE",
                     "revealSecrets": true}""");
            Path connection = Files.writeString(dir.resolve("connection.json"), """
                    {"Name": "MyConnection", "AuthorizationType": "BASIC",
                     "AuthParameters": {
                       "BasicAuthParameters": {"Username": "user", "Password": "secret"},
                       "InvocationHttpParameters": {
                         "HeaderParameters": [{"Key": "CustomHeader1", "Value": "CustomHeaderValue1", "IsValueSecret": false}],
                         "QueryStringParameters": [{"Key": "QueryParam1", "Value": "QueryParamValue1"}],
                         "BodyParameters": [{"Key": "BodyKey1", "Value": "BodyValue1"}]}}}""");
            String arn = "arn:aws:events:us-east-1:123456789012:connection/MyConnection/"
                    + "0000000-0000-0000-0000-000000000000";
            String route = "https://httpbin.org=http://127.0.0.1:" + httpbin.getAddress().getPort();
            // WHEN
            Cli revealed = Cli.run("test-state", "--cli-input-json", "@" + request, "--http-route", route,
                    "--connection", arn + "=@" + connection);
            Cli hidden = Cli.run("test-state", "--cli-input-json", "@" + request, "--http-route", route,
                    "--connection", arn + "=@" + connection, "--no-reveal-secrets");
            // THEN
            assertThat(revealed.exitCode()).as(revealed.err()).isZero();
            JsonNode response = JSON.readTree(revealed.out());
            assertThat(response.path("status").asText()).isEqualTo("SUCCEEDED");
            assertThat(response.path("inspectionData").path("request")).isEqualTo(JSON.readTree("""
                    {"protocol": "https", "method": "GET",
                     "url": "https://httpbin.org/get?queryParam=q1&QueryParam1=QueryParamValue1",
                     "headers": "[definitionHeader: h1, Authorization: Basic dXNlcjpzZWNyZXQ=, CustomHeader1: CustomHeaderValue1, User-Agent: Amazon|StepFunctions|HttpInvoke|us-east-1, Range: bytes=0-262144]",
                     "body": "{\\"message\\":\\"Hello from Step Functions!\\",\\"BodyKey1\\":\\"BodyValue1\\"}"}"""));
            assertThat(response.path("inspectionData").path("response").path("statusCode").asText()).isEqualTo("200");
            assertThat(JSON.readTree(hidden.out()).path("inspectionData").path("request")).isEqualTo(JSON.readTree("""
                    {"protocol": "https", "method": "GET", "url": "https://httpbin.org/get?queryParam=q1",
                     "headers": "[definitionHeader: h1, User-Agent: Amazon|StepFunctions|HttpInvoke|us-east-1, Range: bytes=0-262144]",
                     "body": "{\\"message\\":\\"Hello from Step Functions!\\"}"}"""));
        } finally {
            httpbin.stop(0);
        }
    }

    /**
     * Compare the printed response with the documented one, each documented value equal; with {@code complete}, the
     * same fields, and JSON-text fields equal to the documented text character for character.
     */
    private static void assertMatches(JsonNode actual, JsonNode documented, boolean complete) throws IOException {
        boolean exactText = complete;
        if (complete) {
            assertThat(names(actual)).as("response fields").isEqualTo(names(documented));
        } else {
            assertThat(names(actual)).as("response fields").containsAll(names(documented));
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = documented.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            JsonNode value = actual.get(field.getKey());
            if (field.getValue().isObject()) {
                if (complete) {
                    assertThat(names(value)).as("inspectionData fields").isEqualTo(names(field.getValue()));
                }
                for (Iterator<Map.Entry<String, JsonNode>> inner = field.getValue().fields(); inner.hasNext(); ) {
                    Map.Entry<String, JsonNode> stage = inner.next();
                    assertText(value.get(stage.getKey()), stage.getValue(), "inspectionData." + stage.getKey(),
                            exactText);
                }
            } else {
                assertText(value, field.getValue(), field.getKey(), exactText);
            }
        }
    }

    private static void assertText(JsonNode actual, JsonNode documented, String name, boolean exactText)
            throws IOException {
        if (documented.isObject()) {
            // errorDetails: numbers compared as JSON values (a long 4 equals the documented 4)
            assertThat(JSON.readTree(actual.toString())).as(name).isEqualTo(documented);
        } else if (exactText || !documented.isTextual() || !documented.asText().startsWith("{")) {
            assertThat(actual).as(name).isEqualTo(documented);
        } else {
            assertThat(JSON.readTree(actual.asText())).as(name).isEqualTo(JSON.readTree(documented.asText()));
        }
    }

    private static java.util.Set<String> names(JsonNode node) {
        java.util.Set<String> names = new java.util.TreeSet<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
