package dev.orrery.teststate;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.orrery.spi.TaskOutcome;
import org.junit.jupiter.api.Test;

class StateTesterHttpTests {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static final String HTTP_TASK = """
            {"Type": "Task", "Resource": "arn:aws:states:::http:invoke",
             "Parameters": {"ApiEndpoint": "https://api.example.com/orders", "Method": "POST",
                            "Authentication": {"ConnectionArn": "arn:aws:events:us-east-1:123456789012:connection/c/1"},
                            "Headers": {"X-Trace": "t-1"}, "RequestBody": {"id": 7}},
             "End": true}""";

    @Test
    void shows_the_http_request_and_response_of_a_call_at_trace() throws Exception {
        // GIVEN
        JsonNode response = MAPPER.readTree("{\"StatusCode\": 201, \"StatusText\": \"Created\", "
                + "\"Headers\": {\"content-type\": [\"application/json\"]}, \"ResponseBody\": {\"ok\": true}}");
        // WHEN
        TestStateResult result = StateTester.of(HTTP_TASK).roleArn("arn:aws:iam::123456789012:role/r")
                .integration(call -> TaskOutcome.success(response)).inspectionLevel(InspectionLevel.TRACE).test();
        // THEN
        InspectionData data = result.inspectionData();
        assertThat(data.request().path("method").asText()).isEqualTo("POST");
        assertThat(data.request().path("url").asText()).isEqualTo("https://api.example.com/orders");
        assertThat(data.request().path("body").asText()).isEqualTo("{\"id\":7}");
        assertThat(data.request().path("headers").asText())
                .isEqualTo("[X-Trace: t-1, User-Agent: Amazon|StepFunctions|HttpInvoke|us-east-1, Range: bytes=0-262144]");
        assertThat(data.response().path("statusCode").asText()).isEqualTo("201");
        assertThat(data.response().path("statusMessage").asText()).isEqualTo("Created");
        assertThat(data.response().path("body").asText()).isEqualTo("{\"ok\":true}");
    }

    @Test
    void names_the_region_of_the_execution_in_the_user_agent_it_shows() throws Exception {
        // GIVEN
        JsonNode response = MAPPER.readTree("{\"StatusCode\": 200, \"StatusText\": \"OK\", \"Headers\": {}}");
        // WHEN
        TestStateResult result = StateTester.of(HTTP_TASK).roleArn("arn:aws:iam::123456789012:role/r")
                .options(dev.orrery.run.ExecutionOptions.defaults().withRegion("eu-west-1"))
                .integration(call -> TaskOutcome.success(response)).inspectionLevel(InspectionLevel.TRACE).test();
        // THEN
        assertThat(result.inspectionData().request().path("headers").asText())
                .contains("User-Agent: Amazon|StepFunctions|HttpInvoke|eu-west-1");
    }

    @Test
    void shows_what_the_connection_adds_only_when_secrets_are_revealed() {
        // GIVEN
        com.github.tomakehurst.wiremock.WireMockServer api = new com.github.tomakehurst.wiremock.WireMockServer(
                com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig().dynamicPort());
        api.start();
        try {
            api.stubFor(com.github.tomakehurst.wiremock.client.WireMock.any(
                    com.github.tomakehurst.wiremock.client.WireMock.anyUrl())
                    .willReturn(com.github.tomakehurst.wiremock.client.WireMock.okJson("{}")));
            dev.orrery.http.HttpTasks http = dev.orrery.http.HttpTasks.builder()
                    .route("https://api.example.com", api.baseUrl())
                    .connection("arn:aws:events:us-east-1:123456789012:connection/c/1",
                            dev.orrery.http.HttpConnection.none().withHeader("Authorization", "Basic XXXXXXXX")
                                    .withHeader("CustomHeader1", "CustomHeaderValue1")
                                    .withQueryParameter("QueryParam1", "QueryParamValue1")
                                    .withBodyParameter("BodyKey1", "BodyValue1"))
                    .build();
            StateTester tester = StateTester.of(HTTP_TASK).roleArn("arn:aws:iam::123456789012:role/r")
                    .integration(http).inspectionLevel(InspectionLevel.TRACE);
            // WHEN
            JsonNode revealed = tester.revealSecrets(true).test().inspectionData().request();
            JsonNode hidden = tester.test().inspectionData().request();
            // THEN
            assertThat(revealed.path("headers").asText()).isEqualTo("[X-Trace: t-1, Authorization: Basic XXXXXXXX, "
                    + "CustomHeader1: CustomHeaderValue1, User-Agent: Amazon|StepFunctions|HttpInvoke|us-east-1, "
                    + "Range: bytes=0-262144]");
            assertThat(revealed.path("url").asText())
                    .isEqualTo("https://api.example.com/orders?QueryParam1=QueryParamValue1");
            assertThat(revealed.path("body").asText()).isEqualTo("{\"id\":7,\"BodyKey1\":\"BodyValue1\"}");
            assertThat(hidden.path("headers").asText())
                    .isEqualTo("[X-Trace: t-1, User-Agent: Amazon|StepFunctions|HttpInvoke|us-east-1, Range: bytes=0-262144]");
            assertThat(hidden.path("url").asText()).isEqualTo("https://api.example.com/orders");
            assertThat(hidden.path("body").asText()).isEqualTo("{\"id\":7}");
        } finally {
            api.stop();
        }
    }

    @Test
    void shows_no_http_exchange_below_trace_or_for_a_mocked_result() {
        // WHEN
        TestStateResult mocked = StateTester.of(HTTP_TASK).mock(TestStateMock.result("{\"StatusCode\": 200}"))
                .inspectionLevel(InspectionLevel.TRACE).test();
        // THEN
        assertThat(mocked.inspectionData().request()).isNull();
        assertThat(mocked.inspectionData().response()).isNull();
    }
}
