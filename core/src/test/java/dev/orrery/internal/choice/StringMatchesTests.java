package dev.orrery.internal.choice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.orrery.internal.eval.ExpressionSyntaxException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StringMatchesTests {

    /** Patterns and values are written raw here (no JSON escaping): {@code \*} is backslash, star. */
    @ParameterizedTest(name = "''{1}'' matches ''{0}'' is {2}")
    @CsvSource(delimiter = '|', value = {
        "foo*.log   | foo23.log   | true",
        "foo*.log   | foo.log     | true",
        "*.log      | zebra.log   | true",
        "foo*.*     | foobar.zebra| true",
        "foo*.log   | foo23.txt   | false",
        "*          | ''          | true",
        "*          | anything    | true",
        "a*b*c      | aXbYc       | true",
        "a*b*c      | acb         | false",
        "log        | log         | true",
        "log        | logs        | false",
        "log        | Log         | false",
        "a.c        | abc         | false",
        "a?c        | abc         | false",
        "[a]        | [a]         | true",
        "\\*        | *           | true",
        "\\*        | x           | false",
        "a\\*b      | a*b         | true",
        "a\\*b      | axyzb       | false",
        "\\\\       | \\          | true",
        "\\\\*      | \\abc       | true",
        "\\\\\\*    | \\*         | true",
        "\\a        | a           | true",
        "ab*ba      | aba         | false",
        "ab*ba      | abba        | true",
        "a*a        | a           | false",
        "*a*a*      | aa          | true",
        "**         | ''          | true",
        "a**b       | ab          | true"
    })
    void matches_stars_as_wildcards_and_escapes_as_literals(String pattern, String value, boolean expected)
            throws Exception {
        CompiledCondition condition = StringMatches.compile(ChoicePath.compile("$.v", "Variable"), pattern);
        var input = JsonNodeFactory.instance.objectNode().put("v", value);

        assertThat(condition.test(input, ChoiceOracle.context(input, java.util.Map.of()))).isEqualTo(expected);
    }

    @Test
    void matches_across_line_breaks() throws Exception {
        assertThat(Rules.test("{\"Variable\": \"$.v\", \"StringMatches\": \"a*z\"}", "{\"v\": \"a\\nb\\nz\"}"))
                .isTrue();
    }

    @Test
    void reads_the_json_escaped_pattern_of_a_definition() throws Exception {
        // GIVEN the definition text "log-\\*" which is the pattern log-\* (a literal star)
        String rule = "{\"Variable\": \"$.v\", \"StringMatches\": \"log-\\\\*\"}";

        assertThat(Rules.test(rule, "{\"v\": \"log-*\"}")).isTrue();
        assertThat(Rules.test(rule, "{\"v\": \"log-1\"}")).isFalse();
    }

    @Test
    void is_false_for_values_that_are_not_strings() throws Exception {
        assertThat(Rules.test("{\"Variable\": \"$.v\", \"StringMatches\": \"*\"}", "{\"v\": 1}")).isFalse();
        assertThat(Rules.test("{\"Variable\": \"$.v\", \"StringMatches\": \"*\"}", "{\"v\": null}")).isFalse();
    }

    @Test
    void rejects_a_pattern_ending_with_an_open_escape() {
        assertThatThrownBy(() -> StringMatches.compile(ChoicePath.compile("$.v", "Variable"), "abc\\"))
                .isInstanceOf(ExpressionSyntaxException.class)
                .hasMessageContaining("open escape");
    }

    @Test
    void matches_a_pattern_of_many_stars_against_a_long_value_without_backtracking() throws Exception {
        // GIVEN a pattern that makes a backtracking regex take exponential time on a value it does not match
        CompiledCondition condition = StringMatches.compile(ChoicePath.compile("$.v", "Variable"), "a*a*a*a*a*a*a*a*b");
        var input = JsonNodeFactory.instance.objectNode().put("v", "a".repeat(5_000));

        // WHEN / THEN it answers (a regex would not within the test's lifetime)
        assertThat(condition.test(input, ChoiceOracle.context(input, java.util.Map.of()))).isFalse();
    }
}
