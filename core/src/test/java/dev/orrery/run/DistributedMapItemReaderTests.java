package dev.orrery.run;

import static dev.orrery.run.Runs.json;
import static dev.orrery.run.Runs.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.orrery.mock.MockSession;
import dev.orrery.mock.TaskMocks;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class DistributedMapItemReaderTests {

    private static final String GET = "arn:aws:states:::s3:getObject";

    /** A distributed Map that reads its items with the given ItemReader and passes each one through. */
    private static final String READ = """
            {'StartAt': 'M', 'States': {'M': {'Type': 'Map', 'End': true, 'ItemReader': %s,
              'ItemProcessor': {'ProcessorConfig': {'Mode': 'DISTRIBUTED', 'ExecutionType': 'STANDARD'},
                'StartAt': 'P', 'States': {'P': {'Type': 'Pass', 'End': true}}}}}}""";

    private static String reader(String config) {
        return "{'Resource': '" + GET + "', 'ReaderConfig': " + config
                + ", 'Parameters': {'Bucket': 'in', 'Key.$': '$.key'}}";
    }

    private static TaskMocks object(String content) {
        JsonNode body = JsonNodeFactory.instance.objectNode().set("Body", TextNode.valueOf(content));
        return TaskMocks.builder().resource(GET).returns(body).build();
    }

    private static Execution read(String config, String content) {
        return run(READ.formatted(reader(config)), "{'key': 'data'}", object(content));
    }

    @Test
    void calls_the_reader_resource_through_the_integration_with_the_parameters() {
        MockSession session = object("[1, 2]").session();

        Execution execution = run(READ.formatted(reader("{'InputType': 'JSON'}")), "{'key': 'data.json'}", session);

        assertThat(execution.output()).isEqualTo(json("[1, 2]"));
        assertThat(session.calls("M")).singleElement().satisfies(call -> {
            assertThat(call.request().resource()).isEqualTo(GET);
            assertThat(call.request().payload()).isEqualTo(json("{'Bucket': 'in', 'Key': 'data.json'}"));
        });
    }

    @Test
    void takes_the_object_content_from_a_plain_string_answer_too() {
        TaskMocks mocks = TaskMocks.builder().resource(GET).returns(TextNode.valueOf("[\"a\"]")).build();

        Execution execution = run(READ.formatted(reader("{'InputType': 'JSON'}")), "{'key': 'k'}", mocks);

        assertThat(execution.output()).isEqualTo(json("['a']"));
    }

    @Test
    void reads_json_lines_skipping_blank_lines() {
        Execution execution = read("{'InputType': 'JSONL'}", "{\"a\": 1}\n\n{\"a\": 2}\r\n[3]\n");

        assertThat(execution.output()).isEqualTo(json("[{'a': 1}, {'a': 2}, [3]]"));
    }

    static Stream<Arguments> json_lines_read_line_by_line() {
        return Stream.of(
                Arguments.of("{\"a\": 1} {\"b\": 2}\n{\"c\": 3}", "[{'a': 1}, {'c': 3}]"),
                Arguments.of("1\r2\n3", "[1, 3]"),
                Arguments.of("\f\n {\"a\": [1, 2]} \r\n\n\"x\"\n", "[{'a': [1, 2]}, 'x']"),
                Arguments.of("null\n123\ntrue", "[null, 123, true]"),
                Arguments.of("", "[]"));
    }

    @ParameterizedTest
    @MethodSource
    void json_lines_read_line_by_line(String content, String items) {
        Execution execution = read("{'InputType': 'JSONL'}", content);

        assertThat(execution.output()).isEqualTo(json(items));
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"a\":\n1}", "[1,\n2]\n", "{\"a\": 1}\n{\"b\"", "1\nx"})
    void a_json_value_split_over_lines_or_no_json_fails_with_item_reader_failed(String content) {
        Execution execution = read("{'InputType': 'JSONL'}", content);

        assertThat(execution.error()).isEqualTo("States.ItemReaderFailed");
        assertThat(execution.cause()).isEqualTo("Attempting to map over non-iterable node.");
    }

    @Test
    void reads_csv_rows_as_objects_of_strings_keyed_by_the_first_row() {
        Execution execution = read("{'InputType': 'CSV', 'CSVHeaderLocation': 'FIRST_ROW'}",
                "id,name,score\n1,\"Smith, J\",9.5\n2,\"say \"\"hi\"\"\"\n");

        assertThat(execution.output()).isEqualTo(json("""
                [{'id': '1', 'name': 'Smith, J', 'score': '9.5'}, {'id': '2', 'name': 'say "hi"', 'score': ''}]"""
                .replace("\"hi\"", "\\\"hi\\\"")));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '#', value = {"COMMA#,", "PIPE#|", "SEMICOLON#;", "SPACE#' '", "TAB#'\t'"})
    void reads_csv_with_given_headers_and_the_named_delimiter(String name, char delimiter) {
        Execution execution = read("{'InputType': 'CSV', 'CSVHeaderLocation': 'GIVEN', 'CSVHeaders': ['x', 'y'], "
                + "'CSVDelimiter': '" + name + "'}", "1" + delimiter + "2\n3" + delimiter + "4");

        assertThat(execution.output()).isEqualTo(json("[{'x': '1', 'y': '2'}, {'x': '3', 'y': '4'}]"));
    }

    @Test
    void fails_with_item_reader_failed_on_duplicate_csv_headers() {
        Execution execution = read("{'InputType': 'CSV', 'CSVHeaderLocation': 'GIVEN', 'CSVHeaders': ['a', 'a']}",
                "1,2");

        assertThat(execution.error()).isEqualTo("States.ItemReaderFailed");
        assertThat(execution.cause()).isEqualTo("CSV headers cannot contain duplicates.");
    }

    @Test
    void fails_with_item_reader_failed_when_the_json_is_no_array() {
        Execution execution = read("{'InputType': 'JSON'}", "{\"a\": 1}");

        assertThat(execution.error()).isEqualTo("States.ItemReaderFailed");
        assertThat(execution.cause()).isEqualTo("Attempting to map over non-iterable node.");
    }

    @Test
    void max_items_keeps_the_first_items() {
        Execution execution = read("{'InputType': 'JSON', 'MaxItems': 2}", "[1, 2, 3]");

        assertThat(execution.output()).isEqualTo(json("[1, 2]"));
    }

    @Test
    void max_items_path_reads_the_limit_from_the_input() {
        Execution execution = run(READ.formatted(reader("{'InputType': 'JSON', 'MaxItemsPath': '$.max'}")),
                "{'key': 'k', 'max': 1}", object("[1, 2, 3]"));

        assertThat(execution.output()).isEqualTo(json("[1]"));
    }

    @Test
    void a_negative_max_items_path_value_fails_with_item_reader_failed() {
        Execution execution = run(READ.formatted(reader("{'InputType': 'JSON', 'MaxItemsPath': '$.max'}")),
                "{'key': 'k', 'max': -1}", object("[1]"));

        assertThat(execution.error()).isEqualTo("States.ItemReaderFailed");
        assertThat(execution.cause()).isEqualTo("field MaxItems must be positive");
    }

    @Test
    void a_fractional_max_items_path_value_is_a_runtime_error() {
        Execution execution = run(READ.formatted(reader("{'InputType': 'JSON', 'MaxItemsPath': '$.MaxItems'}")),
                "{'key': 'k', 'MaxItems': 1.5}", object("[1]"));

        assertThat(execution.error()).isEqualTo("States.Runtime");
        assertThat(execution.cause()).isEqualTo("An error occurred while executing the state 'M' (entered at the "
                + "event id #2). The MaxItemsPath field refers to value \"1.5\" which is not a valid integer: "
                + "$.MaxItems");
    }

    @Test
    void list_objects_gives_the_contents_entries_as_items() {
        String list = "arn:aws:states:::s3:listObjectsV2";
        TaskMocks mocks = TaskMocks.builder().resource(list).returns(json(
                "{'Contents': [{'Key': 'a.txt', 'Size': 3}, {'Key': 'b.txt', 'Size': 4}], 'KeyCount': 2}")).build();

        Execution execution = run(READ.formatted("{'Resource': '" + list + "', 'Parameters': {'Bucket': 'in'}}"),
                "{}", mocks);

        assertThat(execution.output()).isEqualTo(json("[{'Key': 'a.txt', 'Size': 3}, {'Key': 'b.txt', 'Size': 4}]"));
    }

    @Test
    void a_failing_reader_call_fails_the_state_with_its_error() {
        TaskMocks mocks = TaskMocks.builder().resource(GET).fails("S3.NoSuchKey", "no such key").build();

        Execution execution = run(READ.formatted(reader("{'InputType': 'JSON'}")), "{'key': 'k'}", mocks);

        assertThat(execution.error()).isEqualTo("S3.NoSuchKey");
        assertThat(execution.cause()).isEqualTo("no such key");
    }

    @Test
    void applies_the_item_selector_to_each_read_item() {
        String definition = READ.formatted(reader("{'InputType': 'JSON'}"))
                .replace("'End': true, 'ItemReader'", "'End': true, 'ItemSelector': {'v.$': '$$.Map.Item.Value', "
                        + "'i.$': '$$.Map.Item.Index'}, 'ItemReader'");

        Execution execution = run(definition, "{'key': 'k'}", object("[\"a\", \"b\"]"));

        assertThat(execution.output()).isEqualTo(json("[{'v': 'a', 'i': 0}, {'v': 'b', 'i': 1}]"));
    }

    @Test
    void a_reader_call_can_be_mocked_by_the_map_state_name() {
        TaskMocks mocks = TaskMocks.builder().state("M").returns(json("{'Body': '[7]'}")).build();

        Execution execution = run(READ.formatted(reader("{'InputType': 'JSON'}")), "{'key': 'k'}", mocks);

        assertThat(execution.output()).isEqualTo(json("[7]"));
    }

    @Test
    void an_empty_csv_object_gives_no_items() {
        Execution execution = read("{'InputType': 'CSV', 'CSVHeaderLocation': 'FIRST_ROW'}", "");

        assertThat(execution.output()).isEqualTo(json("[]"));
    }

    /** An S3 inventory manifest listing two CSV inventory files in the destination bucket. */
    private static final String INVENTORY_MANIFEST = """
            {"sourceBucket": "photos", "destinationBucket": "arn:aws:s3:::inventory",
             "version": "2016-11-30", "creationTimestamp": "1668560400000", "fileFormat": "CSV",
             "fileSchema": "Bucket, Key, Size, LastModifiedDate",
             "files": [{"key": "photos/config/data/one.csv.gz", "size": 70, "MD5checksum": "a"},
                       {"key": "photos/config/data/two.csv.gz", "size": 40, "MD5checksum": "b"}]}""";

    private static MockSession inventory() {
        return TaskMocks.builder()
                .resource(GET).where(request -> request.payload().path("Key").asText().equals("inv/manifest.json"))
                .returns(body(INVENTORY_MANIFEST))
                .resource(GET).where(request -> request.payload().path("Key").asText().endsWith("one.csv.gz"))
                .returns(body("\"photos\",\"a.jpg\",\"10\",\"2022-11-16T00:29:32.000Z\"\n"
                        + "\"photos\",\"b.jpg\",\"20\",\"2022-11-16T00:30:00.000Z\"\n"))
                .resource(GET).where(request -> request.payload().path("Key").asText().endsWith("two.csv.gz"))
                .returns(body("\"photos\",\"c.jpg\",\"30\",\"2022-11-17T00:00:00.000Z\"\n"))
                .build().session();
    }

    private static JsonNode body(String content) {
        return JsonNodeFactory.instance.objectNode().set("Body", TextNode.valueOf(content));
    }

    @Test
    void a_manifest_reader_reads_every_inventory_file_the_manifest_lists_with_its_file_schema_as_headers() {
        MockSession session = inventory();
        String reader = "{'Resource': '" + GET + "', 'ReaderConfig': {'InputType': 'MANIFEST'}, "
                + "'Parameters': {'Bucket': 'inventory', 'Key': 'inv/manifest.json'}}";

        Execution execution = run(READ.formatted(reader), "{}", session);

        assertThat(execution.output()).isEqualTo(json("""
                [{'Bucket': 'photos', 'Key': 'a.jpg', 'Size': '10', 'LastModifiedDate': '2022-11-16T00:29:32.000Z'},
                 {'Bucket': 'photos', 'Key': 'b.jpg', 'Size': '20', 'LastModifiedDate': '2022-11-16T00:30:00.000Z'},
                 {'Bucket': 'photos', 'Key': 'c.jpg', 'Size': '30', 'LastModifiedDate': '2022-11-17T00:00:00.000Z'}]
                """));
        assertThat(session.calls("M")).extracting(call -> call.request().payload()).containsExactly(
                json("{'Bucket': 'inventory', 'Key': 'inv/manifest.json'}"),
                json("{'Bucket': 'inventory', 'Key': 'photos/config/data/one.csv.gz'}"),
                json("{'Bucket': 'inventory', 'Key': 'photos/config/data/two.csv.gz'}"));
    }

    @Test
    void manifest_type_s3_inventory_reads_the_inventory_like_input_type_manifest_and_max_items_applies() {
        String reader = "{'Resource': '" + GET + "', 'ReaderConfig': {'ManifestType': 'S3_INVENTORY', "
                + "'MaxItems': 2}, 'Parameters': {'Bucket': 'inventory', 'Key': 'inv/manifest.json'}}";

        Execution execution = run(READ.formatted(reader), "{}", inventory());

        assertThat(execution.output()).extracting(item -> item.get("Key").asText()).containsExactly("a.jpg", "b.jpg");
    }

    @Test
    void items_pointer_selects_the_nested_array_of_a_json_object() {
        Execution execution = read("{'InputType': 'JSON', 'ItemsPointer': '/inventory/featured'}",
                "{\"inventory\": {\"featured\": [\"x\", \"y\"]}}");

        assertThat(execution.output()).isEqualTo(json("['x', 'y']"));
    }

    @Test
    void load_and_flatten_reads_the_items_of_every_listed_object() {
        String list = "arn:aws:states:::s3:listObjectsV2";
        MockSession session = TaskMocks.builder()
                .resource(list).returns(json("{'Contents': [{'Key': 'p/1.jsonl'}, {'Key': 'p/2.jsonl'}]}"))
                .resource(GET).where(request -> request.payload().path("Key").asText().equals("p/1.jsonl"))
                .returns(body("{\"n\": 1}\n{\"n\": 2}\n"))
                .resource(GET).where(request -> request.payload().path("Key").asText().equals("p/2.jsonl"))
                .returns(body("{\"n\": 3}\n"))
                .build().session();
        String reader = "{'Resource': '" + list + "', 'ReaderConfig': {'InputType': 'JSONL', "
                + "'Transformation': 'LOAD_AND_FLATTEN'}, 'Parameters': {'Bucket': 'logs', 'Prefix': 'p/'}}";

        Execution execution = run(READ.formatted(reader), "{}", session);

        assertThat(execution.output()).isEqualTo(json("[{'n': 1}, {'n': 2}, {'n': 3}]"));
        assertThat(session.calls("M").get(2).request().payload())
                .isEqualTo(json("{'Bucket': 'logs', 'Key': 'p/2.jsonl'}"));
    }

    @Test
    void parquet_and_athena_manifests_are_refused_at_compile_time() {
        assertThatThrownBy(() -> read("{'InputType': 'PARQUET'}", "{}"))
                .isInstanceOf(UnsupportedOperationException.class).hasMessageContaining("PARQUET");
        assertThatThrownBy(() -> read("{'ManifestType': 'ATHENA_DATA', 'InputType': 'CSV'}", "{}"))
                .isInstanceOf(UnsupportedOperationException.class).hasMessageContaining("ATHENA_DATA");
    }

    @Test
    void a_jsonata_reader_evaluates_its_arguments_and_max_items() {
        String definition = """
                {'QueryLanguage': 'JSONata', 'StartAt': 'M', 'States': {'M': {'Type': 'Map', 'End': true,
                  'ItemReader': {'Resource': '%s', 'ReaderConfig': {'InputType': 'JSON',
                                   'MaxItems': '{%% $states.input.limit %%}'},
                                 'Arguments': {'Bucket': 'in', 'Key': '{%% $states.input.key %%}'}},
                  'ItemProcessor': {'ProcessorConfig': {'Mode': 'DISTRIBUTED', 'ExecutionType': 'STANDARD'},
                    'StartAt': 'P', 'States': {'P': {'Type': 'Pass', 'End': true}}}}}}""".formatted(GET);
        MockSession session = object("[1, 2, 3]").session();

        Execution execution = run(definition, "{'key': 'data.json', 'limit': 2}", session);

        assertThat(execution.output()).isEqualTo(json("[1, 2]"));
        assertThat(session.calls("M")).singleElement().satisfies(call ->
                assertThat(call.request().payload()).isEqualTo(json("{'Bucket': 'in', 'Key': 'data.json'}")));
    }
}
