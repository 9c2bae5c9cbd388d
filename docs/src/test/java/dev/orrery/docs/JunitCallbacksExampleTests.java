package dev.orrery.docs;

import static dev.orrery.assertj.OrreryAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.orrery.junit.StateMachineTest;
import dev.orrery.junit.StateMachineTester;
import dev.orrery.run.Execution;
import dev.orrery.run.ExecutionSession;
import dev.orrery.run.VirtualClock;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

@StateMachineTest(definition = "../examples/order-fulfilment/approval.asl.json", startTime = "2025-03-03T09:00:00Z")
class JunitCallbacksExampleTests {

    private static final String ORDER = "{\"orderId\": \"ORD-7\", \"items\": [], \"total\": 20, \"currency\": \"EUR\","
            + " \"shippingAddress\": {\"city\": \"Leeds\"}}";

    private static void happyPath(StateMachineTester sfn) {
        sfn.mock("Check inventory").returnsPayload("{\"inStock\": true}")
                .mock("Charge payment").returnsPayload("{\"transactionId\": \"TX-1\"}")
                .mock("Save order").returns("{}");
    }

    // tag::conversation[]
    @Test
    void ships_an_approved_order(StateMachineTester sfn) {
        happyPath(sfn);
        ExecutionSession order = sfn.mock("Request approval").awaitsCallback()
                .mock("Ship order").returns("{\"MessageId\": \"m-1\"}")
                .begin(ORDER);

        assertThat(order.pendingCallback("Request approval").parameters().at("/MessageBody/orderId").asText())
                .isEqualTo("ORD-7");
        order.advanceBy(Duration.ofHours(3))
                .sendTaskSuccess(order.taskToken("Request approval"), json("{\"decision\": \"APPROVE\"}"));
        Execution run = order.runToCompletion();

        assertThat(run).succeeded().endedAt("Order fulfilled").tookVirtualTime(Duration.ofHours(3));
    }
    // end::conversation[]

    // tag::clock[]
    @Test
    void times_out_a_review_nobody_answers(StateMachineTester sfn, VirtualClock clock) {
        happyPath(sfn);
        ExecutionSession order = sfn.mock("Request approval").awaitsCallback().begin(ORDER);
        Instant asked = clock.now();

        order.advanceTo(asked.plus(Duration.ofHours(23))).sendTaskHeartbeat(order.taskToken("Request approval"));
        Execution run = order.runToCompletion();

        assertThat(run).failed().hasError("States.Timeout");
        assertThat(clock.now()).isEqualTo(asked.plus(Duration.ofHours(23 + 24)));
    }
    // end::clock[]

    private static JsonNode json(String text) {
        try {
            return new ObjectMapper().readTree(text);
        } catch (IOException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
