package dev.orrery.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Usage errors and invalid inputs of {@code orrery run}: none of them reaches the interpreter. */
class RunCommandTests {

    @TempDir
    Path dir;

    private String definition;

    @BeforeEach
    void write_a_definition() throws IOException {
        definition = Files.writeString(dir.resolve("ok.asl.json"),
                "{\"StartAt\": \"Done\", \"States\": {\"Done\": {\"Type\": \"Succeed\"}}}").toString();
    }

    @Test
    void needs_a_definition() {
        Cli cli = Cli.run("run", "--input", "{}");

        assertThat(cli.exitCode()).isEqualTo(2);
        assertThat(cli.err()).contains("'run' needs --definition");
    }

    @Test
    void rejects_positional_arguments() {
        Cli cli = Cli.run("run", definition);

        assertThat(cli.exitCode()).isEqualTo(2);
        assertThat(cli.err()).contains("'run' takes no positional arguments");
    }

    @Test
    void reports_a_missing_definition_file() {
        Cli cli = Cli.run("run", "--definition", dir.resolve("nope.json").toString());

        assertThat(cli.exitCode()).isEqualTo(2);
        assertThat(cli.err()).contains("cannot read --definition file").contains("no such file");
    }

    @Test
    void reports_invalid_input_json() {
        Cli cli = Cli.run("run", "--definition", definition, "--input", "{oops");

        assertThat(cli.exitCode()).isEqualTo(2);
        assertThat(cli.err()).contains("--input is not valid JSON");
    }

    @Test
    void reports_an_input_file_with_its_position() throws IOException {
        Path input = Files.writeString(dir.resolve("input.json"), "{\n  \"a\": ]\n}");

        Cli cli = Cli.run("run", "--definition", definition, "--input", "@" + input);

        assertThat(cli.exitCode()).isEqualTo(2);
        assertThat(cli.err()).contains("--input file " + input + ":2:").contains("is not valid JSON");
    }

    @Test
    void reports_malformed_mocks_with_their_pointer() throws IOException {
        Path mocks = Files.writeString(dir.resolve("mocks.json"), "{\"Charge\": {\"0\": {\"Returns\": 1}}}");

        Cli cli = Cli.run("run", "--definition", definition, "--mocks", mocks.toString());

        assertThat(cli.exitCode()).isEqualTo(2);
        assertThat(cli.err()).contains("--mocks file").contains("/Charge/0");
    }

    @Test
    void prints_the_diagnostics_of_an_invalid_definition_and_exits_2() throws IOException {
        Path invalid = Files.writeString(dir.resolve("bad.asl.json"), "{\n  \"States\": {}\n}");

        Cli cli = Cli.run("run", "--definition", invalid.toString());

        assertThat(cli.exitCode()).isEqualTo(2);
        assertThat(cli.err())
                .contains("bad.asl.json:1:1 (/): These fields are required: [StartAt]")
                .contains("bad.asl.json:2:3 (/States): Value cannot be empty")
                .contains("is not a valid state machine definition");
    }

    @Test
    void rejects_an_unknown_format() {
        Cli cli = Cli.run("run", "--definition", definition, "--format", "yaml");

        assertThat(cli.exitCode()).isEqualTo(2);
        assertThat(cli.err()).contains("--format must be text or json");
    }
}
