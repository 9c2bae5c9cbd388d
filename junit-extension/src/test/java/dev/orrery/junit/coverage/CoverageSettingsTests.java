package dev.orrery.junit.coverage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CoverageSettingsTests {

    private static CoverageSettings of(Map<String, String> properties) {
        return CoverageSettings.from(properties::get);
    }

    @Test
    void writes_to_target_orrery_coverage_and_requires_nothing_by_default() {
        CoverageSettings settings = of(Map.of());

        assertThat(settings.skip()).isFalse();
        assertThat(settings.directory()).isEqualTo(Path.of("target/orrery/coverage"));
        assertThat(settings.parts()).isEqualTo(Path.of("target/orrery/coverage/parts"));
        assertThat(settings.minimum()).isEqualTo(Thresholds.UNSET);
        assertThat(settings.session()).isNotBlank();
    }

    @ParameterizedTest
    @CsvSource({"0.8, 0.8", "80%, 0.8", "1, 1.0", "0, 0.0"})
    void reads_a_minimum_as_a_share_or_a_percentage(String written, double share) {
        assertThat(of(Map.of("orrery.coverage.minimumStates", written)).minimum().states()).isEqualTo(share);
    }

    @Test
    void reads_the_directory_the_session_and_skip() {
        CoverageSettings settings = of(Map.of("orrery.coverage.directory", "build/coverage",
                "orrery.coverage.session", "build-42", "orrery.coverage.skip", "true"));

        assertThat(settings.directory()).isEqualTo(Path.of("build/coverage"));
        assertThat(settings.session()).isEqualTo("build-42");
        assertThat(settings.skip()).isTrue();
    }

    @Test
    void refuses_a_minimum_that_is_not_a_share() {
        assertThatThrownBy(() -> of(Map.of("orrery.coverage.minimumTransitions", "most")))
                .hasMessage("-Dorrery.coverage.minimumTransitions=most is not a number; write a share between 0 and"
                        + " 1, e.g. -Dorrery.coverage.minimumTransitions=0.8");
        assertThatThrownBy(() -> of(Map.of("orrery.coverage.minimumStates", "1.5")))
                .hasMessage("-Dorrery.coverage.minimumStates must be a share between 0 and 1 (e.g. 0.8 for 80%) but"
                        + " was 1.5");
    }
}
