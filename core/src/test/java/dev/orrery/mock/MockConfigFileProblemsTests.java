package dev.orrery.mock;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MockConfigFileProblemsTests {

    @TempDir
    Path dir;

    @Test
    void reports_a_mock_configuration_file_that_is_not_json_where_it_breaks_without_jackson_internals()
            throws IOException {
        Path file = Files.writeString(dir.resolve("MockConfigFile.json"), "{\n  \"StateMachines\": {,}\n}");

        assertThatThrownBy(() -> StepFunctionsLocalMockConfig.read(file)).isInstanceOf(IOException.class)
                .hasMessageStartingWith(file + ":2:21 is not valid JSON: Unexpected character (',' (code 44))")
                .hasMessageNotContaining("Source:").hasMessageNotContaining("REDACTED");
    }

    @Test
    void reports_a_mock_configuration_nested_too_deeply_in_orrery_words() throws IOException {
        Path file = Files.writeString(dir.resolve("MockConfigFile.json"), "[".repeat(1200) + "]".repeat(1200));

        assertThatThrownBy(() -> StepFunctionsLocalMockConfig.read(file)).isInstanceOf(IOException.class)
                .hasMessageContaining("is not valid JSON: the JSON is nested more than 1000 levels deep")
                .hasMessageNotContaining("StreamReadConstraints");
    }
}
