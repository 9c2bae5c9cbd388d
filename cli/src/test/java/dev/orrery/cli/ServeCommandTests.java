package dev.orrery.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServeCommandTests {

    @Test
    void prints_the_endpoint_once_ready_serves_the_api_and_stops_cleanly() throws Exception {
        PipedInputStream lines = new PipedInputStream();
        PrintStream out = new PrintStream(new PipedOutputStream(lines), true, StandardCharsets.UTF_8);
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        CountDownLatch stop = new CountDownLatch(1);
        ServeCommand command = new ServeCommand(out, new PrintStream(err, true, StandardCharsets.UTF_8), Map.of(),
                stop);
        CompletableFuture<Integer> exit = CompletableFuture.supplyAsync(() -> {
            try {
                return command.run(List.of("--port", "0"));
            } catch (UsageException e) {
                throw new IllegalStateException(e);
            }
        });

        String line = new java.io.BufferedReader(new java.io.InputStreamReader(lines, StandardCharsets.UTF_8))
                .readLine();
        assertThat(line).matches("Orrery Step Functions endpoint on http://127\\.0\\.0\\.1:\\d+");
        URI endpoint = URI.create(line.substring(line.indexOf("http://")));
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(endpoint)
                .header("X-Amz-Target", "AWSStepFunctions.ListStateMachines")
                .header("Content-Type", "application/x-amz-json-1.0")
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());
        stop.countDown();

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("{\"stateMachines\":[]}");
        assertThat(exit.get(10, TimeUnit.SECONDS)).isZero();
        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void writes_the_coverage_of_the_executions_it_ran_when_it_stops(@TempDir Path dir) throws Exception {
        // GIVEN
        Path report = dir.resolve("coverage");
        Serving serving = Serving.start("--port", "0", "--coverage", report.toString());
        URI endpoint = serving.endpoint();

        // WHEN
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        String definition = """
                {"StartAt": "Pick", "States": {
                  "Pick": {"Type": "Choice", "Choices": [{"Variable": "$.n", "NumericEquals": 1, "Next": "Done"}],
                    "Default": "Done"},
                  "Done": {"Type": "Succeed"}}}""";
        String arn = json.readTree(post(endpoint, "CreateStateMachine", json.createObjectNode().put("name", "Picker")
                .put("roleArn", "arn:aws:iam::123456789012:role/r").put("definition", definition).toString()))
                .get("stateMachineArn").asText();
        post(endpoint, "StartExecution", json.createObjectNode().put("stateMachineArn", arn).put("input", "{\"n\": 1}")
                .toString());
        serving.stop().countDown();

        // THEN
        assertThat(serving.exit().get(10, TimeUnit.SECONDS)).isZero();
        assertThat(serving.err().toString(StandardCharsets.UTF_8)).startsWith("Orrery coverage Picker: states 2/2 (100.0%), "
                + "transitions 1/2 (50.0%)");
        assertThat(Files.readString(report.resolve("coverage.json"))).contains("\"source\" : \"" + arn + "\"",
                "\"missed\" : [ \"Pick Default -> Done\" ]");
        assertThat(report.resolve("index.html")).exists();
    }

    /** A serve command running on another thread, its endpoint read from the line it printed. */
    private record Serving(URI endpoint, CountDownLatch stop, ByteArrayOutputStream err,
            CompletableFuture<Integer> exit) {

        static Serving start(String... args) throws Exception {
            PipedInputStream lines = new PipedInputStream();
            PrintStream out = new PrintStream(new PipedOutputStream(lines), true, StandardCharsets.UTF_8);
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            CountDownLatch stop = new CountDownLatch(1);
            ServeCommand command = new ServeCommand(out, new PrintStream(err, true, StandardCharsets.UTF_8),
                    Map.of(), stop);
            CompletableFuture<Integer> exit = CompletableFuture.supplyAsync(() -> {
                try {
                    return command.run(List.of(args));
                } catch (UsageException e) {
                    throw new IllegalStateException(e);
                }
            });
            String line = new java.io.BufferedReader(new java.io.InputStreamReader(lines, StandardCharsets.UTF_8))
                    .readLine();
            return new Serving(URI.create(line.substring(line.indexOf("http://"))), stop, err, exit);
        }
    }

    private static String post(URI endpoint, String operation, String body) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(endpoint)
                .header("X-Amz-Target", "AWSStepFunctions." + operation)
                .header("Content-Type", "application/x-amz-json-1.0")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response.body();
    }

    @Test
    void documents_serve_in_its_help() {
        Cli cli = Cli.run("serve", "--help");

        assertThat(cli.exitCode()).isZero();
        assertThat(cli.out()).contains("--port", "--host", "--mock-config", "SFN_MOCK_CONFIG", "OrreryAdvanceTime",
                "--coverage DIR");
        assertThat(Cli.run("--help").out()).contains("serve [--port 8083]");
    }

    @Test
    void refuses_a_port_that_is_not_a_number() {
        Cli cli = Cli.run("serve", "--port", "eighty");

        assertThat(cli.exitCode()).isEqualTo(2);
        assertThat(cli.err()).contains("--port must be a number from 0 to 65535 but was 'eighty'");
    }

    @Test
    void refuses_a_malformed_mock_config_named_by_the_environment(@TempDir Path dir) throws Exception {
        Path config = Files.writeString(dir.resolve("MockConfigFile.json"), "{\"StateMachines\": 1}");
        ServeCommand command = new ServeCommand(System.out, System.err,
                Map.of("SFN_MOCK_CONFIG", config.toString()), new CountDownLatch(0));

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> command.run(List.of("--port", "0")))
                .isInstanceOf(UsageException.class)
                .hasMessageContaining("SFN_MOCK_CONFIG file " + config)
                .hasMessageContaining("/StateMachines");
    }
}
