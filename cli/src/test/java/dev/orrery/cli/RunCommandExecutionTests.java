package dev.orrery.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code orrery run} on the order-fulfilment example: needs the interpreter behind StateMachineRunner. */
class RunCommandExecutionTests {

    private static final Path EXAMPLE = Path.of("../examples/order-fulfilment");
    private static final String DEFINITION = EXAMPLE.resolve("order.asl.json").toString();
    private static final String INPUT = "@" + EXAMPLE.resolve("input.json");

    @TempDir
    Path dir;

    @Test
    void runs_the_example_and_prints_status_output_path_and_virtual_time() {
        Cli cli = Cli.run("run", "--definition", DEFINITION, "--input", INPUT,
                "--mocks", EXAMPLE.resolve("mocks.json").toString());

        assertThat(cli.exitCode()).isZero();
        assertThat(cli.out()).contains("Status: SUCCEEDED")
                .contains("Output: {\"orderId\":\"ORD-1001\",\"status\":\"SHIPPED\",\"warehouse\":\"LHR-2\","
                        + "\"transactionId\":\"TX-9001\",\"shipmentMessageId\":\"5fea7756-0ea4-451a-a703-a558b933e274\"}")
                .contains("Path: Validate order -> Is the order valid? -> Reserve stock -> Wait for a warehouse slot"
                        + " -> Charge payment -> Was the payment approved? -> Ship order -> Summarise -> Order fulfilled")
                .contains("Virtual time: 2d 0h 0m 0s");
    }

    @Test
    void exits_1_and_prints_error_and_cause_when_the_execution_fails() {
        Cli cli = Cli.run("run", "--definition", DEFINITION, "--input", INPUT,
                "--mocks", EXAMPLE.resolve("mocks-declined.json").toString());

        assertThat(cli.exitCode()).isEqualTo(1);
        assertThat(cli.out()).contains("Status: FAILED").contains("Error: Payment.Declined")
                .contains("Cause: The card issuer declined the charge")
                .contains("-> Payment declined");
    }

    @Test
    void prints_one_json_object_with_the_history() throws IOException {
        Cli cli = Cli.run("run", "--definition", DEFINITION, "--input", INPUT,
                "--mocks", EXAMPLE.resolve("mocks.json").toString(), "--format", "json");

        JsonNode json = new ObjectMapper().readTree(cli.out());
        assertThat(cli.exitCode()).isZero();
        assertThat(json.get("status").asText()).isEqualTo("SUCCEEDED");
        assertThat(json.get("output").get("status").asText()).isEqualTo("SHIPPED");
        assertThat(json.get("error").isNull()).isTrue();
        assertThat(json.get("path").get(0).asText()).isEqualTo("Validate order");
        assertThat(json.get("virtualDurationSeconds").asLong()).isEqualTo(172_800);
        assertThat(json.get("history").get(0).get("type").asText()).isEqualTo("ExecutionStarted");
    }

    @Test
    void prints_the_fix_it_message_of_an_unmocked_task_and_exits_3() throws IOException {
        Path partial = Files.writeString(dir.resolve("mocks.json"),
                "{\"Validate order\": {\"0\": {\"Return\": {\"Payload\": {\"valid\": true, \"reason\": \"ok\"}}}}}");

        Cli cli = Cli.run("run", "--definition", DEFINITION, "--input", INPUT, "--mocks", partial.toString());

        assertThat(cli.exitCode()).isEqualTo(3);
        assertThat(cli.err()).contains("No mocked response for Task state \"Reserve stock\"");
    }
}
