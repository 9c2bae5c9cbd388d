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
        String name = succeeded.get(1).get("Name").asText();
        String run = arn.substring(0, arn.lastIndexOf(':'));
        assertThat(succeeded.get(1)).isEqualTo(json("{'ExecutionArn': '" + run.replace(":mapRun:", ":execution:")
                + ":" + name + "', 'Input': '\\'b\\'', 'InputDetails': {'Included': true}, 'Name': '" + name
                + "', 'Output': '\\'b\\'', 'OutputDetails': {'Included': true}, 'RedriveCount': 0, "
                + "'RedriveStatus': 'NOT_REDRIVABLE', "
                + "'RedriveStatusReason': 'Execution is SUCCEEDED and cannot be redriven', "
                + "'StartDate': '2025-01-01T00:00:00.000Z', 'StateMachineArn': '"
                + run.replace(":mapRun:", ":stateMachine:") + "', 'Status': 'SUCCEEDED', "
                + "'StopDate': '2025-01-01T00:00:00.000Z'}"));
        assertThat(succeeded.get(0).get("Name").asText()).matches("[0-9a-f-]{36}").isNotEqualTo(name);
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
    void a_failed_map_run_still_writes_succeeded_failed_and_pending_children_then_fails() {
        MockSession session = TaskMocks.builder().resource(PUT).returns(json("{}")).build().session();

        Execution execution = run(MAP.formatted(WRITER + "'MaxConcurrency': 1,"), "['a', 'bad', 'c']", session);

        assertThat(execution.error()).isEqualTo("States.ExceedToleratedFailureThreshold");
        List<RecordedCall> calls = session.calls("M");
        assertThat(calls).extracting(call -> call.request().payload().get("Key").asText().replaceAll(".*/", ""))
                .containsExactly("SUCCEEDED_0.json", "FAILED_0.json", "PENDING_0.json", "manifest.json");
        JsonNode failed = json(calls.get(1).request().payload().get("Body").asText()).get(0);
        assertThat(failed.get("Cause").asText()).isEqualTo("bad item");
        assertThat(failed.get("Error").asText()).isEqualTo("Item.Bad");
        assertThat(failed.get("Status").asText()).isEqualTo("FAILED");
        assertThat(failed.get("RedriveStatus").asText()).isEqualTo("REDRIVABLE_BY_MAP_RUN");
        assertThat(failed.has("Output")).isFalse();
        assertThat(failed.get("OutputDetails")).isEqualTo(json("{'Included': true}"));
        assertThat(failed.has("RedriveStatusReason")).isFalse();
        assertThat(json(calls.get(2).request().payload().get("Body").asText())).isEqualTo(json(
                "[{'Input': '\\'c\\'', 'InputDetails': {'Included': true}, 'Status': 'PENDING'}]"));
        JsonNode manifest = json(calls.get(3).request().payload().get("Body").asText());
        assertThat(manifest.at("/ResultFiles/PENDING/0/Key").asText()).endsWith("/PENDING_0.json");
        assertThat(execution.history().types()).contains("MapRunFailed").doesNotContain("MapRunSucceeded");
    }

    @Test
    void a_child_still_running_when_the_map_run_fails_is_written_as_aborted() {
        String definition = """
                {'StartAt': 'M', 'States': {'M': {'Type': 'Map', 'End': true, %s
                  'ItemProcessor': {'ProcessorConfig': {'Mode': 'DISTRIBUTED', 'ExecutionType': 'STANDARD'},
                    'StartAt': 'Check', 'States': {
                      'Check': {'Type': 'Choice', 'Choices': [{'Variable': '$', 'StringEquals': 'bad', 'Next': 'Bad'}],
                                'Default': 'Slow'},
                      'Bad': {'Type': 'Fail', 'Error': 'Item.Bad'},
                      'Slow': {'Type': 'Wait', 'Seconds': 60, 'End': true}}}}}}""".formatted(WRITER);
        MockSession session = TaskMocks.builder().resource(PUT).returns(json("{}")).build().session();

        Execution execution = run(definition, "['slow', 'bad']", session);

        assertThat(execution.error()).isEqualTo("States.ExceedToleratedFailureThreshold");
        JsonNode failed = json(session.calls("M").get(0).request().payload().get("Body").asText());
        assertThat(failed).extracting(entry -> entry.get("Status").asText()).containsExactly("ABORTED", "FAILED");
        assertThat(failed.get(0).has("Error")).isFalse();
        assertThat(failed.get(0).get("StopDate").asText()).isEqualTo("2025-01-01T00:00:00.000Z");
    }

    @Test
    void read_batched_and_written_end_to_end_each_entry_holds_its_batch_as_input() {
        String definition = """
                {'StartAt': 'M', 'States': {'M': {'Type': 'Map', 'End': true, 'ToleratedFailureCount': 1,
                  'ItemReader': {'Resource': 'arn:aws:states:::s3:getObject',
                    'ReaderConfig': {'InputType': 'JSONL'}, 'Parameters': {'Bucket': 'in', 'Key': 'items.jsonl'}},
                  'ItemBatcher': {'MaxItemsPerBatch': 2},
                  'ResultWriter': {'Resource': '%s', 'Parameters': {'Bucket': 'out', 'Prefix': 'runs'}},
                  'ItemProcessor': {'ProcessorConfig': {'Mode': 'DISTRIBUTED', 'ExecutionType': 'STANDARD'},
                    'StartAt': 'Check', 'States': {
                      'Check': {'Type': 'Choice', 'Choices': [{'Variable': '$.Items[0]', 'NumericEquals': 3,
                                'Next': 'Bad'}], 'Default': 'Good'},
                      'Bad': {'Type': 'Fail', 'Error': 'Batch.Bad', 'Cause': 'starts with 3'},
                      'Good': {'Type': 'Pass', 'End': true}}}}}}""".formatted(PUT);
        MockSession session = TaskMocks.builder()
                .resource("arn:aws:states:::s3:getObject").returns(json("{'Body': '1\\n2\\n3\\n4\\n5\\n'}"))
                .resource(PUT).returns(json("{}"))
                .build().session();

        Execution execution = run(definition, "{}", session);

        assertThat(execution.error()).isNull();
        List<RecordedCall> puts = session.calls("M").stream()
                .filter(call -> call.request().resource().equals(PUT)).toList();
        assertThat(puts).extracting(call -> call.request().payload().get("Key").asText().replaceAll(".*/", ""))
                .containsExactly("SUCCEEDED_0.json", "FAILED_0.json", "manifest.json");
        JsonNode succeeded = json(puts.get(0).request().payload().get("Body").asText());
        assertThat(succeeded).extracting(entry -> entry.get("Input").asText())
                .containsExactly("{\"Items\":[1,2]}", "{\"Items\":[5]}");
        JsonNode failed = json(puts.get(1).request().payload().get("Body").asText());
        assertThat(failed).singleElement().satisfies(entry -> {
            assertThat(entry.get("Input").asText()).isEqualTo("{\"Items\":[3,4]}");
            assertThat(entry.get("Error").asText()).isEqualTo("Batch.Bad");
        });
    }

    @Test
    void writer_config_alone_transforms_the_state_output_without_writing() {
        String children = "{'StartAt': 'M', 'States': {'M': {'Type': 'Map', 'End': true, %s "
                + "'ItemProcessor': {'ProcessorConfig': {'Mode': 'DISTRIBUTED', 'ExecutionType': 'STANDARD'}, "
                + "'StartAt': 'Pair', 'States': {'Pair': {'Type': 'Pass', 'End': true, "
                + "'Parameters': {'pair.$': 'States.Array($, $)'}, 'OutputPath': '$.pair'}}}}}}";

        Execution compact = run(children.formatted("'ResultWriter': {'WriterConfig': {'Transformation': 'COMPACT'}},"),
                "[1, 2]", TaskMocks.none());
        Execution flatten = run(children.formatted("'ResultWriter': {'WriterConfig': {'Transformation': 'FLATTEN', "
                + "'OutputType': 'JSON'}},"), "[1, 2]", TaskMocks.none());
        Execution none = run(children.formatted("'ResultWriter': {'WriterConfig': {'Transformation': 'NONE'}},"),
                "[1]", TaskMocks.none());

        assertThat(compact.output()).isEqualTo(json("[[1, 1], [2, 2]]"));
        assertThat(flatten.output()).isEqualTo(json("[1, 1, 2, 2]"));
        assertThat(none.output()).singleElement().satisfies(entry -> {
            assertThat(entry.get("Output").asText()).isEqualTo("[1,1]");
            assertThat(entry.get("Status").asText()).isEqualTo("SUCCEEDED");
        });
    }

    @Test
    void a_failed_child_keeps_its_full_entry_under_compact_and_flatten() {
        Execution execution = run(MAP.formatted("'ResultWriter': {'WriterConfig': {'Transformation': 'FLATTEN'}}, "
                + "'ToleratedFailureCount': 1,"), "['a', 'bad']", TaskMocks.none());

        assertThat(execution.output().get(0)).isEqualTo(json("'a'"));
        assertThat(execution.output().get(1).get("Status").asText()).isEqualTo("FAILED");
        assertThat(execution.output().get(1).get("Error").asText()).isEqualTo("Item.Bad");
    }

    @Test
    void exported_files_follow_the_writer_config_and_jsonl_puts_one_entry_per_line() {
        MockSession session = TaskMocks.builder().resource(PUT).returns(json("{}")).build().session();
        String writer = "'ResultWriter': {'WriterConfig': {'Transformation': 'COMPACT', 'OutputType': 'JSONL'}, "
                + "'Resource': '" + PUT + "', 'Parameters': {'Bucket': 'out', 'Prefix': 'runs'}},";

        Execution execution = run(MAP.formatted(writer), "[{'n': 1}, {'n': 2}]", session);

        assertThat(execution.output().has("ResultWriterDetails")).isTrue();
        assertThat(session.calls("M").get(0).request().payload().get("Body").asText())
                .isEqualTo("{\"n\":1}\n{\"n\":2}\n");
    }

    @Test
    void jsonl_without_a_resource_is_refused_at_compile_time() {
        assertThatThrownBy(() -> run(MAP.formatted("'ResultWriter': {'WriterConfig': {'OutputType': 'JSONL'}},"),
                "['a']", TaskMocks.none())).isInstanceOf(UnsupportedOperationException.class)
                .hasMessageContaining("JSONL");
    }

    @Test
    void a_jsonata_result_writer_takes_its_bucket_and_prefix_from_arguments() {
        String definition = """
                {'QueryLanguage': 'JSONata', 'StartAt': 'M', 'States': {'M': {'Type': 'Map', 'End': true,
                  'ResultWriter': {'Resource': '%s',
                    'Arguments': {'Bucket': '{%% $states.input.bucket %%}', 'Prefix': 'runs'}},
                  'Items': '{%% $states.input.items %%}',
                  'ItemProcessor': {'ProcessorConfig': {'Mode': 'DISTRIBUTED', 'ExecutionType': 'STANDARD'},
                    'StartAt': 'P', 'States': {'P': {'Type': 'Pass', 'End': true}}}}}}""".formatted(PUT);
        MockSession session = TaskMocks.builder().resource(PUT).returns(json("{}")).build().session();

        Execution execution = run(definition, "{'bucket': 'mine', 'items': [1]}", session);

        assertThat(execution.output().at("/ResultWriterDetails/Bucket").asText()).isEqualTo("mine");
        assertThat(session.calls("M")).allSatisfy(call ->
                assertThat(call.request().payload().get("Bucket").asText()).isEqualTo("mine"));
    }

    @Test
    void a_jsonata_item_batcher_evaluates_its_limits_and_batch_input() {
        String definition = """
                {'QueryLanguage': 'JSONata', 'StartAt': 'M', 'States': {'M': {'Type': 'Map', 'End': true,
                  'ItemBatcher': {'MaxItemsPerBatch': '{% $states.input.size %}',
                                  'BatchInput': {'tag': '{% $states.input.tag %}'}},
                  'Items': '{% $states.input.items %}',
                  'ItemProcessor': {'ProcessorConfig': {'Mode': 'DISTRIBUTED', 'ExecutionType': 'STANDARD'},
                    'StartAt': 'P', 'States': {'P': {'Type': 'Pass', 'End': true}}}}}}""";

        Execution execution = run(definition, "{'size': 2, 'tag': 't', 'items': [1, 2, 3]}", TaskMocks.none());

        assertThat(execution.output()).isEqualTo(json("[{'BatchInput': {'tag': 't'}, 'Items': [1, 2]}, "
                + "{'BatchInput': {'tag': 't'}, 'Items': [3]}]"));
    }

    @Test
    void a_jsonata_max_items_per_batch_that_is_no_integer_is_a_query_evaluation_error() {
        String definition = """
                {'QueryLanguage': 'JSONata', 'StartAt': 'M', 'States': {'M': {'Type': 'Map', 'End': true,
                  'ItemBatcher': {'MaxItemsPerBatch': '{% 1.5 %}'},
                  'ItemProcessor': {'ProcessorConfig': {'Mode': 'DISTRIBUTED', 'ExecutionType': 'STANDARD'},
                    'StartAt': 'P', 'States': {'P': {'Type': 'Pass', 'End': true}}}}}}""";

        Execution execution = run(definition, "[1]", TaskMocks.none());

        assertThat(execution.error()).isEqualTo("States.QueryEvaluationError");
        assertThat(execution.cause()).isEqualTo("An error occurred while executing the state 'M' (entered at the event "
                + "id #2). The JSONata expression '1.5' specified for the field "
                + "'MaxItemsPerBatch' returned an unexpected value. Expected a non-negative integer, but was: 1.5");
    }
}
