package dev.orrery.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What {@code orrery run} reads is taken whole or refused with a location, never silently cut or changed. */
class RunInputFidelityTests {

    @TempDir
    Path dir;

    private String definition;

    @BeforeEach
    void write_a_definition() throws IOException {
        definition = Files.writeString(dir.resolve("pass.asl.json"),
                "{\"StartAt\": \"P\", \"States\": {\"P\": {\"Type\": \"Pass\", \"End\": true}}}").toString();
    }

    @Test
    void refuses_inline_input_with_a_second_value_after_the_first() {
        Cli cli = Cli.run("run", "--definition", definition, "--input", "{\"a\":1}{\"b\":2}");

        assertThat(cli.exitCode()).isEqualTo(2);
        assertThat(cli.err()).contains("--input is not valid JSON at 1:8: unexpected content after the JSON value");
    }

    @Test
    void refuses_an_input_file_with_content_after_the_value_at_its_position() throws IOException {
        Path input = Files.writeString(dir.resolve("input.json"), "{\"a\": 1}\n{\"b\": 2}\n");

        Cli cli = Cli.run("run", "--definition", definition, "--input", "@" + input);

        assertThat(cli.exitCode()).isEqualTo(2);
        assertThat(cli.err()).contains("--input file " + input + ":2:1 is not valid JSON: unexpected content");
    }

    @Test
    void refuses_an_input_with_a_duplicate_key_at_its_position() throws IOException {
        Path input = Files.writeString(dir.resolve("input.json"), "{\n  \"a\": 1,\n  \"a\": 2\n}");

        Cli cli = Cli.run("run", "--definition", definition, "--input", "@" + input);

        assertThat(cli.exitCode()).isEqualTo(2);
        assertThat(cli.err()).contains("--input file " + input + ":3:").contains("Duplicate field 'a'");
    }

    @Test
    void refuses_a_mocks_file_that_declares_the_same_call_twice() throws IOException {
        Path mocks = Files.writeString(dir.resolve("mocks.json"), """
                {"Charge": {
                  "0": {"Throw": {"Error": "Declined", "Cause": "no"}},
                  "0": {"Return": {"ok": true}}
                }}""");

        Cli cli = Cli.run("run", "--definition", definition, "--mocks", mocks.toString());

        assertThat(cli.exitCode()).isEqualTo(2);
        assertThat(cli.err()).contains("--mocks file " + mocks + ":3:").contains("Duplicate field '0'");
    }

    @Test
    void refuses_a_mocks_file_with_a_second_document() throws IOException {
        Path mocks = Files.writeString(dir.resolve("mocks.json"), "{\"Charge\": {\"0\": {\"Return\": 1}}} []");

        Cli cli = Cli.run("run", "--definition", definition, "--mocks", mocks.toString());

        assertThat(cli.exitCode()).isEqualTo(2);
        assertThat(cli.err()).contains("--mocks file " + mocks + ":1:").contains("unexpected content");
    }

    @Test
    void keeps_numbers_beyond_double_range_and_precision_as_written() {
        Cli cli = Cli.run("run", "--definition", definition, "--input",
                "{\"big\": 1e400, \"tiny\": 1e-400, \"precise\": 0.12345678901234567890123,"
                        + " \"huge\": 123456789012345678901234567890, \"plain\": 2.5}");

        assertThat(cli.exitCode()).isZero();
        assertThat(cli.out()).contains("Output: {\"big\":1E+400,\"tiny\":1E-400,\"precise\":0.12345678901234567890123,"
                + "\"huge\":123456789012345678901234567890,\"plain\":2.5}");
    }
}
