package dev.orrery.teststate;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.orrery.internal.teststate.RequestJson;
import dev.orrery.spi.TaskOutcome;
import java.util.Iterator;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The TestState examples AWS documents, each sent as the request its page shows (through the same request reader as
 * the CLI's {@code --cli-input-json}) and compared with the response the page prints, field by field. Fields that
 * TestState returns as JSON text are compared as JSON values: the documented text keeps the spacing of the request,
 * which carries no meaning.
 *
 * <p>Found: the developer guide page "Testing state machines with TestState API" (formerly "Using TestState API to test
 * a state in Step Functions", https://docs.aws.amazon.com/step-functions/latest/dg/test-state-isolation.html): section
 * "Testing a state using the AWS CLI", Examples 1 to 4 (the console section shows screenshots only), and section
 * "Testing retry and error handling", "Simulating retry attempts" and "Testing catch handlers", the two examples of
 * the November 2025 additions (mocks, {@code stateConfiguration}) that print a result. Its other examples ("Basic
 * mocking syntax", "Mock validation modes", "Testing a Map state", "Testing Distributed Map states", "Using context
 * field", "Specifying error source with errorCausedByState") show requests without a documented response. The copies
 * of the AWS CLI reference page for {@code test-state} and of the API reference page {@code API_TestState} that were
 * searched show request and response syntax, no example with a documented result.
 */
class AwsDocumentedExamplesTests {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    // https://docs.aws.amazon.com/step-functions/latest/dg/test-state-isolation.html
    // "Example 1: Using INFO inspectionLevel to test a Choice state".
    @Test
    void example_1_routes_a_choice_state_at_info_to_the_rule_that_matches() {
        // GIVEN
        String request = """
                {"definition": "{\\"Type\\": \\"Choice\\", \\"Choices\\": [{\\"Variable\\": \\"$.number\\", \\"NumericEquals\\": 1, \\"Next\\": \\"Equals 1\\"}, {\\"Variable\\": \\"$.number\\", \\"NumericEquals\\": 2, \\"Next\\": \\"Equals 2\\"}], \\"Default\\": \\"No Match\\"}",
                 "roleArn": "arn:aws:iam::123456789012:role/myRole",
                 "input": "{\\"number\\": 2}"}""";
        // WHEN
        ObjectNode response = answer(request);
        // THEN
        assertMatches(response, """
                {"output": "{\\"number\\": 2}", "nextState": "Equals 2", "status": "SUCCEEDED"}""");
    }

    // https://docs.aws.amazon.com/step-functions/latest/dg/test-state-isolation.html
    // "Example 2: Using DEBUG inspectionLevel to debug input and output data processing in a Pass state".
    @Test
    void example_2_shows_every_data_flow_stage_of_a_pass_state_at_debug() {
        // GIVEN
        String request = """
                {"definition": "{\\"Type\\": \\"Pass\\", \\"InputPath\\": \\"$.payload\\", \\"Parameters\\": {\\"data\\": 1}, \\"ResultPath\\": \\"$.result\\", \\"OutputPath\\": \\"$.result.data\\", \\"Next\\": \\"Another State\\"}",
                 "roleArn": "arn:aws:iam::123456789012:role/myRole",
                 "input": "{\\"payload\\": {\\"foo\\": \\"bar\\"}}",
                 "inspectionLevel": "DEBUG"}""";
        // WHEN
        ObjectNode response = answer(request);
        // THEN
        assertMatches(response, """
                {"output": "1",
                 "inspectionData": {
                   "input": "{\\"payload\\": {\\"foo\\": \\"bar\\"}}",
                   "afterInputPath": "{\\"foo\\":\\"bar\\"}",
                   "afterParameters": "{\\"data\\":1}",
                   "afterResultSelector": "{\\"data\\":1}",
                   "afterResultPath": "{\\"payload\\":{\\"foo\\":\\"bar\\"},\\"result\\":{\\"data\\":1}}"},
                 "nextState": "Another State",
                 "status": "SUCCEEDED"}""");
    }

    // https://docs.aws.amazon.com/step-functions/latest/dg/test-state-isolation.html
    // "Example 3: Using TRACE inspectionLevel and revealSecrets to inspect the HTTP request sent to a HTTPS API".
    // The page calls https://httpbin.org/get for real through an EventBridge connection; here the HTTP call answers
    // with the result the page documents. The documented request and response also carry what the connection adds
    // (header CustomHeader1, query parameter QueryParam1, body key BodyKey1, Basic authorization), which lives in the
    // connection, not in the request: here no connection is declared, so only what the definition itself sends is
    // compared; example_3_shows_the_documented_request_when_the_connection_is_declared declares it. The page is also
    // inconsistent in one place: its afterParameters names the connection ".../connection/foo/a59c10f0-..." while its
    // definition names ".../connection/MyConnection/0000000-...", so afterParameters is compared with the definition's
    // own Parameters, which is what the rule (afterParameters is the effective input after Parameters) gives.
    @Test
    void example_3_shows_the_http_request_and_response_of_an_http_task_at_trace() {
        // GIVEN
        JsonNode documentedResult = json(HTTPBIN_RESULT);
        // WHEN
        ObjectNode response = httpExample();
        // THEN
        assertThat(response.path("status").asText()).isEqualTo("SUCCEEDED");
        assertThat(response.has("nextState")).isFalse();
        assertThat(asJson(response.get("output"))).isEqualTo(documentedResult);
        JsonNode data = response.path("inspectionData");
        assertThat(asJson(data.get("input"))).isEqualTo(json("{}"));
        assertThat(asJson(data.get("afterInputPath"))).isEqualTo(json("{}"));
        assertThat(asJson(data.get("afterParameters"))).isEqualTo(json("""
                {"Method": "GET", "Authentication": {"ConnectionArn":
                   "arn:aws:events:us-east-1:123456789012:connection/MyConnection/0000000-0000-0000-0000-000000000000"},
                 "ApiEndpoint": "https://httpbin.org/get", "Headers": {"definitionHeader": "h1"},
                 "RequestBody": {"message": "Hello from Step Functions!"},
                 "QueryParameters": {"queryParam": "q1"}}"""));
        assertThat(asJson(data.get("result"))).isEqualTo(documentedResult);
        assertThat(asJson(data.get("afterResultSelector"))).isEqualTo(documentedResult);
        assertThat(asJson(data.get("afterResultPath"))).isEqualTo(documentedResult);
        JsonNode sent = data.path("request");
        assertThat(sent.path("protocol").asText()).isEqualTo("https");
        assertThat(sent.path("method").asText()).isEqualTo("GET");
        // Documented: "...?queryParam=q1&QueryParam1=QueryParamValue1", the second parameter from the connection
        // (not declared here).
        assertThat(sent.path("url").asText()).isEqualTo("https://httpbin.org/get?queryParam=q1");
        // The documented text is "[definitionHeader: h1, Authorization: ..., CustomHeader1: ..., User-Agent: ...,
        // Range: ...]": the definition's header first, then what the connection adds (not modelled, left out), then
        // the two headers every HTTP Task sends, with the execution's region (us-east-1 here).
        assertThat(sent.path("headers").asText()).isEqualTo(
                "[definitionHeader: h1, User-Agent: Amazon|StepFunctions|HttpInvoke|us-east-1, Range: bytes=0-262144]");
        // Documented: {"message":"Hello from Step Functions!","BodyKey1":"BodyValue1"}, the second key from the
        // connection (not declared here).
        assertThat(sent.path("body").asText()).isEqualTo("{\"message\":\"Hello from Step Functions!\"}");
        JsonNode received = data.path("response");
        assertThat(received.path("protocol").asText()).isEqualTo("https");
        assertThat(received.path("statusCode").asText()).isEqualTo("200");
        assertThat(received.path("statusMessage").asText()).isEqualTo("OK");
        // Same entries as documented; the page lists them in wire order, which the result's Headers object does not
        // keep.
        assertThat(entries(received.path("headers").asText())).containsExactlyInAnyOrder(
                "date: Tue, 21 Nov 2023 00:06:17 GMT", "content-type: application/json", "content-length: 620",
                "server: gunicorn/19.9.0",
                "access-control-allow-origin: *", "access-control-allow-credentials: true");
        // The documented body is httpbin's raw, pretty-printed text; Orrery has only the parsed ResponseBody.
        assertThat(asJson(received.get("body"))).isEqualTo(documentedResult.path("ResponseBody"));
    }

    // Example 3 again, its connection declared as the page's response shows it (Basic authorization "XXXXXXXX",
    // header CustomHeader1, query parameter QueryParam1, body key BodyKey1) and its call sent to a loopback server:
    // the TRACE request is then the documented one, with the region us-east-1 for the page's `region`.
    @Test
    void example_3_shows_the_documented_request_when_the_connection_is_declared() {
        // GIVEN
        com.github.tomakehurst.wiremock.WireMockServer httpbin = new com.github.tomakehurst.wiremock.WireMockServer(
                com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig().dynamicPort());
        httpbin.start();
        try {
            httpbin.stubFor(com.github.tomakehurst.wiremock.client.WireMock.any(
                    com.github.tomakehurst.wiremock.client.WireMock.anyUrl()).willReturn(
                    com.github.tomakehurst.wiremock.client.WireMock.okJson(
                            json(HTTPBIN_RESULT).path("ResponseBody").toString())));
            dev.orrery.http.HttpTasks http = dev.orrery.http.HttpTasks.builder()
                    .route("https://httpbin.org", httpbin.baseUrl())
                    .connection("arn:aws:events:us-east-1:123456789012:connection/MyConnection/"
                                    + "0000000-0000-0000-0000-000000000000",
                            dev.orrery.http.HttpConnection.none().withHeader("Authorization", "Basic XXXXXXXX")
                                    .withHeader("CustomHeader1", "CustomHeaderValue1")
                                    .withQueryParameter("QueryParam1", "QueryParamValue1")
                                    .withBodyParameter("BodyKey1", "BodyValue1"))
                    .build();
            // WHEN
            JsonNode sent = StateTester.of(RequestJson.read(json(EXAMPLE_3))).integration(http).test().toJson()
                    .path("inspectionData").path("request");
            // THEN
            assertThat(sent).isEqualTo(json("""
                    {"protocol": "https", "method": "GET",
                     "url": "https://httpbin.org/get?queryParam=q1&QueryParam1=QueryParamValue1",
                     "headers": "[definitionHeader: h1, Authorization: Basic XXXXXXXX, CustomHeader1: CustomHeaderValue1, User-Agent: Amazon|StepFunctions|HttpInvoke|us-east-1, Range: bytes=0-262144]",
                     "body": "{\\"message\\":\\"Hello from Step Functions!\\",\\"BodyKey1\\":\\"BodyValue1\\"}"}"""));
        } finally {
            httpbin.stop();
        }
    }

    /** Example 3's request, as the page sends it. */
    private static final String EXAMPLE_3 = """
            {"definition": "{\\"Type\\": \\"Task\\", \\"Resource\\": \\"arn:aws:states:::http:invoke\\", \\"Parameters\\": {\\"Method\\": \\"GET\\", \\"Authentication\\": {\\"ConnectionArn\\": \\"arn:aws:events:us-east-1:123456789012:connection/MyConnection/0000000-0000-0000-0000-000000000000\\"}, \\"ApiEndpoint\\": \\"https://httpbin.org/get\\", \\"Headers\\": {\\"definitionHeader\\": \\"h1\\"}, \\"RequestBody\\": {\\"message\\": \\"Hello from Step Functions!\\"}, \\"QueryParameters\\": {\\"queryParam\\": \\"q1\\"}}, \\"End\\": true}",
             "roleArn": "arn:aws:iam::123456789012:role/myRole",
             "inspectionLevel": "TRACE",
             "revealSecrets": true}""";

    /** Example 3's request, its HTTP call answered with the documented result; also the call of Example 4. */
    private static ObjectNode httpExample() {
        String request = EXAMPLE_3;
        JsonNode documentedResult = json(HTTPBIN_RESULT);
        return StateTester.of(RequestJson.read(json(request)))
                .integration(call -> TaskOutcome.success(documentedResult)).test().toJson();
    }

    // https://docs.aws.amazon.com/step-functions/latest/dg/test-state-isolation.html
    // "Example 4: Using jq utility to filter and print the response that TestState API returns": Example 3's
    // call piped through jq '.inspectionData.response.body | fromjson'. The documented result is the ResponseBody of
    // Example 3 (its "origin" and "url" shown with doc placeholders, the values of Example 3's result).
    @Test
    void example_4_gives_the_http_response_body_as_json_text_that_parses_to_the_documented_body() {
        // WHEN
        ObjectNode response = httpExample();
        // THEN
        assertThat(asJson(response.path("inspectionData").path("response").get("body")))
                .isEqualTo(json(HTTPBIN_RESULT).path("ResponseBody"));
    }

    // https://docs.aws.amazon.com/step-functions/latest/dg/test-state-isolation.html
    // "Testing retry and error handling", "Simulating retry attempts". The page elides the task's Arguments ("{...}")
    // and gives no QueryLanguage; Arguments needs JSONata, so the state says so and names a function. The page prints
    // only status and errorDetails; those are compared.
    @Test
    void simulating_retry_attempts_reports_the_retrier_and_its_backoff_after_one_retry() {
        // GIVEN
        String request = """
                {"definition": "{\\"Type\\": \\"Task\\", \\"QueryLanguage\\": \\"JSONata\\", \\"Resource\\": \\"arn:aws:states:::lambda:invoke\\", \\"Arguments\\": {\\"FunctionName\\": \\"MyFunction\\"}, \\"Retry\\": [{\\"ErrorEquals\\": [\\"Lambda.ServiceException\\"], \\"IntervalSeconds\\": 2, \\"MaxAttempts\\": 3, \\"BackoffRate\\": 2.0}], \\"End\\": true}",
                 "input": "{\\"data\\": \\"value\\"}",
                 "stateConfiguration": {"retrierRetryCount": 1},
                 "mock": {"errorOutput": {"error": "Lambda.ServiceException", "cause": "Service error"}},
                 "inspectionLevel": "DEBUG"}""";
        // WHEN
        ObjectNode response = answer(request);
        // THEN
        assertThat(response.path("status").asText()).isEqualTo("RETRIABLE");
        // compared as JSON text read back, so that a long 4 equals the documented 4
        assertThat(json(response.path("inspectionData").path("errorDetails").toString())).isEqualTo(json("""
                {"retryBackoffIntervalSeconds": 4, "retryIndex": 0}"""));
    }

    // https://docs.aws.amazon.com/step-functions/latest/dg/test-state-isolation.html
    // "Testing retry and error handling", "Testing catch handlers". The page elides the task's Arguments ("{...}") in a
    // JSONPath state (it has ResultPath and no QueryLanguage), where the field is Parameters; the state names a
    // function with Parameters instead. The page prints status, nextState, error, cause, output and errorDetails; those
    // are compared (the page elides the rest of inspectionData).
    @Test
    void testing_catch_handlers_goes_to_the_catcher_with_the_error_at_its_result_path() {
        // GIVEN
        String request = """
                {"definition": "{\\"Type\\": \\"Task\\", \\"Resource\\": \\"arn:aws:states:::lambda:invoke\\", \\"Parameters\\": {\\"FunctionName\\": \\"MyFunction\\"}, \\"Catch\\": [{\\"ErrorEquals\\": [\\"Lambda.TooManyRequestsException\\"], \\"ResultPath\\": \\"$.error\\", \\"Next\\": \\"HandleThrottling\\"}], \\"Next\\": \\"Success\\"}",
                 "input": "{\\"data\\": \\"value\\"}",
                 "mock": {"errorOutput": {"error": "Lambda.TooManyRequestsException", "cause": "Rate exceeded"}},
                 "inspectionLevel": "DEBUG"}""";
        // WHEN
        ObjectNode response = answer(request);
        // THEN
        assertThat(response.path("status").asText()).isEqualTo("CAUGHT_ERROR");
        assertThat(response.path("nextState").asText()).isEqualTo("HandleThrottling");
        assertThat(response.path("error").asText()).isEqualTo("Lambda.TooManyRequestsException");
        assertThat(response.path("cause").asText()).isEqualTo("Rate exceeded");
        assertThat(asJson(response.get("output"))).isEqualTo(json("""
                {"data": "value", "error": {"Error": "Lambda.TooManyRequestsException", "Cause": "Rate exceeded"}}"""));
        assertThat(response.path("inspectionData").path("errorDetails")).isEqualTo(json("{\"catchIndex\": 0}"));
    }

    /** The HTTP Task result Example 3 documents (the {@code output} and {@code result} of its response). */
    private static final String HTTPBIN_RESULT = """
            {"Headers": {"date": ["Tue, 21 Nov 2023 00:06:17 GMT"], "access-control-allow-origin": ["*"],
                         "content-length": ["620"], "server": ["gunicorn/19.9.0"],
                         "access-control-allow-credentials": ["true"], "content-type": ["application/json"]},
             "ResponseBody": {"args": {"QueryParam1": "QueryParamValue1", "queryParam": "q1"},
               "headers": {"Authorization": "Basic XXXXXXXX", "Content-Type": "application/json; charset=UTF-8",
                 "Customheader1": "CustomHeaderValue1", "Definitionheader": "h1", "Host": "httpbin.org",
                 "Range": "bytes=0-262144", "Transfer-Encoding": "chunked",
                 "User-Agent": "Amazon|StepFunctions|HttpInvoke|us-east-1",
                 "X-Amzn-Trace-Id": "Root=1-0000000-0000-0000-0000-000000000000"},
               "origin": "12.34.567.891", "url": "https://httpbin.org/get?queryParam=q1&QueryParam1=QueryParamValue1"},
             "StatusCode": 200, "StatusText": "OK"}""";

    private static ObjectNode answer(String requestJson) {
        return StateTester.of(RequestJson.read(json(requestJson))).test().toJson();
    }

    /** Compares each documented field with the answer's, JSON text as JSON, and requires no extra field. */
    private static void assertMatches(ObjectNode actual, String documented) {
        JsonNode expected = json(documented);
        assertThat(fieldNames(actual)).as("response fields").isEqualTo(fieldNames(expected));
        for (Iterator<Map.Entry<String, JsonNode>> it = expected.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            JsonNode value = actual.get(field.getKey());
            if (field.getValue().isObject()) {
                assertThat(fieldNames(value)).as(field.getKey() + " fields").isEqualTo(fieldNames(field.getValue()));
                field.getValue().fields().forEachRemaining(inner -> assertThat(asJson(value.get(inner.getKey())))
                        .as(field.getKey() + "." + inner.getKey()).isEqualTo(asJson(inner.getValue())));
            } else {
                assertThat(asJson(value)).as(field.getKey()).isEqualTo(asJson(field.getValue()));
            }
        }
    }

    /** The {@code name: value} entries of a bracketed header text; a date's own comma stays inside its value. */
    private static java.util.List<String> entries(String headers) {
        assertThat(headers).startsWith("[").endsWith("]");
        return java.util.List.of(headers.substring(1, headers.length() - 1).split(", (?=[A-Za-z-]+: )"));
    }

    private static java.util.Set<String> fieldNames(JsonNode node) {
        java.util.Set<String> names = new java.util.TreeSet<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    /** The JSON value a JSON-text field carries; a text that is not JSON (a state name, a status) stays as it is. */
    private static JsonNode asJson(JsonNode node) {
        if (node == null || !node.isTextual()) {
            return node;
        }
        try {
            return MAPPER.readTree(node.asText());
        } catch (JsonProcessingException notJson) {
            return node;
        }
    }

    private static JsonNode json(String text) {
        try {
            return MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
