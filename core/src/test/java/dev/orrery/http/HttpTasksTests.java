package dev.orrery.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.requestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import dev.orrery.history.HistoryEvent;
import dev.orrery.mock.MockSession;
import dev.orrery.mock.TaskMocks;
import dev.orrery.parse.AslParser;
import dev.orrery.run.Execution;
import dev.orrery.run.ExecutionOptions;
import dev.orrery.run.StateMachineRunner;
import dev.orrery.spi.TaskIntegration;
import dev.orrery.spi.UnmockedTaskException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.ServerSocket;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.parallel.Resources;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HttpTasksTests {

    @RegisterExtension
    static final WireMockExtension API = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort())
            .build();

    private static final String CONNECTION = "arn:aws:events:us-east-1:123456789012:connection/Api/1";

    private static final String GET_CUSTOMER = """
            {"StartAt": "GetCustomer", "States": {"GetCustomer": {"Type": "Task",
              "Resource": "arn:aws:states:::http:invoke",
              "Parameters": {
                "ApiEndpoint.$": "States.Format('https://api.example.com/v1/customers/{}', $.id)",
                "Method": "GET",
                "InvocationConfig": {"ConnectionArn": "%s"},
                "QueryParameters": {"expand": "orders", "note": "a b"}},
              "End": true}}}""".formatted(CONNECTION);

    private HttpTasks http() {
        return HttpTasks.builder().route("https://api.example.com", API.baseUrl()).build();
    }

    @Test
    void sends_the_request_to_the_routed_loopback_server_and_returns_aws_result_shape() {
        API.stubFor(get(urlEqualTo("/v1/customers/42?expand=orders&note=a%20b"))
                .willReturn(okJson("{\"id\": \"42\", \"name\": \"Ada\"}")));

        Execution execution = run(GET_CUSTOMER, "{\"id\": \"42\"}", http());

        assertThat(execution.succeeded()).isTrue();
        assertThat(execution.output().get("ResponseBody")).isEqualTo(json("{\"id\": \"42\", \"name\": \"Ada\"}"));
        assertThat(execution.output().get("StatusCode").intValue()).isEqualTo(200);
        assertThat(execution.output().get("StatusText").asText()).isEqualTo("OK");
        assertThat(execution.output().at("/Headers/content-type")).isEqualTo(json("[\"application/json\"]"));
        API.verify(getRequestedFor(urlEqualTo("/v1/customers/42?expand=orders&note=a%20b"))
                .withHeader("User-Agent", equalTo("Amazon|StepFunctions|HttpInvoke|us-east-1"))
                .withHeader("Range", equalTo("bytes=0-262144"))
                .withoutHeader("Content-Type"));
    }

    @Test
    void names_the_region_of_the_execution_in_the_user_agent() {
        API.stubFor(get(anyUrl()).willReturn(okJson("{}")));

        StateMachineRunner.create(AslParser.parse(GET_CUSTOMER).orThrow(), http(),
                ExecutionOptions.defaults().withRegion("eu-west-3")).run(json("{\"id\": \"1\"}"));

        API.verify(getRequestedFor(anyUrl())
                .withHeader("User-Agent", equalTo("Amazon|StepFunctions|HttpInvoke|eu-west-3")));
    }

    @Test
    void posts_the_request_body_as_json_with_the_default_content_type_and_the_definition_headers() {
        API.stubFor(post(urlEqualTo("/v1/orders")).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withBody("{\"orderId\": \"O-1\"}")));

        Execution execution = run(task("""
                "ApiEndpoint": "https://api.example.com/v1/orders", "Method": "POST",
                "Headers": {"X-Request-Id.$": "$.requestId"},
                "RequestBody": {"sku.$": "$.sku", "qty": 2}"""), "{\"requestId\": \"r-7\", \"sku\": \"A\"}", http());

        assertThat(execution.output().get("StatusCode").intValue()).isEqualTo(201);
        assertThat(execution.output().get("StatusText").asText()).isEqualTo("Created");
        API.verify(postRequestedFor(urlEqualTo("/v1/orders"))
                .withHeader("Content-Type", equalTo("application/json; charset=UTF-8"))
                .withHeader("X-Request-Id", equalTo("r-7"))
                .withRequestBody(equalTo("{\"qty\":2,\"sku\":\"A\"}").or(equalTo("{\"sku\":\"A\",\"qty\":2}"))));
    }

    @Test
    void adds_what_the_declared_connection_adds_after_the_definition_with_the_connection_winning_a_name_clash() {
        API.stubFor(post(urlEqualTo("/v1/orders?q=1&region=eu&Key1=V1")).willReturn(okJson("{}")));
        HttpTasks http = HttpTasks.builder().route("https://api.example.com", API.baseUrl())
                .connection(CONNECTION, HttpConnection.basic("user", "secret").withHeader("X-Tenant", "t-1")
                        .withQueryParameter("region", "eu").withQueryParameter("Key1", "V1")
                        .withBodyParameter("apiVersion", "2").withBodyParameter("sku", "from-connection"))
                .build();

        Execution execution = run(task("""
                "ApiEndpoint": "https://api.example.com/v1/orders", "Method": "POST",
                "Headers": {"X-Tenant": "from-definition", "X-Request-Id": "r-1"},
                "QueryParameters": {"q": "1", "region": "us"},
                "RequestBody": {"sku": "A", "qty": 2}"""), "{}", http);

        assertThat(execution.succeeded()).isTrue();
        API.verify(postRequestedFor(urlEqualTo("/v1/orders?q=1&region=eu&Key1=V1"))
                .withHeader("Authorization", equalTo("Basic dXNlcjpzZWNyZXQ="))
                .withHeader("X-Tenant", equalTo("t-1"))
                .withHeader("X-Request-Id", equalTo("r-1"))
                .withRequestBody(equalTo("{\"sku\":\"from-connection\",\"qty\":2,\"apiVersion\":\"2\"}")));
        assertThat(http.connection(CONNECTION)).isPresent();
        assertThat(http.connection("arn:aws:events:us-east-1:123456789012:connection/Other/2")).isEmpty();
    }

    @Test
    void url_encodes_the_request_body_when_the_transform_asks_for_it() {
        API.stubFor(post(urlEqualTo("/v1/invoices")).willReturn(okJson("{}")));

        run(task("""
                "ApiEndpoint": "https://api.example.com/v1/invoices", "Method": "POST",
                "Headers": {"Content-Type": "application/x-www-form-urlencoded"},
                "RequestBody": {"description": "Monthly subscription", "lines": ["a", "b"],
                                "metadata": {"order_details": "monthly report data"}},
                "Transform": {"RequestBodyEncoding": "URL_ENCODED",
                              "RequestEncodingOptions": {"ArrayFormat": "BRACKETS"}}"""), "{}", http());

        API.verify(postRequestedFor(urlEqualTo("/v1/invoices"))
                .withHeader("Content-Type", equalTo("application/x-www-form-urlencoded"))
                .withRequestBody(equalTo("description=Monthly%20subscription&lines%5B%5D=a&lines%5B%5D=b"
                        + "&metadata%5Border_details%5D=monthly%20report%20data")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"GET", "POST", "PUT", "DELETE", "PATCH", "OPTIONS", "HEAD"})
    void sends_each_method_aws_accepts(String method) {
        API.stubFor(any(urlEqualTo("/m")).willReturn(aResponse().withStatus(204)));

        Execution execution = run(task("\"ApiEndpoint\": \"https://api.example.com/m\", \"Method\": \"" + method
                + "\""), "{}", http());

        assertThat(execution.output().get("StatusCode").intValue()).isEqualTo(204);
        API.verify(requestedFor(method, urlEqualTo("/m")));
    }

    @Test
    void retries_a_500_as_states_http_status_code_500_on_the_virtual_clock() {
        API.stubFor(get(urlEqualTo("/flaky")).inScenario("flaky").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(500).withBody("boom")).willSetStateTo("recovered"));
        API.stubFor(get(urlEqualTo("/flaky")).inScenario("flaky").whenScenarioStateIs("recovered")
                .willReturn(okJson("{\"ok\": true}")));

        Execution execution = run(task("\"ApiEndpoint\": \"https://api.example.com/flaky\", \"Method\": \"GET\"",
                ", \"Retry\": [{\"ErrorEquals\": [\"States.Http.StatusCode.500\"], \"IntervalSeconds\": 3}]"), "{}",
                http());

        assertThat(execution.succeeded()).isTrue();
        assertThat(execution.output().get("ResponseBody")).isEqualTo(json("{\"ok\": true}"));
        assertThat(execution.virtualDuration()).isEqualTo(Duration.ofSeconds(3));
        HistoryEvent failed = execution.history().events().stream().filter(e -> e.type().equals("TaskFailed"))
                .findFirst().orElseThrow();
        assertThat(failed.details()).isEqualTo(json("""
                {"resource": "invoke", "resourceType": "http", "error": "States.Http.StatusCode.500",
                 "cause": "Internal Server Error"}"""));
        API.verify(2, getRequestedFor(urlEqualTo("/flaky")));
    }

    @Test
    void catches_a_404_as_states_http_status_code_404() {
        API.stubFor(get(anyUrl()).willReturn(aResponse().withStatus(404)));

        Execution execution = run("""
                {"StartAt": "Get", "States": {
                  "Get": {"Type": "Task", "Resource": "arn:aws:states:::http:invoke",
                    "Parameters": {"ApiEndpoint": "https://api.example.com/x", "Method": "GET",
                                   "Authentication": {"ConnectionArn": "%s"}},
                    "Catch": [{"ErrorEquals": ["States.Http.StatusCode.404"], "ResultPath": "$.error",
                               "Next": "Missing"}],
                    "End": true},
                  "Missing": {"Type": "Pass", "End": true}}}""".formatted(CONNECTION), "{}", http());

        assertThat(execution.succeeded()).isTrue();
        assertThat(execution.output()).isEqualTo(json("""
                {"error": {"Error": "States.Http.StatusCode.404", "Cause": "Not Found"}}"""));
    }

    @Test
    void catches_a_500_that_its_retries_did_not_cure() {
        API.stubFor(get(anyUrl()).willReturn(aResponse().withStatus(500)));

        Execution execution = run("""
                {"StartAt": "Get", "States": {
                  "Get": {"Type": "Task", "Resource": "arn:aws:states:::http:invoke",
                    "Parameters": {"ApiEndpoint": "https://api.example.com/x", "Method": "GET",
                                   "InvocationConfig": {"ConnectionArn": "%s"}},
                    "Retry": [{"ErrorEquals": ["States.Http.StatusCode.500"], "IntervalSeconds": 1,
                               "MaxAttempts": 2, "BackoffRate": 2}],
                    "Catch": [{"ErrorEquals": ["States.Http.StatusCode.500"], "Next": "Down"}],
                    "End": true},
                  "Down": {"Type": "Pass", "End": true}}}""".formatted(CONNECTION), "{}", http());

        assertThat(execution.path()).containsExactly("Get", "Down");
        assertThat(execution.output()).isEqualTo(json("""
                {"Error": "States.Http.StatusCode.500", "Cause": "Internal Server Error"}"""));
        assertThat(execution.virtualDuration()).isEqualTo(Duration.ofSeconds(1 + 2));
        API.verify(3, getRequestedFor(urlEqualTo("/x")));
    }

    @Test
    void builds_the_request_from_jsonata_arguments() {
        API.stubFor(post(urlEqualTo("/v1/orders/7/notes?lang=en")).willReturn(okJson("{\"noted\": true}")));

        Execution execution = run("""
                {"QueryLanguage": "JSONata", "StartAt": "Note", "States": {"Note": {"Type": "Task",
                  "Resource": "arn:aws:states:::http:invoke",
                  "Arguments": {
                    "ApiEndpoint": "{% 'https://api.example.com/v1/orders/' & $states.input.id & '/notes' %}",
                    "Method": "POST", "InvocationConfig": {"ConnectionArn": "%s"},
                    "QueryParameters": {"lang": "en"},
                    "Headers": {"Content-Type": "text/plain"},
                    "RequestBody": "{% $states.input.note %}"},
                  "Output": "{% $states.result.ResponseBody %}",
                  "End": true}}}""".replace("%s", CONNECTION), "{\"id\": 7, \"note\": \"call back\"}", http());

        assertThat(execution.output()).isEqualTo(json("{\"noted\": true}"));
        API.verify(postRequestedFor(urlEqualTo("/v1/orders/7/notes?lang=en"))
                .withHeader("Content-Type", equalTo("text/plain"))
                .withRequestBody(equalTo("call back")));
    }

    @Test
    void runs_http_tasks_in_express_workflows_too() {
        API.stubFor(get(anyUrl()).willReturn(okJson("{\"id\": \"8\"}")));

        Execution execution = StateMachineRunner.createExpress(AslParser.parse(GET_CUSTOMER).orThrow(), http(),
                ExecutionOptions.defaults()).run(json("{\"id\": \"8\"}"));

        assertThat(execution.output().get("ResponseBody")).isEqualTo(json("{\"id\": \"8\"}"));
    }

    @Test
    void records_the_calls_when_wrapped_in_a_recording_session() {
        API.stubFor(get(anyUrl()).willReturn(okJson("{}")));
        MockSession session = MockSession.recording(http());

        run(GET_CUSTOMER, "{\"id\": \"3\"}", session);

        assertThat(session.payloads("GetCustomer")).extracting(p -> p.get("ApiEndpoint").asText())
                .containsExactly("https://api.example.com/v1/customers/3");
    }

    @Test
    void records_the_http_task_events_with_the_effective_parameters() {
        API.stubFor(get(anyUrl()).willReturn(okJson("{}")));

        Execution execution = run(GET_CUSTOMER, "{\"id\": \"9\"}", http());

        HistoryEvent scheduled = execution.history().events().get(2);
        assertThat(scheduled.type()).isEqualTo("TaskScheduled");
        assertThat(scheduled.details()).isEqualTo(json("""
                {"resource": "invoke", "resourceType": "http", "region": "us-east-1",
                 "parameters": {"Method": "GET", "InvocationConfig": {"ConnectionArn": "%s"},
                   "QueryParameters": {"expand": "orders", "note": "a b"},
                   "ApiEndpoint": "https://api.example.com/v1/customers/9"}}""".formatted(CONNECTION)));
    }

    @Test
    void takes_the_declared_virtual_latency_and_no_other_time() {
        API.stubFor(get(anyUrl()).willReturn(okJson("{}")));
        HttpTasks slow = HttpTasks.builder().route("https://api.example.com", API.baseUrl())
                .latency(Duration.ofMillis(250)).build();

        assertThat(run(GET_CUSTOMER, "{\"id\": \"1\"}", http()).virtualDuration()).isZero();
        assertThat(run(GET_CUSTOMER, "{\"id\": \"1\"}", slow).virtualDuration()).isEqualTo(Duration.ofMillis(250));
    }

    @Test
    void fails_with_states_runtime_on_a_forbidden_header_given_at_run_time_without_sending_anything() {
        Execution execution = run(task("""
                "ApiEndpoint": "https://api.example.com/x", "Method": "GET", "Headers.$": "$.headers\""""),
                "{\"headers\": {\"Authorization\": \"Bearer t\"}}", http());

        assertThat(execution.error()).isEqualTo("States.Runtime");
        assertThat(execution.cause()).isEqualTo("The header Authorization cannot be set in an HTTP Task definition");
        API.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void fails_closed_with_a_how_to_route_message_when_the_origin_has_no_route() {
        HttpTasks other = HttpTasks.builder().route("https://other.example.com", API.baseUrl()).build();

        assertThatThrownBy(() -> run(GET_CUSTOMER, "{\"id\": \"42\"}", other))
                .isInstanceOf(UnmockedTaskException.class)
                .hasMessage("No route for HTTP Task state \"GetCustomer\": it calls GET"
                        + " https://api.example.com/v1/customers/42 (call #0, 0-based).\n"
                        + "Orrery sends HTTP Tasks only to a loopback server chosen by the test: route the origin,"
                        + " e.g.\n"
                        + "  HttpTasks.builder().route(\"https://api.example.com\", wireMock.baseUrl()).build()\n"
                        + "or mock the state: TaskMocks.builder().returns(\"GetCustomer\", result)\n"
                        + "Routes declared: https://other.example.com -> " + API.baseUrl());
        API.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void refuses_a_route_to_anything_but_a_loopback_server() {
        assertThatThrownBy(() -> HttpTasks.builder().route("https://api.example.com", "https://api.example.com"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("HTTP Tasks may only be routed to a loopback server (localhost, 127.0.0.0/8 or ::1) so"
                        + " that tests never reach the network, but https://api.example.com is on host"
                        + " api.example.com");
        assertThatThrownBy(() -> HttpTasks.builder().route("https://api.example.com", "http://10.0.0.1:8080"))
                .hasMessageContaining("is on host 10.0.0.1");
        assertThatThrownBy(() -> HttpTasks.builder().route("https://api.example.com/v1", API.baseUrl()))
                .hasMessage("Route an origin (scheme, host and port, e.g. https://api.example.com), not a URL with"
                        + " a path or query: https://api.example.com/v1");
        assertThat(HttpTasks.builder().route("https://API.example.com:443/", "http://127.0.0.1:1").build().routes())
                .containsEntry("https://api.example.com", "http://127.0.0.1:1");
    }

    @Test
    void accepts_ipv6_loopback_and_checks_latency_and_timeout() {
        assertThat(HttpTasks.builder().route("https://api.example.com", "http://[::1]:8089").build().routes())
                .containsEntry("https://api.example.com", "http://[::1]:8089");
        assertThatThrownBy(() -> HttpTasks.builder().latency(Duration.ofSeconds(-1)))
                .hasMessage("latency must not be negative but was PT-1S");
        assertThatThrownBy(() -> HttpTasks.builder().timeout(Duration.ZERO))
                .hasMessage("timeout must be positive but was PT0S");
        assertThatThrownBy(() -> HttpTasks.builder().route("api.example.com", API.baseUrl()))
                .hasMessage("The origin must be an absolute http or https URL but was api.example.com");
    }

    @Test
    void keeps_the_path_prefix_of_the_loopback_base_url() {
        API.stubFor(get(urlEqualTo("/stripe/v1/customers/5?expand=orders&note=a%20b")).willReturn(okJson("{}")));
        HttpTasks prefixed = HttpTasks.builder().route("https://api.example.com", API.baseUrl() + "/stripe/")
                .build();

        assertThat(run(GET_CUSTOMER, "{\"id\": \"5\"}", prefixed).succeeded()).isTrue();
    }

    @Test
    void lets_mocks_answer_first_and_sends_the_other_http_tasks_to_the_loopback_server() {
        API.stubFor(get(anyUrl()).willReturn(okJson("{\"from\": \"wiremock\"}")));
        String twoCalls = """
                {"StartAt": "Mocked", "States": {
                  "Mocked": {"Type": "Task", "Resource": "arn:aws:states:::http:invoke",
                    "Parameters": {"ApiEndpoint": "https://api.example.com/a", "Method": "GET",
                                   "InvocationConfig": {"ConnectionArn": "%1$s"}},
                    "ResultPath": "$.mocked", "Next": "Served"},
                  "Served": {"Type": "Task", "Resource": "arn:aws:states:::http:invoke",
                    "Parameters": {"ApiEndpoint": "https://api.example.com/b", "Method": "GET",
                                   "InvocationConfig": {"ConnectionArn": "%1$s"}},
                    "ResultSelector": {"from.$": "$.ResponseBody.from"}, "ResultPath": "$.served", "End": true}}}"""
                .formatted(CONNECTION);
        TaskMocks mocks = TaskMocks.builder().returns("Mocked", json("{\"from\": \"mock\"}")).http(http()).build();
        MockSession session = mocks.session();

        Execution execution = run(twoCalls, "{}", session);

        assertThat(execution.output()).isEqualTo(json("""
                {"mocked": {"from": "mock"}, "served": {"from": "wiremock"}}"""));
        API.verify(0, getRequestedFor(urlEqualTo("/a")));
        API.verify(1, getRequestedFor(urlEqualTo("/b")));
        assertThat(session.calls()).hasSize(2);
    }

    @Test
    void says_how_to_route_an_unmocked_http_task_when_no_routes_are_given() {
        assertThatThrownBy(() -> run(GET_CUSTOMER, "{\"id\": \"42\"}", TaskMocks.none()))
                .isInstanceOf(UnmockedTaskException.class)
                .hasMessageContaining("No mocked response for Task state \"GetCustomer\"")
                .hasMessageContaining("or, for this HTTP Task, send it to a loopback server such as WireMock:\n"
                        + "  TaskMocks.builder().http(HttpTasks.builder().route(\"https://api.example.com\","
                        + " wireMock.baseUrl()).build())\n");
    }

    @Test
    void refuses_tasks_that_are_not_http_tasks_with_a_how_to_mock_message() {
        String lambda = """
                {"StartAt": "Charge", "States": {"Charge": {"Type": "Task",
                  "Resource": "arn:aws:states:::lambda:invoke", "Parameters": {"FunctionName": "f"}, "End": true}}}""";

        assertThatThrownBy(() -> run(lambda, "{}", http()))
                .isInstanceOf(UnmockedTaskException.class)
                .hasMessage("HttpTasks answers only HTTP Tasks (arn:aws:states:::http:invoke), but Task state"
                        + " \"Charge\" calls arn:aws:states:::lambda:invoke.\n"
                        + "Mock it and let HttpTasks answer the HTTP Tasks:\n"
                        + "  TaskMocks.builder().returns(\"Charge\", result).http(httpTasks).build()");
    }

    @Test
    void stops_the_run_with_a_set_up_error_when_the_loopback_server_is_not_listening() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        HttpTasks closed = HttpTasks.builder().route("https://api.example.com", "http://localhost:" + port).build();

        assertThatThrownBy(() -> run(GET_CUSTOMER, "{\"id\": \"1\"}", closed))
                .isInstanceOf(IllegalStateException.class)
                .hasCauseInstanceOf(ConnectException.class)
                .hasMessage("Task state \"GetCustomer\" could not reach the loopback server at http://localhost:"
                        + port + "/v1/customers/1?expand=orders&note=a%20b (routed from https://api.example.com): the"
                        + " connection was refused: nothing listens on port " + port + ".\n"
                        + "Start the server before the run and keep it running until the run ends (WireMock: a"
                        + " @RegisterExtension field, or start() in @BeforeAll), and route to its actual port.\n"
                        + "This stops the run instead of failing the task: AWS fails an HTTP Task with"
                        + " States.Http.Socket when it gets no answer within 60 seconds. To test that failure, answer"
                        + " later than HttpTasks.builder().timeout(...) (WireMock: withFixedDelay) or mock the state:\n"
                        + "  TaskMocks.builder().fails(\"GetCustomer\", \"States.Http.Socket\", cause)");
    }

    @Test
    void a_mocked_socket_failure_of_an_http_task_is_caught_like_any_task_error() {
        String definition = """
                {"StartAt": "GetCustomer", "States": {"GetCustomer": {"Type": "Task",
                  "Resource": "arn:aws:states:::http:invoke",
                  "Parameters": {"ApiEndpoint": "https://api.example.com/v1/customers/1", "Method": "GET",
                    "InvocationConfig": {"ConnectionArn": "arn:aws:events:us-east-1:123456789012:connection/C/1"}},
                  "Catch": [{"ErrorEquals": ["States.Http.Socket"], "Next": "Offline"}], "End": true},
                  "Offline": {"Type": "Pass", "End": true}}}""";
        TaskMocks mocks = TaskMocks.builder().fails("GetCustomer", "States.Http.Socket", "no answer").http(http())
                .build();

        Execution execution = run(definition, "{}", mocks);

        assertThat(execution.path()).containsExactly("GetCustomer", "Offline");
        assertThat(execution.output()).isEqualTo(json("{\"Error\": \"States.Http.Socket\", \"Cause\": \"no answer\"}"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"note=a b", "note=a\\r\\nX-Injected: 1"})
    void fails_the_task_with_states_runtime_when_the_query_string_is_not_a_valid_url(String query) {
        Execution execution = run(task("""
                "ApiEndpoint": "https://api.example.com/v1/orders", "Method": "GET",
                "QueryParameters": "%s\"""".formatted(query)), "{}", http());

        assertThat(execution.error()).isEqualTo("States.Runtime");
        assertThat(execution.cause()).contains("The HTTP Task's request URL https://api.example.com/v1/orders?note=a")
                .contains("is not a valid URL: Illegal character in query at index");
        API.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    @ResourceLock(Resources.SYSTEM_PROPERTIES)
    void never_sends_a_request_through_the_proxy_of_the_jvm_settings() throws IOException {
        API.stubFor(get(anyUrl()).willReturn(okJson("{}")));
        String before = System.getProperty("http.proxyHost");
        try (ServerSocket closed = new ServerSocket(0)) {
            System.setProperty("http.proxyHost", "127.0.0.1");
            System.setProperty("http.proxyPort", String.valueOf(closed.getLocalPort()));
            System.setProperty("http.nonProxyHosts", "");

            Execution execution = run(GET_CUSTOMER, "{\"id\": \"7\"}", http());

            assertThat(execution.succeeded()).isTrue();
        } finally {
            System.clearProperty("http.proxyPort");
            System.clearProperty("http.nonProxyHosts");
            if (before == null) {
                System.clearProperty("http.proxyHost");
            } else {
                System.setProperty("http.proxyHost", before);
            }
        }
    }

    private static String task(String parameters) {
        return task(parameters, "");
    }

    private static String task(String parameters, String extra) {
        return """
                {"StartAt": "Call", "States": {"Call": {"Type": "Task", "Resource": "arn:aws:states:::http:invoke",
                  "Parameters": {"InvocationConfig": {"ConnectionArn": "%s"}, %s}%s, "End": true}}}"""
                .formatted(CONNECTION, parameters, extra);
    }

    private static Execution run(String definition, String input, TaskIntegration integration) {
        return StateMachineRunner.create(AslParser.parse(definition).orThrow(), integration).run(json(input));
    }

    private static JsonNode json(String text) {
        try {
            return new ObjectMapper().readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
