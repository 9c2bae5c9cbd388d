package dev.orrery.internal.jsonpath;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.orrery.internal.eval.EvaluationContext;
import dev.orrery.internal.eval.StatesException;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class FilterRegexBoundTests {

    private static final EvaluationContext CONTEXT = TestJson.context(TestJson.json("{}"), Map.of());

    private static JsonNode json(String text) throws Exception {
        return new ObjectMapper().readTree(text.replace('\'', '"'));
    }

    @Test
    @Timeout(60)
    void fails_a_filter_whose_regular_expression_backtracks_past_its_bound() throws Exception {
        CompiledPath path = CompiledPath.compile("$.a[?(@.s =~ /(.*a){12}!/)]");
        JsonNode input = json("{'a': [{'s': '" + "a".repeat(40) + "'}]}");

        assertThatThrownBy(() -> path.select(input, CONTEXT))
                .isInstanceOfSatisfying(StatesException.class, e -> {
                    assertThat(e.error()).isEqualTo("States.Runtime");
                    assertThat(e.cause()).isEqualTo("The regular expression /(.*a){12}!/ of a JSONPath filter "
                            + "exceeded Orrery's bound of 10000000 character reads: it backtracks too much; simplify it");
                });
    }

    @Test
    void filters_with_an_ordinary_regular_expression_as_jayway_does() throws Exception {
        CompiledPath path = CompiledPath.compile("$.a[?(@.s =~ /b.*/i)].s");
        JsonNode input = json("{'a': [{'s': 'Bob'}, {'s': 'ann'}, {'s': 'bill'}]}");

        assertThat(path.select(input, CONTEXT)).isEqualTo(json("['Bob', 'bill']"));
    }
}
