package dev.orrery.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What {@code orrery run} says about input files that are not clean UTF-8 JSON. */
class InputFileProblemsTests {

    private static final String DEFINITION = "{\"StartAt\": \"A\", \"States\": {\"A\": {\"Type\": \"Succeed\"}}}";

    @TempDir
    Path dir;

    private String definition() throws IOException {
        return Files.writeString(dir.resolve("ok.asl.json"), DEFINITION).toString();
    }

    @Test
    void accepts_files_that_start_with_a_byte_order_mark() throws IOException {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        Path definition = dir.resolve("bom.asl.json");
        Files.write(definition, concat(bom, DEFINITION.getBytes(StandardCharsets.UTF_8)));
        Path input = dir.resolve("input.json");
        Files.write(input, concat(bom, "{\"a\": 1}".getBytes(StandardCharsets.UTF_8)));

        Cli cli = Cli.run("run", "--definition", definition.toString(), "--input", "@" + input);

        assertThat(cli.exitCode()).isZero();
        assertThat(cli.out()).contains("Output: {\"a\":1}");
    }

    @Test
    void reports_an_input_file_that_is_not_utf8_with_the_offset_of_the_bad_byte() throws IOException {
        Path input = dir.resolve("input.json");
        Files.write(input, "{\"name\": \"caf\u00e9\"}".getBytes(StandardCharsets.ISO_8859_1));

        Cli cli = Cli.run("run", "--definition", definition(), "--input", "@" + input);

        assertThat(cli.exitCode()).isEqualTo(2);
        assertThat(cli.err()).contains("--input file " + input + ":1:14 is not valid UTF-8: the byte at offset 13 "
                + "does not start or continue a UTF-8 character");
    }

    @Test
    void reports_an_input_nested_too_deeply_where_it_is_without_jackson_internals() throws IOException {
        Path input = Files.writeString(dir.resolve("deep.json"), "\n\n  " + "[".repeat(1200) + "]".repeat(1200));

        Cli cli = Cli.run("run", "--definition", definition(), "--input", "@" + input);

        assertThat(cli.exitCode()).isEqualTo(2);
        assertThat(cli.err()).contains("--input file " + input + ":3:").contains("is not valid JSON: the JSON is "
                + "nested more than 1000 levels deep").doesNotContain("StreamReadConstraints").doesNotContain("REDACTED");
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] both = new byte[first.length + second.length];
        System.arraycopy(first, 0, both, 0, first.length);
        System.arraycopy(second, 0, both, first.length, second.length);
        return both;
    }
}
