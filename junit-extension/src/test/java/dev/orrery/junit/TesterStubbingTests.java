package dev.orrery.junit;

import static dev.orrery.assertj.OrreryAssertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.orrery.run.Execution;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class TesterStubbingTests {

    @Test
    void gives_the_short_form_sequences_and_latency() {
        Kit.run(ShortFormTestCase.class).testEvents().assertStatistics(stats -> stats.started(3).succeeded(3));
    }

    @StateMachineTest(definition = Kit.DEFINITION)
    static class ShortFormTestCase {

        @Test
        void answers_each_call_in_turn_after_its_latency(StateMachineTester sfn) {
            Execution run = sfn.mock("Check Inventory").withLatency(Duration.ofMinutes(3)).returns("{\"inStock\": true}")
                    .mock("Process Payment").withLatency(Duration.ofSeconds(2)).returns("{\"status\": \"PAID\"}")
                    .mock("Process Payment").onCall(1).fails("Payment.Busy", null)
                    .start("{}");

            assertThat(run).succeeded().tookVirtualTime(Duration.ofMinutes(3).plusSeconds(3));
            assertThat(run).state("Process Payment").wasRetried(1);
        }

        @Test
        void accepts_json_text_and_nodes_alike(StateMachineTester sfn) {
            Execution run = sfn.mock("Check Inventory").returns(JsonNodeFactory.instance.objectNode().put("inStock", true))
                    .mocks(b -> b.state("Process Payment").fails("Payment.Busy", null).thenReturns("{\"status\": \"PAID\"}"))
                    .start(JsonNodeFactory.instance.objectNode());

            assertThat(run).succeeded().state("Process Payment").output().at("$.payment.status").isEqualTo("PAID");
        }

        @Test
        void takes_payloads_and_callback_responses_as_nodes(StateMachineTester sfn) {
            Execution run = sfn.mock("Check Inventory").returnsPayload(JsonNodeFactory.instance.objectNode()
                            .put("inStock", false))
                    .start("{}");

            assertThat(run).failed().hasError("Order.OutOfStock");
        }
    }
}
