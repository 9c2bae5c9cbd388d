package dev.orrery.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code orrery conformance} on folders whose cases never reach the interpreter. */
class ConformanceCommandTests {

    @TempDir
    Path dir;

    @Test
    void exits_2_when_the_folder_cannot_be_read() {
        Cli cli = Cli.run("conformance", dir.resolve("absent").toString());

        assertThat(cli.exitCode()).isEqualTo(2);
        assertThat(cli.err()).contains("cannot read the conformance folder");
    }

    @Test
    void needs_exactly_one_folder() {
        assertThat(Cli.run("conformance").exitCode()).isEqualTo(2);
        assertThat(Cli.run("conformance", "a", "b").exitCode()).isEqualTo(2);
    }

    @Test
    void lists_failing_cases_prints_the_rate_and_writes_the_report() throws IOException {
        Files.writeString(dir.resolve("broken.json"), "{not json");
        Path report = dir.resolve("out/../report.json");

        Cli cli = Cli.run("conformance", dir.toString(), "--report", dir.resolve("report.json").toString());

        assertThat(cli.exitCode()).isZero();
        assertThat(cli.out()).startsWith("FAIL broken.json: exception: ")
                .contains("Conformance: 0/1 cases pass (0.0%)")
                .contains("Core subset (JSONPath;");
        JsonNode json = new ObjectMapper().readTree(dir.resolve("report.json").toFile());
        assertThat(json.get("total").asInt()).isEqualTo(1);
        assertThat(json.get("passed").asInt()).isZero();
        assertThat(json.get("failed").get(0).get("id").asText()).isEqualTo("broken.json");
        assertThat(json.get("failed").get(0).get("field").asText()).isEqualTo("exception");
        assertThat(report.getFileName().toString()).isEqualTo("report.json");
    }
}
