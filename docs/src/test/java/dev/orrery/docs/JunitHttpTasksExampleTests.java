package dev.orrery.docs;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static dev.orrery.assertj.OrreryAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import dev.orrery.http.HttpTasks;
import dev.orrery.junit.StateMachineTest;
import dev.orrery.junit.StateMachineTester;
import dev.orrery.run.Execution;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The HTTP Task snippets of docs/guides/junit-extension.md: WireMock on loopback behind the extension. */
// tag::class[]
@StateMachineTest(definition = "workflows/customer-welcome.asl.json")
class JunitHttpTasksExampleTests {

    @RegisterExtension
    static WireMockExtension stripe = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort())
            .build();

    @BeforeEach
    void routeStripeToWireMock(StateMachineTester sfn) {
        sfn.http(HttpTasks.builder().route("https://api.stripe.com", stripe.baseUrl()).build());
    }
    // end::class[]

    // tag::test[]
    @Test
    void welcomes_a_customer_found_on_the_api(StateMachineTester sfn) {
        stripe.stubFor(get(urlPathEqualTo("/v1/customers/cus_1"))
                .willReturn(okJson("{\"id\": \"cus_1\", \"email\": \"ada@example.com\"}")));

        Execution run = sfn.mock("Send welcome").returns("{\"MessageId\": \"m-1\"}")
                .start("{\"customerId\": \"cus_1\"}");

        assertThat(run).succeeded().hasPath("Find customer", "Send welcome");
        assertThat(sfn.session().payloads("Send welcome").get(0).get("Message").asText())
                .isEqualTo("ada@example.com");
        stripe.verify(1, getRequestedFor(urlPathEqualTo("/v1/customers/cus_1")));
    }
    // end::test[]

    @Test
    void retries_an_unavailable_api(StateMachineTester sfn) {
        stripe.stubFor(get(urlPathEqualTo("/v1/customers/cus_2")).inScenario("flaky")
                .whenScenarioStateIs(Scenario.STARTED).willSetStateTo("up")
                .willReturn(aResponse().withStatus(503)));
        stripe.stubFor(get(urlPathEqualTo("/v1/customers/cus_2")).inScenario("flaky")
                .whenScenarioStateIs("up")
                .willReturn(okJson("{\"id\": \"cus_2\", \"email\": \"grace@example.com\"}")));

        Execution run = sfn.mock("Send welcome").returns("{\"MessageId\": \"m-2\"}")
                .start("{\"customerId\": \"cus_2\"}");

        assertThat(run).succeeded().tookVirtualTime(Duration.ofSeconds(5));
        stripe.verify(2, getRequestedFor(urlPathEqualTo("/v1/customers/cus_2")));
    }
}
