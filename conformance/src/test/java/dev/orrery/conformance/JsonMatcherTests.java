package dev.orrery.conformance;

import static dev.orrery.conformance.Fixtures.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.LongNode;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonMatcherTests {

    private static Redactions redactions(String json) {
        return Redactions.fromJson(json(json));
    }

    private final JsonMatcher plain = new JsonMatcher(Redactions.none(), false);

    @Test
    void compares_numbers_by_value_but_keeps_integers_and_decimals_apart() {
        assertThat(plain.compare("v", List.of(), json("1"), LongNode.valueOf(1))).isNull();
        assertThat(plain.compare("v", List.of(), json("1.5"), json("1.50"))).isNull();
        assertThat(plain.compare("v", List.of(), json("1"), json("1.0")))
                .isEqualTo(new Difference("v", "1", "1.0"));
    }

    @Test
    void reports_the_nested_field_of_the_first_difference() {
        Difference difference = plain.compare("output", List.of("output"),
                json("{'items': [{'id': 1}, {'id': 2}]}"), json("{'items': [{'id': 1}, {'id': 3}]}"));

        assertThat(difference).isEqualTo(new Difference("output.items[1].id", "2", "3"));
    }

    @Test
    void reports_missing_and_extra_fields_and_array_lengths() {
        assertThat(plain.compare("o", List.of(), json("{'a': 1, 'b': 2}"), json("{'a': 1}")))
                .isEqualTo(new Difference("o.b", "2", JsonMatcher.MISSING));
        assertThat(plain.compare("o", List.of(), json("{'a': 1}"), json("{'a': 1, 'c': true}")))
                .isEqualTo(new Difference("o.c", JsonMatcher.MISSING, "true"));
        assertThat(plain.compare("o", List.of(), json("[1, 2]"), json("[1, 2, 3]")))
                .isEqualTo(new Difference("o.length", "2", "3"));
    }

    @Test
    void treats_placeholders_as_wildcards_bound_consistently() {
        JsonMatcher matcher = new JsonMatcher(redactions("{'placeholders': ['<uuid:1>']}"), false);

        assertThat(matcher.compare("a", List.of(), json("'id-<uuid:1>'"), json("'id-1234'"))).isNull();
        assertThat(matcher.compare("b", List.of(), json("'<uuid:1>'"), json("'1234'"))).isNull();
        assertThat(matcher.compare("c", List.of(), json("'<uuid:1>'"), json("'9999'")))
                .isEqualTo(new Difference("c", "\"<uuid:1>\"", "\"9999\""));
    }

    @Test
    void restores_bindings_from_a_snapshot() {
        JsonMatcher matcher = new JsonMatcher(redactions("{'placeholders': ['<x>']}"), false);
        var before = matcher.snapshot();
        assertThat(matcher.compare("a", List.of(), json("'<x>'"), json("'one'"))).isNull();

        matcher.restore(before);

        assertThat(matcher.compare("a", List.of(), json("'<x>'"), json("'two'"))).isNull();
    }

    @Test
    void accepts_any_value_where_the_recorder_redacted_a_path() {
        JsonMatcher matcher = new JsonMatcher(
                redactions("{'paths': [{'path': '$..TaskToken', 'replacement': 'task_token'}]}"), false);

        assertThat(matcher.compare("output", List.of("output"), json("{'TaskToken': 'task_token', 'n': 1}"),
                json("{'TaskToken': 'abc', 'n': 1}"))).isNull();
        assertThat(matcher.compare("output", List.of("output"), json("{'Other': 'task_token'}"),
                json("{'Other': 'abc'}"))).isNotNull();
    }

    @Test
    void compares_reserialized_causes_as_parsed_json() {
        JsonMatcher reserialized = new JsonMatcher(Redactions.none(), true);
        String recorded = "{\"b\": 1, \"a\": \"x\"}";
        String ours = "{\"a\":\"x\",\"b\":1}";

        assertThat(reserialized.compareText("cause", List.of("cause"), recorded, ours)).isNull();
        assertThat(plain.compareText("cause", List.of("cause"), recorded, ours)).isNotNull();
        assertThat(reserialized.compareText("cause", List.of("cause"), recorded, "{\"a\":\"y\",\"b\":1}"))
                .isEqualTo(new Difference("cause.a", "\"x\"", "\"y\""));
    }

    @Test
    void treats_a_missing_value_like_json_null() {
        assertThat(plain.compareText("error", List.of("error"), null, null)).isNull();
        assertThat(plain.compareText("error", List.of("error"), null, "States.Runtime"))
                .isEqualTo(new Difference("error", "null", "\"States.Runtime\""));
    }
}
