package dev.orrery.examples;

import static dev.orrery.assertj.OrreryAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.orrery.junit.Input;
import dev.orrery.junit.MockTask;
import dev.orrery.junit.StateMachineTest;
import dev.orrery.junit.StateMachineTester;
import dev.orrery.mock.VerificationMode;
import dev.orrery.run.Execution;
import dev.orrery.run.ExecutionSession;
import dev.orrery.run.PendingCallback;
import dev.orrery.run.VirtualClock;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * The order-fulfilment workflow with a human approval (order-fulfilment/approval.asl.json), tested end to end: each
 * test runs the definition in-process on a virtual clock, so three days of waiting for a reviewer cost nothing.
 */
@StateMachineTest(definition = "order-fulfilment/approval.asl.json", stateMachineName = "OrderApproval")
// Every test starts from the happy path; a test declares only what differs.
@MockTask(state = "Check inventory", returns = "{\"Payload\": {\"inStock\": true}}")
@MockTask(state = "Charge payment", returns = "{\"Payload\": {\"transactionId\": \"TX-9001\"}}")
@MockTask(state = "Save order", returns = "{}")
@MockTask(state = "Ship order", returns = "{\"MessageId\": \"msg-1\"}")
class OrderApprovalTests {

    private static final JsonNode ORDER = read("order-fulfilment/input.json");
    private static final JsonNode APPROVE = json("{\"decision\": \"APPROVE\", \"reviewer\": \"ada\"}");
    private static final JsonNode REJECT = json("{\"decision\": \"REJECT\", \"reviewer\": \"ada\"}");

    @Test
    void ships_an_order_the_reviewer_approves(StateMachineTester sfn) {
        ExecutionSession order = sfn.mock("Request approval").awaitsCallback().begin(ORDER);

        PendingCallback review = order.pendingCallback("Request approval");
        assertThat(review.parameters().at("/MessageBody/orderId").asText()).isEqualTo("ORD-1001");
        order.advanceBy(Duration.ofHours(3)).sendTaskSuccess(review.taskToken(), APPROVE);
        Execution run = order.runToCompletion();

        assertThat(run).succeeded()
                .hasPath("Check inventory", "In stock?", "Charge payment", "Save order", "Request approval",
                        "Approved?", "Ship order", "Order fulfilled")
                .tookVirtualTime(Duration.ofHours(3));
        assertThat(run).state("Save order").parameters()
                .isEqualToJson("{\"TableName\": \"Orders\", \"Item\": {\"orderId\": {\"S\": \"ORD-1001\"},"
                        + " \"status\": {\"S\": \"AWAITING_APPROVAL\"}, \"transactionId\": {\"S\": \"TX-9001\"}}}");
        sfn.session().verify("Ship order", VerificationMode.times(1));
    }

    @Test
    @MockTask(state = "Check inventory", returns = "{\"Payload\": {\"inStock\": false}}")
    @Input(file = "order-fulfilment/input.json")
    void fails_an_order_that_is_out_of_stock(Execution run) {
        assertThat(run).failedWith("Order.OutOfStock", "An item of the order is out of stock")
                .hasPath("Check inventory", "In stock?", "Out of stock")
                .neverVisited("Charge payment", "Save order");
    }

    @Test
    void retries_a_payment_gateway_timeout(StateMachineTester sfn) {
        ExecutionSession order = sfn
                .mocks(mocks -> mocks.state("Charge payment")
                        .fails("Payment.GatewayTimeout", "no answer in 10 s")
                        .thenFails("Payment.GatewayTimeout", "no answer in 10 s")
                        .thenReturnsPayload(json("{\"transactionId\": \"TX-9002\"}")))
                .mock("Request approval").awaitsCallback()
                .begin(ORDER);

        order.sendTaskSuccess(order.taskToken("Request approval"), APPROVE);
        Execution run = order.runToCompletion();

        // Two retries, 5 s then 10 s apart (IntervalSeconds 5, BackoffRate 2).
        assertThat(run).succeeded().tookVirtualTime(Duration.ofSeconds(15));
        assertThat(run).state("Charge payment").wasRetried(2);
        assertThat(run).output().at("$.payment.transactionId").isEqualTo("TX-9002");
    }

    @Test
    @MockTask(state = "Charge payment", error = "Payment.GatewayTimeout", cause = "no answer in 10 s")
    @Input(file = "order-fulfilment/input.json")
    void fails_an_order_whose_payment_gateway_never_answers(Execution run) {
        // The last answer repeats: the first call and its three retries all time out.
        assertThat(run).failedWith("Payment.GatewayTimeout", "no answer in 10 s")
                .tookVirtualTime(Duration.ofSeconds(5 + 10 + 20))
                .neverVisited("Save order", "Request approval");
        assertThat(run).state("Charge payment").wasRetried(3);
    }

    @Test
    void fails_an_order_the_reviewer_rejects(StateMachineTester sfn) {
        ExecutionSession order = sfn.mock("Request approval").awaitsCallback().begin(ORDER);

        order.advanceBy(Duration.ofMinutes(20)).sendTaskSuccess(order.taskToken("Request approval"), REJECT);
        Execution run = order.runToCompletion();

        assertThat(run).failedWith("Order.Rejected", "The reviewer rejected the order")
                .endedAt("Order rejected")
                .neverVisited("Ship order");
    }

    @Test
    void gives_up_after_three_days_without_a_decision(StateMachineTester sfn, VirtualClock clock) {
        ExecutionSession order = sfn.mock("Request approval").awaitsCallback().begin(ORDER);
        Instant requested = clock.now();
        String token = order.taskToken("Request approval");

        // The review tool keeps the task alive with a heartbeat every 20 hours, but nobody decides.
        for (int day = 0; day < 3; day++) {
            order.advanceBy(Duration.ofHours(20)).sendTaskHeartbeat(token);
        }
        Execution run = order.runToCompletion();

        assertThat(run).failed().hasError("States.Timeout").endedAt("Request approval")
                .stoppedAt(requested.plus(Duration.ofDays(3)));
        assertThat(run).hasEventForState("TaskTimedOut", "Request approval");
    }

    @Test
    void gives_up_when_the_review_tool_stops_sending_heartbeats(StateMachineTester sfn) {
        ExecutionSession order = sfn.mock("Request approval").awaitsCallback().begin(ORDER);

        order.advanceBy(Duration.ofHours(6)).sendTaskHeartbeat(order.taskToken("Request approval"));
        Execution run = order.runToCompletion();

        // HeartbeatSeconds is one day: the last heartbeat came at 6 h.
        assertThat(run).failed().hasError("States.Timeout").tookVirtualTime(Duration.ofHours(30));
        sfn.session().verify("Ship order", VerificationMode.never());
    }

    private static JsonNode json(String text) {
        try {
            return new ObjectMapper().readTree(text);
        } catch (IOException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static JsonNode read(String file) {
        try {
            return json(Files.readString(Path.of(file)));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
