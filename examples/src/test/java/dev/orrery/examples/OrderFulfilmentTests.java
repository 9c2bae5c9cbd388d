package dev.orrery.examples;

import static dev.orrery.assertj.OrreryAssertions.assertThat;

import dev.orrery.junit.Input;
import dev.orrery.junit.MockTask;
import dev.orrery.junit.StateMachineTest;
import dev.orrery.run.Execution;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The simpler order-fulfilment workflow (order-fulfilment/order.asl.json): a valid order shipped, and a declined card.
 * No test sends an invalid order, so the coverage report shows the {@code Order rejected} branch as missed.
 */
@StateMachineTest(definition = "order-fulfilment/order.asl.json")
@MockTask(state = "Validate order", returns = "{\"Payload\": {\"valid\": true, \"reason\": \"ok\"}}")
@MockTask(state = "Reserve stock", returns = "{\"Payload\": {\"reservationId\": \"RSV-77\", \"warehouse\": \"LHR-2\"}}")
@MockTask(state = "Charge payment", returns = "{\"Payload\": {\"status\": \"APPROVED\", \"transactionId\": \"TX-9001\"}}")
@MockTask(state = "Ship order", returns = "{\"MessageId\": \"msg-1\"}")
class OrderFulfilmentTests {

    @Test
    @Input(file = "order-fulfilment/input.json")
    void ships_a_valid_order_after_two_days_in_the_warehouse(Execution run) {
        assertThat(run).succeeded()
                .hasPath("Validate order", "Is the order valid?", "Reserve stock", "Wait for a warehouse slot",
                        "Charge payment", "Was the payment approved?", "Ship order", "Summarise", "Order fulfilled")
                .tookVirtualTime(Duration.ofDays(2));
    }

    @Test
    @MockTask(state = "Charge payment", returns = "{\"Payload\": {\"status\": \"DECLINED\", \"transactionId\": \"TX-9002\"}}")
    @Input(file = "order-fulfilment/input.json")
    void fails_an_order_whose_card_is_declined(Execution run) {
        assertThat(run).failedWith("Payment.Declined", "The card issuer declined the charge")
                .neverVisited("Ship order");
    }
}
