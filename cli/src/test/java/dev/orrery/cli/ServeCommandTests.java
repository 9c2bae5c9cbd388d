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
    void documents_serve_in_its_help() {
        Cli cli = Cli.run("serve", "--help");

        assertThat(cli.exitCode()).isZero();
        assertThat(cli.out()).contains("--port", "--host", "--mock-config", "SFN_MOCK_CONFIG", "OrreryAdvanceTime");
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
