package dev.orrery.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTests {

    @TempDir
    Path dir;

    private String valid;
    private String invalid;

    @BeforeEach
    void write_definitions() throws IOException {
        valid = Files.writeString(dir.resolve("ok.asl.json"),
                "{\"StartAt\": \"Done\", \"States\": {\"Done\": {\"Type\": \"Succeed\"}}}").toString();
        invalid = Files.writeString(dir.resolve("bad.asl.json"),
                "{\n  \"StartAt\": \"A\",\n  \"States\": {\"A\": {\"Type\": \"Pass\"}}\n}").toString();
    }

    @Test
    void says_ok_and_exits_0_when_every_file_is_valid() {
        Cli cli = Cli.run("validate", valid);

        assertThat(cli.exitCode()).isZero();
        assertThat(cli.out()).isEqualTo(valid + ": OK\n");
    }

    @Test
    void prints_every_diagnostic_and_exits_1() {
        Cli cli = Cli.run("validate", valid, invalid);

        assertThat(cli.exitCode()).isEqualTo(1);
        assertThat(cli.out()).contains(valid + ": OK")
                .contains("(/States/A)")
                .contains(invalid + ": 1 error");
    }

    @Test
    void prints_aws_validate_state_machine_definition_json() throws IOException {
        Cli cli = Cli.run("validate", "--format", "json", invalid, valid);

        String[] lines = cli.out().split("\n");
        JsonNode failed = new ObjectMapper().readTree(lines[0]);
        assertThat(cli.exitCode()).isEqualTo(1);
        assertThat(failed.get("result").asText()).isEqualTo("FAIL");
        assertThat(failed.get("truncated").asBoolean()).isFalse();
        assertThat(failed.get("diagnostics").get(0).get("severity").asText()).isEqualTo("ERROR");
        assertThat(failed.get("diagnostics").get(0).get("location").asText()).isEqualTo("/States/A");
        assertThat(failed.get("diagnostics").get(0).has("code")).isTrue();
        assertThat(failed.get("file").asText()).isEqualTo(invalid);
        assertThat(lines[1]).isEqualTo("{\"file\":\"" + valid.replace("\\", "\\\\")
                + "\",\"result\":\"OK\",\"diagnostics\":[],\"truncated\":false}");
    }

    @Test
    void needs_a_file_and_reports_an_unreadable_one_without_stopping_the_others() {
        assertThat(Cli.run("validate").exitCode()).isEqualTo(2);
        Cli missing = Cli.run("validate", dir.resolve("nope.json").toString(), valid);
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).contains("nope.json").contains("no such file");
        assertThat(missing.out()).isEqualTo(valid + ": OK\n");
    }

    @Test
    void validates_a_yaml_definition_with_positions_in_the_yaml_file() throws IOException {
        String yaml = Files.writeString(dir.resolve("flow.asl.yaml"), """
                StartAt: Wait
                States:
                  Wait:
                    Type: Wait
                    Seconds: -1
                    End: true
                """).toString();

        Cli cli = Cli.run("validate", yaml);

        assertThat(cli.exitCode()).isEqualTo(1);
        assertThat(cli.out()).contains(yaml + ":5:5 (/States/Wait/Seconds)");
    }

    @Test
    void validates_each_state_machine_of_a_template_and_warns_about_placeholders() throws IOException {
        Files.createDirectories(dir.resolve("statemachine"));
        Files.writeString(dir.resolve("statemachine/flow.asl.json"), """
                {"StartAt": "Save", "States": {"Save": {"Type": "Task",
                 "Resource": "arn:aws:states:::dynamodb:putItem",
                 "Parameters": {"TableName": "${TableName}", "Item": {}}, "End": true}}}""");
        String template = Files.writeString(dir.resolve("template.yaml"), """
                Transform: AWS::Serverless-2016-10-31
                Resources:
                  SaveFlow:
                    Type: AWS::Serverless::StateMachine
                    Properties:
                      DefinitionUri: statemachine/flow.asl.json
                  PassFlow:
                    Type: AWS::Serverless::StateMachine
                    Properties:
                      Definition:
                        StartAt: P
                        States:
                          P: {Type: Pass, End: true}
                """).toString();

        Cli all = Cli.run("validate", template, "--format", "json");
        Cli substituted = Cli.run("validate", "--template", template, "--state-machine", "SaveFlow",
                "--substitution", "TableName=Orders");

        assertThat(all.exitCode()).isZero();
        assertThat(all.out()).contains("\"file\":\"" + template + "#SaveFlow\"")
                .contains("UNRESOLVED_SUBSTITUTION").contains("\"file\":\"" + template + "#PassFlow\"");
        assertThat(substituted.out()).isEqualTo(template + "#SaveFlow: OK\n");
    }

    @Test
    void says_when_a_template_has_no_state_machine() throws IOException {
        String template = Files.writeString(dir.resolve("template.yaml"), """
                Resources:
                  Queue:
                    Type: AWS::SQS::Queue
                """).toString();

        Cli cli = Cli.run("validate", template, valid);

        assertThat(cli.exitCode()).isZero();
        assertThat(cli.err()).contains(template + " has no state machine");
        assertThat(cli.out()).isEqualTo(valid + ": OK\n");
    }
}
