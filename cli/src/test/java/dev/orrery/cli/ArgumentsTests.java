package dev.orrery.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ArgumentsTests {

    private static final Set<String> OPTIONS = Set.of("definition", "format");

    @Test
    void reads_options_in_both_spellings_and_positionals() throws UsageException {
        Arguments arguments = Arguments.parse("run", List.of("a.json", "--definition", "d.json", "--format=json",
                "b.json"), OPTIONS);

        assertThat(arguments.option("definition")).isEqualTo("d.json");
        assertThat(arguments.format()).isEqualTo("json");
        assertThat(arguments.positionals()).containsExactly("a.json", "b.json");
        assertThat(arguments.help()).isFalse();
    }

    @Test
    void keeps_values_that_look_like_options_or_hold_equals_signs() throws UsageException {
        Arguments arguments = Arguments.parse("run", List.of("--definition", "-", "--format=text"), OPTIONS);

        assertThat(arguments.option("definition")).isEqualTo("-");
        assertThat(arguments.format()).isEqualTo("text");
    }

    @Test
    void defaults_the_format_to_text() throws UsageException {
        assertThat(Arguments.parse("run", List.of(), OPTIONS).format()).isEqualTo("text");
    }

    @Test
    void rejects_unknown_options_missing_values_repeats_and_bad_formats() {
        assertThatThrownBy(() -> Arguments.parse("run", List.of("--defn", "x"), OPTIONS))
                .hasMessage("unknown option --defn for 'run'");
        assertThatThrownBy(() -> Arguments.parse("run", List.of("--definition"), OPTIONS))
                .hasMessage("option --definition needs a value");
        assertThatThrownBy(() -> Arguments.parse("run", List.of("--format", "a", "--format", "b"), OPTIONS))
                .hasMessage("option --format is given more than once");
        assertThatThrownBy(() -> Arguments.parse("run", List.of("--format", "yaml"), OPTIONS).format())
                .hasMessage("--format must be text or json but was 'yaml'");
    }

    @Test
    void names_a_missing_required_option() {
        assertThatThrownBy(() -> Arguments.parse("run", List.of(), OPTIONS).required("definition"))
                .isInstanceOf(UsageException.class).hasMessage("'run' needs --definition");
    }
}
