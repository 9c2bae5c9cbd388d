package dev.orrery.internal.parser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orrery.parse.SourcePosition;
import java.util.List;
import org.junit.jupiter.api.Test;

class PositionedJsonReaderTests {

    @Test
    void records_the_position_of_keys_and_array_elements_by_pointer() {
        // GIVEN
        Diagnostics diagnostics = new Diagnostics("f.json");
        // WHEN
        JsonDocument document = PositionedJsonReader.read("{\n  \"a/b\": [1,\n    {\"c~d\": true}]}", "f.json",
                diagnostics);
        // THEN
        assertThat(document).isNotNull();
        assertThat(document.position("/a~1b")).isEqualTo(new SourcePosition("f.json", 2, 3));
        assertThat(document.position("/a~1b/1")).isEqualTo(new SourcePosition("f.json", 3, 5));
        assertThat(document.position("/a~1b/1/c~0d")).isEqualTo(new SourcePosition("f.json", 3, 6));
        assertThat(document.position("/a~1b/1/c~0d/missing")).isEqualTo(new SourcePosition("f.json", 3, 6));
        assertThat(diagnostics.sorted()).isEmpty();
    }

    @Test
    void reports_duplicate_keys_at_the_second_occurrence() {
        Diagnostics diagnostics = new Diagnostics("f.json");

        PositionedJsonReader.read("{\"a\": 1,\n \"a\": 2}", "f.json", diagnostics);

        assertThat(diagnostics.sorted()).extracting(Object::toString).containsExactly(
                "f.json:2:2 (/a): duplicate field \"a\" in one JSON object; only one may be given");
    }

    @Test
    void reports_trailing_content_and_empty_text() {
        Diagnostics trailing = new Diagnostics("f.json");
        Diagnostics empty = new Diagnostics("f.json");

        PositionedJsonReader.read("{} {}", "f.json", trailing);
        PositionedJsonReader.read("  ", "f.json", empty);

        assertThat(trailing.sorted()).singleElement().extracting(d -> d.code()).isEqualTo("INVALID_JSON_DESCRIPTION");
        assertThat(empty.sorted()).singleElement().extracting(d -> d.message())
                .isEqualTo("the definition is empty; expected a JSON object");
    }

    @Test
    void suggests_the_closest_name_only_when_it_is_close() {
        List<String> names = List.of("Next", "End", "Parameters");

        assertThat(Suggestions.didYouMean("Nxt", names)).isEqualTo("; did you mean \"Next\"?");
        assertThat(Suggestions.didYouMean("parameter", names)).isEqualTo("; did you mean \"Parameters\"?");
        assertThat(Suggestions.didYouMean("Completely", names)).isEmpty();
    }
}
