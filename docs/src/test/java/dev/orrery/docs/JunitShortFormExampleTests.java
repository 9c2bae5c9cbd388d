package dev.orrery.docs;

import static dev.orrery.assertj.OrreryAssertions.assertThat;

import dev.orrery.junit.StateMachineTest;
import dev.orrery.junit.StateMachineTester;
import dev.orrery.run.Execution;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The snippets of docs/guides/junit-extension.md on the tester's short form and the full builder. */
@StateMachineTest(definition = "../examples/order-fulfilment/approval.asl.json", startTime = "2025-03-03T09:00:00Z")
class JunitShortFormExampleTests {

    private static final String ORDER = "{\"orderId\": \"ORD-7\", \"items\": [], \"total\": 20, \"currency\": \"EUR\","
            + " \"shippingAddress\": {\"city\": \"Leeds\"}}";

    private static final Instant START = Instant.parse("2025-03-03T09:00:00Z");

    // tag::short-form[]
    @Test
    void retries_a_gateway_timeout(StateMachineTester sfn) {
        Execution run = sfn.mock("Check inventory").returnsPayload("{\"inStock\": true}")
                .mock("Charge payment").withLatency(Duration.ofSeconds(2)).returnsPayload("{\"transactionId\": \"T\"}")
                .mock("Charge payment").onCall(1).fails("Payment.GatewayTimeout", "gateway timed out")
                .mock("Save order").returns("{}")
                .mock("Request approval").returns("{\"decision\": \"APPROVE\"}")
                .mock("Ship order").returns("{\"MessageId\": \"m-1\"}")
                .start(ORDER);

        assertThat(run).succeeded().tookVirtualTime(Duration.ofSeconds(5 + 2));
        assertThat(run).state("Charge payment").wasRetried(1).wasAttemptedAt(START, START.plusSeconds(5));
    }
    // end::short-form[]

    // tag::full-builder[]
    @Test
    void retries_a_gateway_timeout_with_the_full_builder(StateMachineTester sfn) {
        Execution run = sfn.mocks(mocks -> mocks
                        .state("Check inventory").returnsPayload("{\"inStock\": true}")
                        .state("Charge payment").fails("Payment.GatewayTimeout", "gateway timed out")
                        .thenReturnsPayload("{\"transactionId\": \"T\"}").withLatency(Duration.ofSeconds(2))
                        .state("Save order").returns("{}")
                        .state("Request approval").returns("{\"decision\": \"APPROVE\"}")
                        .state("Ship order").returns("{\"MessageId\": \"m-1\"}"))
                .start(ORDER);

        assertThat(run).succeeded().tookVirtualTime(Duration.ofSeconds(5 + 2));
    }
    // end::full-builder[]
}
