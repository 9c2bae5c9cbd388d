package dev.orrery.run;

import static dev.orrery.run.Runs.json;
import static dev.orrery.run.Runs.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orrery.mock.MockSession;
import dev.orrery.mock.RecordedCall;
import dev.orrery.mock.TaskMocks;
import java.util.List;
import org.junit.jupiter.api.Test;

class DistributedMapBatchAndWriterTests {

    private static final String PUT = "arn:aws:states:::s3:putObject";

    /** A distributed Map with the given extra fields whose children pass their input through ('bad' fails). */
    private static final String MAP = """
            {'StartAt': 'M', 'States': {'M': {'Type': 'Map', 'End': true, %s
              'ItemProcessor': {'ProcessorConfig': {'Mode': 'DISTRIBUTED', 'ExecutionType': 'STANDARD'},
                'StartAt': 'Check', 'States': {
                  'Check': {'Type': 'Choice', 'Choices': [{'Variable': '$', 'StringEquals': 'bad', 'Next': 'Bad'}],
                            'Default': 'Good'},
                  'Bad': {'Type': 'Fail', 'Error': 'Item.Bad', 'Cause': 'bad item'},
                  'Good': {'Type': 'Pass', 'End': true}}}}}}""";

    private static Execution batch(String batcher, String input) {
        return run(MAP.formatted("'ItemBatcher': " + batcher + ","), input, TaskMocks.none());
    }

    @Test
    void each_child_gets_a_batch_of_at_most_max_items_per_batch_items() {
        Execution execution = batch("{'MaxItemsPerBatch': 2}", "[1, 2, 3, 4, 5]");

        assertThat(execution.output()).isEqualTo(json("[{'Items': [1, 2]}, {'Items': [3, 4]}, {'Items': [5]}]"));
    }

    @Test
    void batch_input_is_evaluated_on_the_input_and_given_to_every_batch() {
        Execution execution = run(MAP.formatted("'ItemsPath': '$.items', 'ItemBatcher': {'MaxItemsPerBatch': 2, "
                + "'BatchInput': {'month.$': '$.month', 'kind': 'x'}},"), "{'month': 'May', 'items': [1, 2, 3]}",
                TaskMocks.none());

        assertThat(execution.output()).isEqualTo(json("""
                [{'BatchInput': {'month': 'May', 'kind': 'x'}, 'Items': [1, 2]},
                 {'BatchInput': {'month': 'May', 'kind': 'x'}, 'Items': [3]}]"""));
    }

    @Test
    void without_limits_all_items_form_one_batch_and_no_items_form_none() {
        assertThat(batch("{'BatchInput': {'k': 1}}", "[1, 2, 3]").output())
                .isEqualTo(json("[{'BatchInput': {'k': 1}, 'Items': [1, 2, 3]}]"));
        assertThat(batch("{'MaxItemsPerBatch': 2}", "[]").output()).isEqualTo(json("[]"));
    }

    @Test
    void an_item_larger_than_the_byte_limit_forms_a_batch_of_its_own() {
        Execution execution = batch("{'MaxInputBytesPerBatch': 15}", "['a', 'bbbbbbbbbb', 'c']");

        assertThat(execution.output())
                .isEqualTo(json("[{'Items': ['a']}, {'Items': ['bbbbbbbbbb']}, {'Items': ['c']}]"));
    }

    @Test
    void max_items_per_batch_path_reads_the_limit_from_the_input() {
        Execution execution = run(MAP.formatted("'ItemsPath': '$.items', 'ItemBatcher': {'MaxItemsPerBatchPath': "
                + "'$.size'},"), "{'size': 3, 'items': [1, 2, 3, 4]}", TaskMocks.none());

        assertThat(execution.output()).isEqualTo(json("[{'Items': [1, 2, 3]}, {'Items': [4]}]"));
    }

    @Test
    void a_max_items_per_batch_path_that_is_no_integer_is_a_runtime_error() {
        Execution execution = run(MAP.formatted("'ItemsPath': '$.items', 'ItemBatcher': {'MaxItemsPerBatchPath': "
                + "'$.size'},"), "{'size': 'two', 'items': [1]}", TaskMocks.none());

        assertThat(execution.error()).isEqualTo("States.Runtime");
        assertThat(execution.cause()).endsWith(
                "The MaxItemsPerBatchPath field refers to value \"two\" which is not a valid integer: $.size");
    }

    @Test
    void max_input_bytes_per_batch_limits_the_json_size_of_each_batch() {
        // {"Items":[]} is 12 bytes; each item "aaaa" is 6 bytes plus a comma after the first
        Execution execution = batch("{'MaxInputBytesPerBatch': 25}", "['aaaa', 'aaaa', 'aaaa', 'aaaa']");

        assertThat(execution.output()).isEqualTo(json("[{'Items': ['aaaa', 'aaaa']}, {'Items': ['aaaa', 'aaaa']}]"));
    }

    @Test
    void max_input_bytes_per_batch_path_reads_the_limit_from_the_input() {
        Execution execution = run(MAP.formatted("'ItemsPath': '$.items', 'ItemBatcher': {"
                + "'MaxInputBytesPerBatchPath': '$.bytes'},"), "{'bytes': 18, 'items': ['aaaa', 'aaaa']}",
                TaskMocks.none());

        assertThat(execution.output()).isEqualTo(json("[{'Items': ['aaaa']}, {'Items': ['aaaa']}]"));
    }

    private static final String WRITER = "'ResultWriter': {'Resource': '" + PUT + "', "
            + "'Parameters': {'Bucket': 'out', 'Prefix': 'runs'}},";

    @Test
    void the_result_writer_puts_the_results_and_the_manifest_and_returns_their_location() {
        MockSession session = TaskMocks.builder().resource(PUT).returns(json("{}")).build().session();

        Execution execution = run(MAP.formatted(WRITER), "['a', 'b']", session);

        String arn = execution.history().events().stream()
                .filter(event -> event.type().equals("MapRunStarted")).findFirst().orElseThrow()
                .details().get("mapRunArn").asText();
        String folder = "runs/" + arn.substring(arn.lastIndexOf(':') + 1) + "/";
        assertThat(execution.output()).isEqualTo(json("{'MapRunArn': '" + arn + "', 'ResultWriterDetails': "
                + "{'Bucket': 'out', 'Key': '" + folder + "manifest.json'}}"));
        List<RecordedCall> calls = session.calls("M");
        assertThat(calls).extracting(call -> call.request().payload().get("Key").asText())
                .containsExactly(folder + "SUCCEEDED_0.json", folder + "manifest.json");
        assertThat(calls).allSatisfy(call -> assertThat(call.request().resource()).isEqualTo(PUT));
        JsonNode succeeded = json(calls.get(0).request().payload().get("Body").asText());
        assertThat(succeeded).hasSize(2);
        assertThat(succeeded.get(1)).isEqualTo(json("{'Input': '\\'b\\'', 'InputDetails': {'Included': true}, "
                + "'Output': '\\'b\\'', 'OutputDetails': {'Included': true}, 'Status': 'SUCCEEDED'}"));
        JsonNode manifest = json(calls.get(1).request().payload().get("Body").asText());
        assertThat(manifest).isEqualTo(json("{'DestinationBucket': 'out', 'MapRunArn': '" + arn + "', "
                + "'ResultFiles': {'FAILED': [], 'PENDING': [], 'SUCCEEDED': [{'Key': '" + folder
                + "SUCCEEDED_0.json', 'Size': " + calls.get(0).request().payload().get("Body").asText().length()
                + "}]}}"));
    }

    @Test
    void tolerated_failures_are_written_to_the_failed_file() {
        MockSession session = TaskMocks.builder().resource(PUT).returns(json("{}")).build().session();

        Execution execution = run(MAP.formatted(WRITER + "'ToleratedFailureCount': 1,"), "['a', 'bad']", session);

        assertThat(execution.error()).isNull();
        List<RecordedCall> calls = session.calls("M");
        assertThat(calls).extracting(call -> call.request().payload().get("Key").asText())
                .anySatisfy(key -> assertThat(key).endsWith("/FAILED_0.json"));
        JsonNode failed = json(calls.get(1).request().payload().get("Body").asText());
        assertThat(failed.get(0).get("Status").asText()).isEqualTo("FAILED");
        assertThat(failed.get(0).get("Error").asText()).isEqualTo("Item.Bad");
        assertThat(failed.get(0).get("Cause").asText()).isEqualTo("bad item");
        JsonNode manifest = json(calls.get(2).request().payload().get("Body").asText());
        assertThat(manifest.at("/ResultFiles/FAILED/0/Key").asText()).endsWith("/FAILED_0.json");
    }

    @Test
    void a_failing_write_fails_the_state_with_result_writer_failed() {
        TaskMocks mocks = TaskMocks.builder().resource(PUT).fails("S3.AccessDenied", "denied").build();

        Execution execution = run(MAP.formatted(WRITER), "['a']", mocks);

        assertThat(execution.error()).isEqualTo("States.ResultWriterFailed");
        assertThat(execution.cause()).isEqualTo("denied");
    }

    @Test
    void the_same_seed_writes_the_same_keys_and_a_prefix_ending_in_a_slash_gets_no_second_one() {
        String writer = WRITER.replace("'runs'", "'runs/'");
        MockSession first = TaskMocks.builder().resource(PUT).returns(json("{}")).build().session();
        MockSession second = TaskMocks.builder().resource(PUT).returns(json("{}")).build().session();

        Execution one = run(MAP.formatted(writer), "['a']", first);
        Execution two = run(MAP.formatted(writer), "['a']", second);

        assertThat(one.output()).isEqualTo(two.output());
        assertThat(first.payloads("M")).isEqualTo(second.payloads("M"));
        assertThat(one.output().at("/ResultWriterDetails/Key").asText()).startsWith("runs/").doesNotContain("//");
    }

    @Test
    void a_writer_config_is_rejected_at_compile_time() {
        assertThatThrownBy(() -> run(MAP.formatted("'ResultWriter': {'WriterConfig': {'OutputType': 'JSON'}},"),
                "['a']", TaskMocks.none())).isInstanceOf(UnsupportedOperationException.class);
    }
}
