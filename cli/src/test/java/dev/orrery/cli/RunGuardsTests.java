package dev.orrery.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The guards of {@code orrery run}: options that set them, and one line, no stack trace, when a run hits one. */
class RunGuardsTests {

    private static final String LOOP = """
            {"StartAt": "A", "States": {"A": {"Type": "Pass", "Next": "B"},
             "B": {"Type": "Choice", "Choices": [{"Variable": "$.stop", "IsPresent": true, "Next": "Done"}],
                   "Default": "A"},
             "Done": {"Type": "Succeed"}}}""";

    @TempDir
    Path dir;

    private String write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text).toString();
    }

    @Test
    void stops_an_endless_loop_at_max_transitions_with_one_line_that_names_the_option() throws IOException {
        Cli cli = Cli.run("run", "--definition", write("loop.json", LOOP), "--max-transitions", "50");

        assertThat(cli.exitCode()).isEqualTo(Guards.EXIT_CODE);
        assertThat(cli.err()).startsWith("orrery: The execution entered more than 50 states without ending "
                + "(pass --max-transitions N to allow more)").doesNotContain("\tat ").doesNotContain("Exception");
        assertThat(cli.err().lines()).hasSize(1);
    }

    @Test
    void stops_a_long_wait_at_max_virtual_duration() throws IOException {
        String wait = write("wait.json", """
                {"StartAt": "W", "States": {"W": {"Type": "Wait", "Seconds": 86400, "End": true}}}""");

        Cli cli = Cli.run("run", "--definition", wait, "--max-virtual-duration", "PT1H");

        assertThat(cli.exitCode()).isEqualTo(Guards.EXIT_CODE);
        assertThat(cli.err()).isEqualTo("orrery: The execution did not end within the maximum virtual duration of "
                + "1h 0m 0s (pass --max-virtual-duration SECONDS to allow longer runs). Path so far: W"
                + System.lineSeparator());
    }

    @Test
    void ends_an_endless_loop_without_options_as_aws_does_at_the_history_limit() throws IOException {
        Cli cli = Cli.run("run", "--definition", write("loop.json", LOOP));

        assertThat(cli.exitCode()).isEqualTo(1);
        assertThat(cli.out()).contains("Status: FAILED", "Error: States.Runtime",
                "Cause: The execution reached the maximum number of history events (25000).");
        assertThat(cli.err()).isEmpty();
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
        "--max-transitions, 0", "--max-transitions, many", "--max-virtual-duration, -5",
        "--max-virtual-duration, P1X", "--max-virtual-duration, 0"
    })
    void refuses_a_guard_value_that_is_not_positive(String option, String value) throws IOException {
        Cli cli = Cli.run("run", "--definition", write("loop.json", LOOP), option, value);

        assertThat(cli.exitCode()).isEqualTo(2);
        assertThat(cli.err()).startsWith("orrery: " + option + " must be");
    }

    @Test
    void accepts_a_virtual_duration_in_seconds() throws IOException {
        String wait = write("wait.json", """
                {"StartAt": "W", "States": {"W": {"Type": "Wait", "Seconds": 60, "End": true}}}""");

        assertThat(Cli.run("run", "--definition", wait, "--max-virtual-duration", "3600").exitCode()).isZero();
    }
}
