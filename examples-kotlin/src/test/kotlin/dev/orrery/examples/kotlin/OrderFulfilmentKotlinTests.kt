package dev.orrery.examples.kotlin

import dev.orrery.assertj.OrreryAssertions.assertThat
import dev.orrery.junit.Input
import dev.orrery.junit.MockTask
import dev.orrery.junit.StateMachineTest
import dev.orrery.junit.StateMachineTester
import dev.orrery.mock.MockSession
import dev.orrery.mock.VerificationMode
import dev.orrery.run.Execution
import java.io.File
import java.time.Duration
import org.junit.jupiter.api.Test

// The order-fulfilment workflow of examples/order-fulfilment, tested from Kotlin: the same annotations, injected
// parameters and fluent mocks and assertions as from Java; raw strings keep the JSON readable.
@StateMachineTest(definition = "../examples/order-fulfilment/order.asl.json", stateMachineName = "OrderFulfilment")
class OrderFulfilmentKotlinTests {

    private val order = File("../examples/order-fulfilment/input.json").readText()

    // tag::fluent[]
    @Test
    fun `ships a valid paid order after two virtual days`(sfn: StateMachineTester) {
        val run = sfn.mock("Validate order").returnsPayload("""{"valid": true, "reason": "ok"}""")
            .mock("Reserve stock").returnsPayload("""{"reservationId": "RSV-1", "warehouse": "LHR-2"}""")
            .mock("Charge payment").returnsPayload("""{"status": "APPROVED", "transactionId": "TX-1"}""")
            .mock("Ship order").returns("""{"MessageId": "msg-1"}""")
            .start(order)

        assertThat(run).succeeded()
            .hasPath(
                "Validate order", "Is the order valid?", "Reserve stock", "Wait for a warehouse slot",
                "Charge payment", "Was the payment approved?", "Ship order", "Summarise", "Order fulfilled",
            )
            .tookVirtualTime(Duration.ofDays(2))
        sfn.session().verify("Charge payment", VerificationMode.times(1))
    }
    // end::fluent[]

    @Test
    @MockTask(state = "Validate order", returns = """{"Payload": {"valid": false, "reason": "empty cart"}}""")
    @Input(file = "../examples/order-fulfilment/input.json")
    fun `rejects an invalid order without charging it`(run: Execution, calls: MockSession) {
        assertThat(run).failed().hasError("Order.Invalid").neverVisited("Charge payment")
        calls.verify("Validate order", VerificationMode.times(1))
    }
}
