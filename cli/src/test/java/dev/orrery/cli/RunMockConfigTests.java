package dev.orrery.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code orrery run --mock-config FILE --test-case NAME [--state-machine NAME]}. */
class RunMockConfigTests {

    private static final String DEFINITION = """
            {"StartAt": "LambdaState", "States": {
              "LambdaState": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
                "Parameters": {"FunctionName": "f", "Payload.$": "$"},
                "Retry": [{"ErrorEquals": ["States.ALL"], "IntervalSeconds": 2, "MaxAttempts": 3, "BackoffRate": 2}],
                "End": true}}}
            """;
    private static final String CONFIG = """
            {"StateMachines": {"LambdaSQSIntegration": {"TestCases": {
                "HappyPath": {"LambdaState": "Success"},
                "RetryPath": {"LambdaState": "Retry"},
                "Unmocked": {},
                "Misspelt": {"lambdaState": "Success"}}}},
             "MockedResponses": {
                "Success": {"0": {"Return": {"StatusCode": 200, "Payload": "hi"}}},
                "Retry": {"0-2": {"Throw": {"Error": "Lambda.TimeoutException", "Cause": "Lambda timed out."}},
                          "3": {"Return": {"StatusCode": 200, "Payload": "late"}}}}}
            """;

    @TempDir
    Path dir;

    private String definition;
    private String config;

    @BeforeEach
    void write_files() throws IOException {
        definition = Files.writeString(dir.resolve("LambdaSQSIntegration.asl.json"), DEFINITION).toString();
        config = Files.writeString(dir.resolve("MockConfigFile.json"), CONFIG).toString();
    }

    @Test
    void runs_a_test_case_of_the_mock_config() {
        Cli cli = Cli.run("run", "--definition", definition, "--mock-config", config, "--test-case", "HappyPath");

        assertThat(cli.exitCode()).isZero();
        assertThat(cli.out()).contains("Status: SUCCEEDED").contains("Output: {\"StatusCode\":200,\"Payload\":\"hi\"}");
    }

    @Test
    void runs_the_retries_of_a_test_case_in_virtual_time() {
        Cli cli = Cli.run("run", "--definition", definition, "--mock-config", config, "--test-case", "RetryPath",
                "--state-machine", "LambdaSQSIntegration");

        assertThat(cli.exitCode()).isZero();
        assertThat(cli.out()).contains("\"Payload\":\"late\"").contains("Virtual time: 14s");
    }

    @Test
    void reports_an_unmocked_state_of_the_test_case() {
        Cli cli = Cli.run("run", "--definition", definition, "--mock-config", config, "--test-case", "Unmocked");

        assertThat(cli.exitCode()).isEqualTo(3);
        assertThat(cli.err()).contains("No mocked response for Task state \"LambdaState\"");
    }

    @Test
    void rejects_a_test_case_that_mocks_a_misspelt_state() {
        Cli cli = Cli.run("run", "--definition", definition, "--mock-config", config, "--test-case", "Misspelt");

        assertThat(cli.exitCode()).isEqualTo(2);
        assertThat(cli.err()).contains("(test case Misspelt): no Task state \"lambdaState\"; did you mean "
                + "\"LambdaState\"?");
    }

    @Test
    void needs_a_test_case() {
        Cli cli = Cli.run("run", "--definition", definition, "--mock-config", config);

        assertThat(cli.exitCode()).isEqualTo(2);
        assertThat(cli.err()).contains("--mock-config needs --test-case NAME");
    }

    @Test
    void names_the_known_test_cases_when_one_is_unknown() {
        Cli cli = Cli.run("run", "--definition", definition, "--mock-config", config, "--test-case", "SadPath");

        assertThat(cli.exitCode()).isEqualTo(2);
        assertThat(cli.err())
                .contains("has no test case \"SadPath\"; its test cases: [HappyPath, RetryPath, Unmocked, Misspelt]");
    }

    @Test
    void locates_a_bad_mock_config_with_a_json_pointer() throws IOException {
        Path bad = Files.writeString(dir.resolve("bad.json"),
                "{\"StateMachines\": {\"M\": {\"TestCases\": {\"T\": {\"LambdaState\": \"Nope\"}}}},"
                        + " \"MockedResponses\": {}}");

        Cli cli = Cli.run("run", "--definition", definition, "--mock-config", bad.toString(), "--test-case", "T");

        assertThat(cli.exitCode()).isEqualTo(2);
        assertThat(cli.err()).contains("Mocked responses (/StateMachines/M/TestCases/T/LambdaState): expected one of "
                + "the MockedResponses [] but was \"Nope\"");
    }

    @Test
    void rejects_both_mock_options() {
        Cli cli = Cli.run("run", "--definition", definition, "--mocks", config, "--mock-config", config,
                "--test-case", "HappyPath");

        assertThat(cli.exitCode()).isEqualTo(2);
        assertThat(cli.err()).contains("use either --mocks or --mock-config, not both");
    }

    @Test
    void needs_a_mock_config_for_a_test_case() {
        Cli cli = Cli.run("run", "--definition", definition, "--test-case", "HappyPath");

        assertThat(cli.exitCode()).isEqualTo(2);
        assertThat(cli.err()).contains("--test-case and --state-machine need --mock-config FILE");
    }
}
