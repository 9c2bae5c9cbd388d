package dev.orrery.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.orrery.mock.StepFunctionsLocalMockConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScaffoldCommandTests {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    Path dir;

    private String definition;

    @BeforeEach
    void write_definition() throws IOException {
        definition = Files.writeString(dir.resolve("check.asl.json"), """
                {"StartAt": "Check", "States": {
                  "Check": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
                            "Parameters": {"FunctionName": "check", "Payload.$": "$"},
                            "ResultSelector": {"ok.$": "$.Payload.ok"}, "ResultPath": "$.check", "Next": "Ok?",
                            "Catch": [{"ErrorEquals": ["Check.Down"], "Next": "Down"}]},
                  "Ok?": {"Type": "Choice", "Choices": [{"Variable": "$.check.ok", "BooleanEquals": true,
                          "Next": "Done"}], "Default": "Rejected"},
                  "Done": {"Type": "Succeed"},
                  "Rejected": {"Type": "Fail", "Error": "Rejected"},
                  "Down": {"Type": "Fail", "Error": "Down"}}}
                """).toString();
    }

    @Test
    void prints_a_mock_config_whose_test_cases_reach_every_branch() throws IOException {
        Cli cli = Cli.run("scaffold", "--definition", definition);

        assertThat(cli.exitCode()).isZero();
        JsonNode config = MAPPER.readTree(cli.out());
        assertThat(StepFunctionsLocalMockConfig.read(config).testCases("check")).hasSize(3);
        assertThat(config.at("/MockedResponses/Check/0/Return/StatusCode").asInt()).isEqualTo(200);
        assertThat(cli.err()).contains("3 test cases reaching 8 of 8 states, Choice branches and Catch edges")
                .contains("check.inputs.json (the test cases' inputs) is written with --output DIR");
    }

    @Test
    void writes_the_mock_config_and_the_inputs_into_a_folder() throws IOException {
        Path out = dir.resolve("scaffold");

        Cli cli = Cli.run("scaffold", "--definition", definition, "--output", out + "/");

        assertThat(cli.exitCode()).isZero();
        assertThat(out.resolve("MockConfigFile.json")).exists();
        JsonNode inputs = MAPPER.readTree(out.resolve("check.inputs.json").toFile());
        assertThat(inputs.at("/TestCases/FirstPath/ExpectedStatus").asText()).isNotEmpty();
        assertThat(inputs.at("/Placeholders/Check").asText()).isEqualTo("lambda:invoke");
    }

    @Test
    void writes_test_cases_that_orrery_run_replays_with_their_inputs() throws IOException {
        Path out = dir.resolve("scaffold");
        Cli.run("scaffold", "--definition", definition, "--output", out + "/");
        JsonNode inputs = MAPPER.readTree(out.resolve("check.inputs.json").toFile()).path("TestCases");

        assertThat(inputs.size()).isEqualTo(3);
        inputs.properties().forEach(testCase -> {
            Cli run = Cli.run("run", "--definition", definition, "--mock-config",
                    out.resolve("MockConfigFile.json").toString(), "--test-case", testCase.getKey(),
                    "--input", testCase.getValue().path("Input").toString(), "--format", "json");
            JsonNode result = json(run.out());
            assertThat(result.path("status").asText()).as(testCase.getKey())
                    .isEqualTo(testCase.getValue().path("ExpectedStatus").asText());
            assertThat(result.path("path")).as(testCase.getKey())
                    .isEqualTo(testCase.getValue().path("ExpectedPath"));
        });
    }

    private static JsonNode json(String text) {
        try {
            return MAPPER.readTree(text);
        } catch (IOException e) {
            throw new IllegalStateException(text, e);
        }
    }

    @Test
    void writes_a_junit_class_named_like_its_file() throws IOException {
        Path out = dir.resolve("CheckFlowTests.java");

        Cli cli = Cli.run("scaffold", "--definition", definition, "--format", "junit", "--output", out.toString());

        assertThat(cli.exitCode()).isZero();
        assertThat(Files.readString(out)).contains("class CheckFlowTests {")
                .contains("@StateMachineTest(definition = ")
                .contains("mocks.state(\"Check\").fails(\"Check.Down\"");
    }

    @Test
    void writes_a_test_file_that_names_the_definition_relative_to_itself() throws IOException {
        Path out = dir.resolve("src/test/resources/flows/");

        Cli cli = Cli.run("scaffold", "--definition", definition, "--format", "orrery-yaml", "--output", out + "/");

        assertThat(cli.exitCode()).isZero();
        assertThat(Files.readString(out.resolve("check.orrery.yaml")))
                .contains("definition: \"../../../../check.asl.json\"")
                .contains("  \"\\\"Check\\\" Catch #1 -> \\\"Down\\\"\":");
    }

    @Test
    void names_a_templates_state_machine_and_substitutions_in_the_test_file() throws IOException {
        String template = Files.writeString(dir.resolve("template.yaml"), """
                Resources:
                  GreetingFlow:
                    Type: AWS::StepFunctions::StateMachine
                    Properties:
                      DefinitionString: !Sub |
                        {"StartAt": "Greet", "States": {"Greet": {"Type": "Task",
                         "Resource": "arn:aws:states:::sns:publish", "Parameters": {"Message": "${Greeting}"},
                         "End": true}}}
                """).toString();

        Cli cli = Cli.run("scaffold", "--template", template, "--state-machine", "GreetingFlow", "--substitution",
                "Greeting=hello", "--format", "orrery-yaml", "--output", dir + "/");

        assertThat(cli.exitCode()).as(cli.err()).isZero();
        assertThat(Files.readString(dir.resolve("GreetingFlow.orrery.yaml"))).contains("template: \"template.yaml\"\n"
                + "stateMachine: \"GreetingFlow\"\nsubstitutions:\n  \"Greeting\": \"hello\"\n");
    }

    @Test
    void refuses_an_unknown_format_with_exit_code_2() {
        Cli cli = Cli.run("scaffold", "--definition", definition, "--format", "cucumber");

        assertThat(cli.exitCode()).isEqualTo(2);
        assertThat(cli.err()).contains("--format must be mock-config, junit or orrery-yaml but was 'cucumber'");
    }

    @Test
    void refuses_an_invalid_definition_with_exit_code_2() throws IOException {
        String invalid = Files.writeString(dir.resolve("bad.asl.json"),
                "{\n  \"StartAt\": \"A\",\n  \"States\": {\"A\": {\"Type\": \"Pass\"}}\n}").toString();

        Cli cli = Cli.run("scaffold", "--definition", invalid);

        assertThat(cli.exitCode()).isEqualTo(2);
        assertThat(cli.err()).contains("(/States/A)").contains("is not a valid state machine definition");
    }

    @Test
    void refuses_a_junit_file_not_named_like_a_test_class() {
        Cli cli = Cli.run("scaffold", "--definition", definition, "--format", "junit", "--output",
                dir.resolve("check.java").toString());

        assertThat(cli.exitCode()).isEqualTo(2);
        assertThat(cli.err()).contains("a JUnit scaffold file is named like OrderTests.java");
    }

    @Test
    void prints_its_usage() {
        Cli cli = Cli.run("scaffold", "--help");

        assertThat(cli.exitCode()).isZero();
        assertThat(cli.out()).startsWith("Usage: orrery scaffold");
        assertThat(Cli.run("--help").out()).contains("scaffold --definition FILE");
    }
}
