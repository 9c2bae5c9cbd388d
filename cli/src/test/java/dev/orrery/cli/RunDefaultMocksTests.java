package dev.orrery.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Default responses, unmocked tasks and the summarised path of {@code orrery run}. */
class RunDefaultMocksTests {

    private static final String DEFINITION = """
            {"StartAt": "Load", "States": {
              "Load": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "ResultPath": null,
                       "Next": "ForEach"},
              "ForEach": {"Type": "Map", "ItemsPath": "$.items", "ResultPath": null, "Next": "Notify",
                "ItemProcessor": {"StartAt": "Prepare", "States": {
                  "Prepare": {"Type": "Pass", "Next": "Work"},
                  "Work": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "End": true}}}},
              "Notify": {"Type": "Task", "Resource": "arn:aws:states:::sns:publish", "End": true}}}""";

    @TempDir
    Path dir;

    private String definition;

    @BeforeEach
    void write_the_definition() throws IOException {
        definition = Files.writeString(dir.resolve("batch.asl.json"), DEFINITION).toString();
    }

    @Test
    void lists_every_unmocked_task_at_once_with_a_mocks_file_skeleton() {
        Cli cli = Cli.run("run", "--definition", definition, "--input", "{\"items\": [1, 2, 3]}");

        assertThat(cli.exitCode()).isEqualTo(3);
        assertThat(cli.err()).contains("No mocked response for Task state \"Load\"")
                .contains("3 Task states have no mock: \"Load\", \"Work\", \"Notify\".")
                .contains("\"Work\" : {\n    \"0-2\" : {\n      \"Return\" : { }")
                .contains("\"Notify\" : {\n    \"0\" : {")
                .contains("--default-mock '{}' or a \"*\" entry");
        assertThat(cli.out()).isEmpty();
    }

    @Test
    void prints_a_json_error_object_for_an_unmocked_task_in_json_format() throws IOException {
        Cli cli = Cli.run("run", "--definition", definition, "--input", "{\"items\": [1, 2]}", "--format", "json");

        JsonNode error = new ObjectMapper().readTree(cli.out());
        assertThat(cli.exitCode()).isEqualTo(3);
        assertThat(error.get("error").asText()).isEqualTo("UnmockedTask");
        assertThat(error.get("unmockedStates")).hasToString("[\"Load\",\"Work\",\"Notify\"]");
        assertThat(error.at("/mocksSkeleton/Work/0-1/Return").isObject()).isTrue();
    }

    @Test
    void answers_every_task_with_the_default_mock() {
        Cli cli = Cli.run("run", "--definition", definition, "--input", "{\"items\": [1, 2, 3]}",
                "--default-mock", "{\"ok\": true}");

        assertThat(cli.exitCode()).isZero();
        assertThat(cli.out()).contains("Output: {\"ok\":true}");
    }

    @Test
    void answers_the_tasks_without_an_entry_with_the_star_entry() throws IOException {
        Path mocks = Files.writeString(dir.resolve("mocks.json"), """
                {"Notify": {"0": {"Return": {"sent": true}}}, "*": {"0-9": {"Return": {"ok": true}}}}""");

        Cli cli = Cli.run("run", "--definition", definition, "--input", "{\"items\": [1]}", "--mocks",
                mocks.toString());

        assertThat(cli.exitCode()).isZero();
        assertThat(cli.out()).contains("Output: {\"sent\":true}");
    }

    @Test
    void rejects_a_misspelt_mocks_file_key_with_the_closest_task_state() throws IOException {
        Path mocks = Files.writeString(dir.resolve("mocks.json"), "{\"notify\": {\"0\": {\"Return\": {}}}}");

        Cli cli = Cli.run("run", "--definition", definition, "--mocks", mocks.toString());

        assertThat(cli.exitCode()).isEqualTo(2);
        assertThat(cli.err()).contains("(/notify): no Task state \"notify\"; did you mean \"Notify\"?; the "
                + "definition's Task states are [Load, Work, Notify]");
    }

    @Test
    void rejects_a_mocks_file_key_that_is_not_a_task_state() throws IOException {
        Path mocks = Files.writeString(dir.resolve("mocks.json"), "{\"Prepare\": {\"0\": {\"Return\": {}}}}");

        Cli cli = Cli.run("run", "--definition", definition, "--mocks", mocks.toString());

        assertThat(cli.exitCode()).isEqualTo(2);
        assertThat(cli.err()).contains("\"Prepare\" is not a Task state");
    }

    @Test
    void summarises_the_iterations_of_a_map_in_the_text_path_and_keeps_them_all_in_json() throws IOException {
        String items = "{\"items\": [" + "1, ".repeat(1_499) + "1]}";

        Cli text = Cli.run("run", "--definition", definition, "--input", items, "--default-mock", "{}");
        Cli json = Cli.run("run", "--definition", definition, "--input", items, "--default-mock", "{}",
                "--format", "json");

        assertThat(text.out()).contains("Path: Load -> ForEach [1500 iterations: Prepare -> Work] -> Notify\n");
        assertThat(new ObjectMapper().readTree(json.out()).get("path")).hasSize(3 + 2 * 1_500);
    }
}
