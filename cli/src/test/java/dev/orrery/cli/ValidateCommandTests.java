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
        assertThat(lines[1]).isEqualTo("{\"result\":\"OK\",\"diagnostics\":[],\"truncated\":false}");
    }

    @Test
    void needs_a_file_and_a_readable_one() {
        assertThat(Cli.run("validate").exitCode()).isEqualTo(2);
        Cli missing = Cli.run("validate", valid, dir.resolve("nope.json").toString());
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).contains("nope.json").contains("no such file");
        assertThat(missing.out()).isEmpty();
    }
}
