package dev.orrery.docs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.orrery.mock.TaskMocks;
import dev.orrery.model.StateMachine;
import dev.orrery.parse.AslParser;
import dev.orrery.run.Execution;
import dev.orrery.run.ExecutionOptions;
import dev.orrery.run.ExecutionStatus;
import dev.orrery.run.StateMachineRunner;
import dev.orrery.spi.TaskOutcome;
import java.math.BigDecimal;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The snippets of docs/guides/getting-started.md, compiled and run. */
class GettingStartedExampleTests {

    // tag::json[]
    private static final ObjectMapper JSON = new ObjectMapper();
    // end::json[]

    @Test
    void runs_the_approval_workflow_with_mocked_tasks() throws Exception {
        // tag::parse[]
        StateMachine machine = AslParser.parseResource("workflows/approval.asl.json").orThrow();
        // end::parse[]

        // tag::mocks[]
        TaskMocks mocks = TaskMocks.builder()
                .respond("ChargeCard",
                        TaskOutcome.failure("Payment.Busy", "try again"),
                        TaskOutcome.success(JSON.readTree("{\"Payload\": {\"receipt\": \"r-42\"}}")))
                .returns("Ship", JSON.readTree("{\"trackingId\": \"t-7\"}"))
                .build();
        // end::mocks[]

        // tag::run[]
        StateMachineRunner runner = StateMachineRunner.create(machine, mocks);
        Execution execution = runner.run(JSON.readTree("{\"order\": {\"id\": \"o-1\"}}"));
        // end::run[]

        // tag::inspect[]
        assertThat(execution.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        assertThat(execution.path()).containsExactly("ChargeCard", "WaitForWarehouse", "Ship");
        assertThat(execution.output().at("/payment/receipt").asText()).isEqualTo("r-42");
        assertThat(execution.output().at("/shipment/trackingId").asText()).isEqualTo("t-7");
        assertThat(execution.visits().get(0).retries()).isEqualTo(1);
        assertThat(execution.virtualDuration()).isEqualTo(Duration.ofDays(2).plusSeconds(2));
        // end::inspect[]
    }

    @Test
    void reports_an_unmocked_task_with_a_fix_it_message() throws Exception {
        StateMachine machine = AslParser.parseResource("workflows/approval.asl.json").orThrow();
        JsonNode input = JSON.readTree("{\"order\": {\"id\": \"o-1\"}}");

        // tag::unmocked[]
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> StateMachineRunner.create(machine, TaskMocks.none()).run(input))
                .isInstanceOf(dev.orrery.spi.UnmockedTaskException.class)
                .hasMessageContaining("No mocked response for Task state \"ChargeCard\"");
        // end::unmocked[]
    }

    @Test
    void names_the_execution_and_seeds_it_through_options() throws Exception {
        StateMachine machine = AslParser.parseResource("workflows/approval.asl.json").orThrow();
        TaskMocks mocks = TaskMocks.builder()
                .returns("ChargeCard", JSON.readTree("{\"Payload\": {\"receipt\": \"r\"}}"))
                .returns("Ship", JSON.readTree("{}"))
                .build();

        // tag::options[]
        ExecutionOptions options = ExecutionOptions.defaults()
                .withStateMachineName("Orders")
                .withExecutionName("order-42")
                .withSeed(42);
        Execution execution = StateMachineRunner.create(machine, mocks, options)
                .run(JSON.readTree("{\"order\": {\"id\": \"o-1\"}}"));
        // end::options[]

        assertThat(execution.executionArn())
                .isEqualTo("arn:aws:states:us-east-1:123456789012:execution:Orders:order-42");
    }

    @Test
    void hands_out_copies_so_that_no_test_changes_a_run() throws Exception {
        StateMachine machine = AslParser.parseResource("workflows/approval.asl.json").orThrow();
        TaskMocks mocks = TaskMocks.builder()
                .returns("ChargeCard", JSON.readTree("{\"Payload\": {\"receipt\": \"r-42\"}}"))
                .returns("Ship", JSON.readTree("{\"trackingId\": \"t-7\"}"))
                .build();
        StateMachineRunner runner = StateMachineRunner.create(machine, mocks);

        // tag::copies[]
        ObjectNode input = (ObjectNode) JSON.readTree("{\"order\": {\"id\": \"o-1\"}}");
        Execution execution = runner.run(input);
        input.put("order", "changed after the run");                  // the run took its own copy
        ((ObjectNode) execution.output()).removeAll();                // output() returns a fresh copy

        assertThat(execution.input().at("/order/id").asText()).isEqualTo("o-1");
        assertThat(execution.output().at("/shipment/trackingId").asText()).isEqualTo("t-7");
        assertThat(runner.run(execution.input()).output()).isEqualTo(execution.output());
        // end::copies[]
    }

    @Test
    void keeps_numbers_a_double_would_change() throws Exception {
        StateMachine machine = AslParser.parse(
                "{\"StartAt\": \"P\", \"States\": {\"P\": {\"Type\": \"Pass\", \"End\": true}}}").orThrow();
        ObjectNode input = JSON.createObjectNode()
                .put("amount", new BigDecimal("1234567890.12345678901234567890"))
                .put("tiny", new BigDecimal("1e-400"));

        // tag::numbers[]
        Execution execution = StateMachineRunner.create(machine, TaskMocks.none()).run(input);

        assertThat(execution.output().get("amount").decimalValue())
                .isEqualTo(new BigDecimal("1234567890.12345678901234567890"));
        assertThat(execution.output().get("tiny").decimalValue()).isEqualByComparingTo("1e-400");
        // end::numbers[]
    }
}
