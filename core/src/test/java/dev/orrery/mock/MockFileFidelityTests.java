package dev.orrery.mock;

import static dev.orrery.mock.MockRuns.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Mocked responses are refused when they answer a call twice, or when their file says more than one thing. */
class MockFileFidelityTests {

    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "0-5 | 3   | /Charge/3   | \"3\" overlaps \"0-5\": both answer call 3",
        "3   | 0-5 | /Charge/0-5 | \"0-5\" overlaps \"3\": both answer call 3",
        "0-2 | 2-4 | /Charge/2-4 | \"2-4\" overlaps \"0-2\": both answer call 2",
        "1-9 | 4-6 | /Charge/4-6 | \"4-6\" overlaps \"1-9\": both answer calls 4-6",
        "0   | 00  | /Charge/00  | \"00\" overlaps \"0\": both answer call 0"
    })
    void refuses_mocked_responses_whose_call_numbers_overlap_naming_both_keys(String first, String second,
            String pointer, String problem) {
        String responses = "{'Charge': {'" + first + "': {'Return': 1}, '" + second + "': {'Throw': {'Error': 'E'}}}}";

        assertThatThrownBy(() -> TaskMocks.fromStepFunctionsLocal(json(responses)))
                .isInstanceOfSatisfying(MockConfigException.class, e -> assertThat(e.pointer()).isEqualTo(pointer))
                .hasMessage("Mocked responses (" + pointer + "): " + problem
                        + "; give each call number one response");
    }

    @Test
    void refuses_overlapping_ranges_in_a_mock_config_file_too() {
        String config = "{'StateMachines': {}, 'MockedResponses': {'R': {'0-5': {'Return': 1}, '3': {'Return': 2}}}}";

        assertThatThrownBy(() -> StepFunctionsLocalMockConfig.read(json(config)))
                .isInstanceOfSatisfying(MockConfigException.class,
                        e -> assertThat(e.pointer()).isEqualTo("/MockedResponses/R/3"))
                .hasMessageContaining("\"3\" overlaps \"0-5\"");
    }

    @Test
    void accepts_adjacent_ranges_in_any_order() {
        TaskMocks mocks = TaskMocks.fromStepFunctionsLocal(json(
                "{'Charge': {'3-5': {'Return': 2}, '0-2': {'Return': 1}, '6': {'Return': 3}}}"));

        assertThat(mocks.mockedStates()).containsExactly("Charge");
    }

    @Test
    void refuses_a_mock_config_file_with_a_duplicate_key_at_its_line_and_column() throws IOException {
        Path file = Files.writeString(dir.resolve("MockConfigFile.json"), """
                {"StateMachines": {},
                 "MockedResponses": {"R": {
                   "0": {"Throw": {"Error": "E"}},
                   "0": {"Return": {}}}}}""");

        assertThatThrownBy(() -> StepFunctionsLocalMockConfig.read(file))
                .isInstanceOf(IOException.class)
                .hasMessageStartingWith(file + ":4:")
                .hasMessageEndingWith(" is not valid JSON: Duplicate field '0'");
    }

    @Test
    void refuses_a_mock_config_file_with_content_after_the_object() throws IOException {
        Path file = Files.writeString(dir.resolve("MockConfigFile.json"),
                "{\"StateMachines\": {}, \"MockedResponses\": {}}\n{\"MockedResponses\": {}}");

        assertThatThrownBy(() -> StepFunctionsLocalMockConfig.read(file))
                .isInstanceOf(IOException.class)
                .hasMessageStartingWith(file + ":2:1 is not valid JSON: unexpected content after the JSON value");
    }
}
