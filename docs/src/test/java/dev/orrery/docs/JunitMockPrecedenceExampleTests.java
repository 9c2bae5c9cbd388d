package dev.orrery.docs;

import static dev.orrery.assertj.OrreryAssertions.assertThat;

import dev.orrery.junit.Input;
import dev.orrery.junit.MockTask;
import dev.orrery.junit.StateMachineTest;
import dev.orrery.run.Execution;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The mock precedence snippets of docs/guides/junit-extension.md, compiled and run. */
// tag::inherited[]
@StateMachineTest(definition = "../examples/order-fulfilment/order.asl.json")
class JunitMockPrecedenceExampleTests extends OrderFulfilmentMocks {

    @Test
    @Input(file = "../examples/order-fulfilment/input.json")
    void declines_a_refused_card(Execution run) {
        assertThat(run).failed().hasError("Payment.Declined");
    }

    @Nested
    @MockTask(state = "Charge payment", returns = "{\"Payload\": {\"status\": \"APPROVED\", \"transactionId\": \"T\"}}")
    @MockTask(state = "Ship order", returns = "{\"MessageId\": \"m-1\"}")
    class WhenTheCardIsAccepted {

        @Test
        @Input(file = "../examples/order-fulfilment/input.json")
        void ships_the_order(Execution run) {
            assertThat(run).succeeded().endedAt("Order fulfilled");
        }
    }
}
// end::inherited[]
