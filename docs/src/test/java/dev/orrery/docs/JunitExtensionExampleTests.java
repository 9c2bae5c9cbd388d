package dev.orrery.docs;

import static dev.orrery.assertj.OrreryAssertions.assertThat;

import dev.orrery.junit.Input;
import dev.orrery.junit.MockTask;
import dev.orrery.junit.StateMachineTest;
import dev.orrery.junit.StateMachineTester;
import dev.orrery.mock.MockSession;
import dev.orrery.mock.VerificationMode;
import dev.orrery.run.Execution;
import java.time.Duration;
import org.junit.jupiter.api.Test;

// tag::class[]
@StateMachineTest(definition = "../examples/order-fulfilment/order.asl.json", stateMachineName = "OrderFulfilment")
class JunitExtensionExampleTests {
    // end::class[]

    private static final String ORDER = "{\"orderId\": \"ORD-1\", \"customerId\": \"C-42\", \"items\": [],"
            + " \"total\": 59.9, \"currency\": \"EUR\", \"shippingAddress\": {\"city\": \"London\"}}";

    // tag::fluent[]
    @Test
    void ships_a_valid_paid_order(StateMachineTester sfn) {
        Execution run = sfn.mock("Validate order").returnsPayload("{\"valid\": true, \"reason\": \"ok\"}")
                .mock("Reserve stock").returnsPayload("{\"reservationId\": \"RSV-1\", \"warehouse\": \"LHR-2\"}")
                .mock("Charge payment").returnsPayload("{\"status\": \"APPROVED\", \"transactionId\": \"TX-1\"}")
                .mock("Ship order").returns("{\"MessageId\": \"msg-1\"}")
                .start(ORDER);

        assertThat(run).succeeded()
                .hasPath("Validate order", "Is the order valid?", "Reserve stock", "Wait for a warehouse slot",
                        "Charge payment", "Was the payment approved?", "Ship order", "Summarise", "Order fulfilled")
                .tookVirtualTime(Duration.ofDays(2));
        sfn.session().verify("Charge payment", VerificationMode.times(1));
    }
    // end::fluent[]

    // tag::annotated[]
    @Test
    @MockTask(state = "Validate order", returns = "{\"Payload\": {\"valid\": false, \"reason\": \"empty cart\"}}")
    @Input(file = "../examples/order-fulfilment/input.json")
    void rejects_an_invalid_order(Execution run, MockSession calls) {
        assertThat(run).failed().hasError("Order.Invalid").neverVisited("Charge payment");
        calls.verify("Validate order", VerificationMode.times(1));
    }
    // end::annotated[]

    // tag::sequence[]
    @Test
    @MockTask(state = "Validate order", returnsFile = "order-fulfilment/valid.json")
    @MockTask(state = "Reserve stock", returnsFile = "order-fulfilment/reserved.json", latency = "PT3S")
    @MockTask(state = "Charge payment", returnsFile = "order-fulfilment/declined.json")
    @Input(file = "../examples/order-fulfilment/input.json")
    void declines_a_refused_card(Execution run) {
        assertThat(run).failed().hasError("Payment.Declined")
                .tookVirtualTime(Duration.ofDays(2).plusSeconds(3));
    }
    // end::sequence[]
}
