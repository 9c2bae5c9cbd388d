package dev.orrery.docs;

import static dev.orrery.assertj.OrreryAssertions.assertThat;

import dev.orrery.junit.Input;
import dev.orrery.junit.StateMachineTest;
import dev.orrery.run.Execution;
import org.junit.jupiter.api.Test;

/** The snippet of docs/guides/junit-extension.md that picks one state machine of a mock file with several. */
// tag::machine[]
@StateMachineTest(definition = "../examples/order-fulfilment/order.asl.json",
        mockConfig = "order-fulfilment/TwoMachinesMockConfigFile.json",
        mockConfigStateMachine = "OrderFulfilment",
        testCase = "HappyPath")
class JunitMockConfigMachineExampleTests {

    @Test
    @Input(file = "../examples/order-fulfilment/input.json")
    void runs_the_happy_path_of_the_order_fulfilment_machine(Execution run) {
        assertThat(run).succeeded();
    }
}
// end::machine[]
