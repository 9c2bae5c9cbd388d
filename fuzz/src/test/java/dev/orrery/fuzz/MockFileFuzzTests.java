package dev.orrery.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.JsonNode;
import dev.orrery.cli.Main;
import dev.orrery.mock.MockConfigException;
import dev.orrery.mock.StepFunctionsLocalMockConfig;
import dev.orrery.mock.TaskMocks;
import dev.orrery.parse.AslParser;
import dev.orrery.run.StateMachineRunner;
import dev.orrery.spi.UnmockedTaskException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The two mock file formats. {@code orrery run --mocks FILE} on any bytes answers with a documented exit code (0 to 4, never 70) and
 * a message, never "unexpected error" or a stack trace. A {@code MockConfigFile.json} is either refused with a
 * {@link MockConfigException} or read, and each of its test cases then answers a machine's tasks; the parsed file is
 * not mutated.
 */
class MockFileFuzzTests {

    /** Two Task states, one retried and caught, so that mocks of any shape reach several calls. */
    static final String DEFINITION = """
            {"StartAt":"Charge","States":{
              "Charge":{"Type":"Task","Resource":"arn:aws:lambda:us-east-1:123456789012:function:charge",
                "Retry":[{"ErrorEquals":["States.ALL"],"MaxAttempts":2,"IntervalSeconds":1}],
                "Catch":[{"ErrorEquals":["States.ALL"],"Next":"Ship","ResultPath":"$.error"}],"Next":"Ship"},
              "Ship":{"Type":"Task","Resource":"arn:aws:states:::sqs:sendMessage",
                "Parameters":{"QueueUrl":"q","MessageBody.$":"$"},"End":true}}}""";

    private static final Path DIRECTORY = directory();

    private static Path directory() {
        try {
            Path directory = Files.createTempDirectory("orrery-fuzz");
            Files.writeString(directory.resolve("Orders.asl.json"), DEFINITION);
            return directory;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @FuzzTest(maxDuration = "5m")
    void runs_the_cli_with_any_mocks_file_without_an_unexpected_error(FuzzedDataProvider data) throws IOException {
        Path mocks = DIRECTORY.resolve("mocks.json");
        Files.write(mocks, data.consumeRemainingAsBytes());
        Bounded.run(() -> {
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            int code = runCli(mocks, err);
            String problems = err.toString(StandardCharsets.UTF_8);
            assertThat(problems).as("what the CLI printed").doesNotContain("unexpected error")
                    .doesNotContain("\tat ");
            assertThat(code).as("the exit code; stderr: %s", problems).isIn(0, 1, 2, 3, 4);
        });
    }

    @Test
    void the_cli_harness_reaches_the_run_with_a_good_mocks_file() throws IOException {
        Path mocks = DIRECTORY.resolve("good-mocks.json");
        Files.writeString(mocks, "{\"Charge\":{\"0\":{\"Return\":{\"ok\":true}}},\"Ship\":{\"0\":{\"Return\":{}}}}");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        assertThat(runCli(mocks, err)).as("stderr: %s", err).isZero();
    }

    private static int runCli(Path mocks, ByteArrayOutputStream err) {
        return Main.run(new String[] {"run", "--definition", DIRECTORY.resolve("Orders.asl.json").toString(),
            "--mocks", mocks.toString(), "--input", "{\"order\":1}"},
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @FuzzTest(maxDuration = "5m")
    void reads_any_mock_config_file_or_refuses_it_with_a_pointer(FuzzedDataProvider data) {
        JsonNode config = FuzzInput.json(new String(data.consumeRemainingAsBytes(), StandardCharsets.UTF_8));
        if (config == null) {
            return;
        }
        JsonNode before = config.deepCopy();
        Bounded.run(() -> {
            StepFunctionsLocalMockConfig read;
            try {
                read = StepFunctionsLocalMockConfig.read(config);
            } catch (MockConfigException refused) {
                assertThat(refused.getMessage()).isNotBlank();
                return;
            }
            var machine = AslParser.parse(DEFINITION).orThrow();
            for (String name : read.stateMachines()) {
                for (String testCase : read.testCases(name)) {
                    TaskMocks mocks = read.testCase(name, testCase);
                    try {
                        StateMachineRunner.create(machine, mocks).run(FuzzInput.json("{\"order\":1}"));
                    } catch (UnmockedTaskException documented) {
                        // A state the test case does not mock fails closed.
                    }
                }
            }
        });
        Bounded.assertUnchanged(config, before, "the mock configuration");
    }
}
