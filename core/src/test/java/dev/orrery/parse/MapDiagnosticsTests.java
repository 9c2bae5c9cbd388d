package dev.orrery.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MapDiagnosticsTests {

    /** A Map state in the given mode with the given extra fields. */
    private static final String MAP = """
            {"StartAt": "M",
             "States": {"M": {"Type": "Map", "End": true, %s
               "ItemProcessor": {"ProcessorConfig": {"Mode": "%s"},
                 "StartAt": "P", "States": {"P": {"Type": "Pass", "End": true}}}}}}""";

    private static final String READER = """
            "ItemReader": {"Resource": "arn:aws:states:::s3:getObject", "ReaderConfig": %s,
                           "Parameters": {"Bucket": "b", "Key": "k"}},""";

    @Test
    void warns_about_an_item_reader_on_an_inline_map_at_the_field() {
        ParseResult result = AslParser.parse(MAP.formatted(READER.formatted("{\"InputType\": \"JSON\"}"),
                "INLINE"), "t.json");

        assertThat(result.isValid()).isTrue();
        assertThat(result.diagnostics()).singleElement().satisfies(diagnostic -> {
            assertThat(diagnostic.severity()).isEqualTo(Severity.WARNING);
            assertThat(diagnostic.location()).isEqualTo("/States/M/ItemReader");
            assertThat(diagnostic.position().line()).isEqualTo(2);
            assertThat(diagnostic.message()).isEqualTo("The field 'ItemReader' is documented for Map states in "
                    + "DISTRIBUTED mode only (ItemProcessor.ProcessorConfig.Mode); Orrery ignores it on this INLINE Map"
                    + " state: set Mode to DISTRIBUTED for it to take effect");
        });
    }

    @Test
    void warns_about_every_distributed_only_field_of_an_inline_map_but_not_about_tolerated_failures() {
        List<Diagnostic> diagnostics = AslParser.parse(MAP.formatted("""
                "ItemBatcher": {"MaxItemsPerBatch": 2}, "ResultWriter": {"WriterConfig": {"OutputType": "JSON"}},
                "ToleratedFailureCount": 1, "ToleratedFailurePercentagePath": "$.p", "Label": "x",""", "INLINE"),
                "t.json").diagnostics();

        assertThat(diagnostics).extracting(Diagnostic::location).containsExactlyInAnyOrder("/States/M/ItemBatcher",
                "/States/M/ResultWriter", "/States/M/Label");
    }

    @Test
    void accepts_the_same_fields_on_a_distributed_map() {
        ParseResult result = AslParser.parse(MAP.formatted("""
                "ItemBatcher": {"MaxItemsPerBatch": 2}, "ResultWriter": {"WriterConfig": {"OutputType": "JSON"}},
                "ToleratedFailureCount": 1, "Label": "x",""", "DISTRIBUTED"), "t.json");

        assertThat(result.errors()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "label with space", "a#b", "a/b", "a:b", "tab\\there", "nul\\u0000", "c1\\u0085"})
    void refuses_an_empty_label_or_one_with_a_character_aws_forbids(String label) {
        List<Diagnostic> diagnostics = errors(MAP.formatted("\"Label\": \"" + label + "\",", "DISTRIBUTED"));

        assertThat(diagnostics).singleElement().satisfies(diagnostic -> {
            assertThat(diagnostic.code()).isEqualTo("INVALID_LABEL_NAME");
            assertThat(diagnostic.location()).isEqualTo("/States/M/Label");
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"my-label_1", "Label.v2", "x"})
    void accepts_a_label_of_letters_digits_and_dashes(String label) {
        assertThat(AslParser.parse(MAP.formatted("\"Label\": \"" + label + "\",", "DISTRIBUTED")).errors())
                .isEmpty();
    }

    @Test
    void reports_reader_config_values_aws_does_not_know() {
        List<Diagnostic> diagnostics = errors(MAP.formatted(READER.formatted("""
                {"InputType": "XML", "CSVDelimiter": "COLON", "ManifestType": "S3"}"""), "DISTRIBUTED"));

        assertThat(diagnostics).extracting(Diagnostic::message).containsExactly(
                "\"InputType\" must be one of [CSV, JSON, JSONL, PARQUET, MANIFEST] but was \"XML\"",
                "\"CSVDelimiter\" must be one of [COMMA, PIPE, SEMICOLON, SPACE, TAB] but was \"COLON\"",
                "\"ManifestType\" must be one of [ATHENA_DATA, S3_INVENTORY] but was \"S3\"");
    }

    @Test
    void reports_an_input_type_beside_manifest_type_s3_inventory_and_load_and_flatten_without_input_type() {
        List<Diagnostic> inventory = errors(MAP.formatted(READER.formatted("""
                {"ManifestType": "S3_INVENTORY", "InputType": "CSV"}"""), "DISTRIBUTED"));
        List<Diagnostic> flatten = errors(MAP.formatted(READER.formatted("""
                {"Transformation": "LOAD_AND_FLATTEN"}"""), "DISTRIBUTED"));

        assertThat(inventory).extracting(Diagnostic::location)
                .containsExactly("/States/M/ItemReader/ReaderConfig/InputType");
        assertThat(flatten).extracting(Diagnostic::location)
                .containsExactly("/States/M/ItemReader/ReaderConfig/Transformation");
    }

    @Test
    void reports_an_items_pointer_that_is_no_json_pointer() {
        List<Diagnostic> diagnostics = errors(MAP.formatted(READER.formatted("""
                {"InputType": "JSON", "ItemsPointer": "inventory/products"}"""), "DISTRIBUTED"));

        assertThat(diagnostics).extracting(Diagnostic::location)
                .containsExactly("/States/M/ItemReader/ReaderConfig/ItemsPointer");
    }

    @Test
    void reports_an_empty_result_writer_and_writer_config_values_aws_does_not_know() {
        List<Diagnostic> empty = errors(MAP.formatted("\"ResultWriter\": {},", "DISTRIBUTED"));
        List<Diagnostic> config = errors(MAP.formatted("""
                "ResultWriter": {"WriterConfig": {"Transformation": "SQUASH", "OutputTyp": "JSON"}},""",
                "DISTRIBUTED"));

        assertThat(empty).extracting(Diagnostic::message).containsExactly("A ResultWriter needs WriterConfig, or "
                + "Resource with Parameters (JSONata: Arguments), or all three");
        assertThat(config).extracting(Diagnostic::location).containsExactly(
                "/States/M/ResultWriter/WriterConfig/Transformation", "/States/M/ResultWriter/WriterConfig/OutputTyp");
    }

    private static List<Diagnostic> errors(String text) {
        ParseResult result = AslParser.parse(text, "t.json");
        assertThat(result.stateMachine()).isNull();
        return result.errors();
    }
}
