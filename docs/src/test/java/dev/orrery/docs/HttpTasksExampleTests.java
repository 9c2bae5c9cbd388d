package dev.orrery.docs;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import dev.orrery.http.HttpConnection;
import dev.orrery.http.HttpTasks;
import dev.orrery.mock.TaskMocks;
import dev.orrery.model.StateMachine;
import dev.orrery.parse.AslParser;
import dev.orrery.run.Execution;
import dev.orrery.run.StateMachineRunner;
import dev.orrery.spi.UnmockedTaskException;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The snippets of docs/guides/http-tasks.md, compiled and run against WireMock on loopback. */
class HttpTasksExampleTests {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final StateMachine INVOICE = AslParser.parse("""
            {"StartAt": "FindCustomer",
             "States": {
               "FindCustomer": {"Type": "Task", "Resource": "arn:aws:states:::http:invoke",
                 "Parameters": {
                   "ApiEndpoint.$": "States.Format('https://api.stripe.com/v1/customers/{}', $.customerId)",
                   "Method": "GET",
                   "InvocationConfig": {"ConnectionArn": "arn:aws:events:us-east-1:123456789012:connection/Stripe/1"},
                   "QueryParameters": {"expand": "subscriptions"}},
                 "ResultSelector": {"email.$": "$.ResponseBody.email"},
                 "ResultPath": "$.customer",
                 "Next": "CreateInvoice"},
               "CreateInvoice": {"Type": "Task", "Resource": "arn:aws:states:::http:invoke",
                 "Parameters": {
                   "ApiEndpoint": "https://api.stripe.com/v1/invoices",
                   "Method": "POST",
                   "InvocationConfig": {"ConnectionArn": "arn:aws:events:us-east-1:123456789012:connection/Stripe/1"},
                   "Headers": {"Content-Type": "application/x-www-form-urlencoded"},
                   "RequestBody": {"customer.$": "$.customerId", "description": "Monthly subscription"},
                   "Transform": {"RequestBodyEncoding": "URL_ENCODED"}},
                 "Retry": [{"ErrorEquals": ["States.Http.StatusCode.503"], "IntervalSeconds": 5}],
                 "Catch": [{"ErrorEquals": ["States.Http.StatusCode.402"], "ResultPath": "$.declined",
                            "Next": "PaymentRequired"}],
                 "ResultSelector": {"invoiceId.$": "$.ResponseBody.id"},
                 "ResultPath": "$.invoice",
                 "End": true},
               "PaymentRequired": {"Type": "Pass", "End": true}}}""", "invoice.asl.json").orThrow();

    // tag::wiremock[]
    @RegisterExtension
    static WireMockExtension stripe = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort())
            .build();

    HttpTasks http() {
        return HttpTasks.builder()
                .route("https://api.stripe.com", stripe.baseUrl())   // http://localhost:<port>
                .build();
    }
    // end::wiremock[]

    @Test
    void calls_the_api_on_wiremock_and_reads_aws_result_shape() throws Exception {
        // tag::run[]
        stripe.stubFor(get(urlPathEqualTo("/v1/customers/cus_1"))
                .willReturn(okJson("{\"id\": \"cus_1\", \"email\": \"ada@example.com\"}")));
        stripe.stubFor(post(urlEqualTo("/v1/invoices"))
                .willReturn(okJson("{\"id\": \"in_1\", \"status\": \"draft\"}")));

        Execution execution = StateMachineRunner.create(INVOICE, http())
                .run(JSON.readTree("{\"customerId\": \"cus_1\"}"));

        assertThat(execution.output()).isEqualTo(JSON.readTree("""
                {"customerId": "cus_1", "customer": {"email": "ada@example.com"},
                 "invoice": {"invoiceId": "in_1"}}"""));
        stripe.verify(getRequestedFor(urlEqualTo("/v1/customers/cus_1?expand=subscriptions"))
                .withHeader("User-Agent", equalTo("Amazon|StepFunctions|HttpInvoke|us-east-1")));
        stripe.verify(postRequestedFor(urlEqualTo("/v1/invoices"))
                .withRequestBody(equalTo("customer=cus_1&description=Monthly%20subscription")));
        // end::run[]
    }

    @Test
    void retries_a_503_and_catches_a_402_by_their_status_code_errors() throws Exception {
        stripe.stubFor(get(urlPathEqualTo("/v1/customers/cus_2")).willReturn(okJson("{\"email\": \"b@x.io\"}")));
        // tag::errors[]
        stripe.stubFor(post(urlEqualTo("/v1/invoices")).inScenario("invoices")
                .whenScenarioStateIs(Scenario.STARTED).willSetStateTo("up")
                .willReturn(aResponse().withStatus(503)));
        stripe.stubFor(post(urlEqualTo("/v1/invoices")).inScenario("invoices")
                .whenScenarioStateIs("up")
                .willReturn(aResponse().withStatus(402).withBody("{\"error\": \"card_declined\"}")));

        Execution execution = StateMachineRunner.create(INVOICE, http())
                .run(JSON.readTree("{\"customerId\": \"cus_2\"}"));

        assertThat(execution.path()).containsExactly("FindCustomer", "CreateInvoice", "PaymentRequired");
        assertThat(execution.output().get("declined")).isEqualTo(JSON.readTree(
                "{\"Error\": \"States.Http.StatusCode.402\", \"Cause\": \"Payment Required\"}"));
        assertThat(execution.virtualDuration()).isEqualTo(Duration.ofSeconds(5));   // the retry's interval
        // end::errors[]
    }

    @Test
    void mocks_answer_first_and_the_other_http_tasks_go_to_wiremock() throws Exception {
        stripe.stubFor(post(urlEqualTo("/v1/invoices")).willReturn(okJson("{\"id\": \"in_9\"}")));
        // tag::with-mocks[]
        TaskMocks mocks = TaskMocks.builder()
                .http(http())
                .state("FindCustomer").returns(JSON.readTree("{\"ResponseBody\": {\"email\": \"c@x.io\"}}"))
                .build();

        Execution execution = StateMachineRunner.create(INVOICE, mocks)
                .run(JSON.readTree("{\"customerId\": \"cus_3\"}"));

        assertThat(execution.output().at("/customer/email").asText()).isEqualTo("c@x.io");
        assertThat(execution.output().at("/invoice/invoiceId").asText()).isEqualTo("in_9");
        // end::with-mocks[]
    }

    @Test
    void an_api_without_a_route_fails_closed() {
        // tag::unrouted[]
        HttpTasks elsewhere = HttpTasks.builder().route("https://api.example.com", stripe.baseUrl()).build();

        assertThatThrownBy(() -> StateMachineRunner.create(INVOICE, elsewhere)
                .run(JSON.readTree("{\"customerId\": \"cus_1\"}")))
                .isInstanceOf(UnmockedTaskException.class)
                .hasMessageContaining("No route for HTTP Task state \"FindCustomer\"")
                .hasMessageContaining("HttpTasks.builder().route(\"https://api.stripe.com\", wireMock.baseUrl())");
        assertThatThrownBy(() -> HttpTasks.builder().route("https://api.stripe.com", "https://api.stripe.com"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("may only be routed to a loopback server");
        // end::unrouted[]
    }

    @Test
    void adds_what_the_declared_connection_adds_to_each_call() throws Exception {
        stripe.stubFor(get(urlPathEqualTo("/v1/customers/cus_1"))
                .willReturn(okJson("{\"id\": \"cus_1\", \"email\": \"ada@example.com\"}")));
        stripe.stubFor(post(urlEqualTo("/v1/invoices")).willReturn(okJson("{\"id\": \"in_1\"}")));
        // tag::connection[]
        HttpTasks http = HttpTasks.builder()
                .route("https://api.stripe.com", stripe.baseUrl())
                .connection("arn:aws:events:us-east-1:123456789012:connection/Stripe/1",
                        HttpConnection.apiKey("Authorization", "Bearer sk_test_123")
                                .withHeader("Stripe-Version", "2024-06-20"))
                .build();

        StateMachineRunner.create(INVOICE, http).run(JSON.readTree("{\"customerId\": \"cus_1\"}"));

        stripe.verify(getRequestedFor(urlEqualTo("/v1/customers/cus_1?expand=subscriptions"))
                .withHeader("Authorization", equalTo("Bearer sk_test_123"))
                .withHeader("Stripe-Version", equalTo("2024-06-20")));
        // end::connection[]
    }
}
