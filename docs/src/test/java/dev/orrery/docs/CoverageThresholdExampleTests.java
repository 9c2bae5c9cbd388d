package dev.orrery.docs;

import static dev.orrery.assertj.OrreryAssertions.assertThat;

import dev.orrery.junit.Input;
import dev.orrery.junit.MockTask;
import dev.orrery.junit.StateMachineTest;
import dev.orrery.run.Execution;
import org.junit.jupiter.api.Test;

// tag::threshold[]
@StateMachineTest(definition = "../examples/order-fulfilment/order.asl.json",
        minimumStateCoverage = 0.8, minimumTransitionCoverage = 0.8)
class CoverageThresholdExampleTests {
    // end::threshold[]

    @Test
    @MockTask(state = "Validate order", returnsFile = "order-fulfilment/valid.json")
    @MockTask(state = "Reserve stock", returnsFile = "order-fulfilment/reserved.json")
    @MockTask(state = "Charge payment", returns = "{\"Payload\": {\"status\": \"APPROVED\", \"transactionId\": \"TX-1\"}}")
    @MockTask(state = "Ship order", returns = "{\"MessageId\": \"msg-1\"}")
    @Input(file = "../examples/order-fulfilment/input.json")
    void ships_a_paid_order(Execution run) {
        assertThat(run).succeeded();
    }

    @Test
    @MockTask(state = "Validate order", returnsFile = "order-fulfilment/valid.json")
    @MockTask(state = "Reserve stock", returnsFile = "order-fulfilment/reserved.json")
    @MockTask(state = "Charge payment", returnsFile = "order-fulfilment/declined.json")
    @Input(file = "../examples/order-fulfilment/input.json")
    void declines_a_refused_card(Execution run) {
        assertThat(run).failed().hasError("Payment.Declined");
    }
}
