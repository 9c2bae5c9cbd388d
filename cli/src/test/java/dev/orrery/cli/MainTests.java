package dev.orrery.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class MainTests {

    @ParameterizedTest
    @ValueSource(strings = {"--help", "-h", "help"})
    void prints_the_usage_on_help(String flag) {
        Cli cli = Cli.run(flag);

        assertThat(cli.exitCode()).isZero();
        assertThat(cli.out()).startsWith("Usage: orrery <command>").contains("run --definition FILE");
    }

    @Test
    void prints_the_usage_and_exits_2_without_arguments() {
        Cli cli = Cli.run();

        assertThat(cli.exitCode()).isEqualTo(2);
        assertThat(cli.err()).startsWith("Usage: orrery <command>");
    }

    @Test
    void rejects_an_unknown_command() {
        Cli cli = Cli.run("launch");

        assertThat(cli.exitCode()).isEqualTo(2);
        assertThat(cli.err()).contains("orrery: unknown command 'launch'").contains("orrery --help");
    }

    @ParameterizedTest
    @ValueSource(strings = {"run", "validate", "conformance"})
    void prints_each_command_usage(String command) {
        Cli cli = Cli.run(command, "--help");

        assertThat(cli.exitCode()).isZero();
        assertThat(cli.out()).startsWith("Usage: orrery " + command);
    }

    @Test
    void describes_an_unexpected_error_in_one_line_without_a_stack_trace() {
        IllegalStateException bug = new IllegalStateException("broken");

        assertThat(Main.unexpected(bug)).startsWith("orrery: unexpected error, please report it as a bug: "
                + "java.lang.IllegalStateException: broken (at dev.orrery.cli.MainTests.").doesNotContain("\n");
    }
}
