package dev.orrery.internal.dataflow;

import static dev.orrery.internal.dataflow.DataflowJson.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orrery.internal.eval.ExpressionSyntaxException;
import dev.orrery.internal.eval.StatesException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ReferencePathTests {

    private static final JsonNode RESULT = json("`Hello, Step Functions!`");

    @Test
    void replaces_the_input_with_the_result_for_the_root_path() throws ExpressionSyntaxException {
        ReferencePath path = ReferencePath.compile("$");

        assertThat(path.isRoot()).isTrue();
        assertThat(path.merge(json("{`a`:1}"), RESULT)).isSameAs(RESULT);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "$.taskresult      | {`comment`:`c`,`list`:[1,2],`taskresult`:`Hello, Step Functions!`}",
        "$.comment         | {`comment`:`Hello, Step Functions!`,`list`:[1,2]}",
        "$['a b']          | {`comment`:`c`,`list`:[1,2],`a b`:`Hello, Step Functions!`}",
        "$.x.y.z           | {`comment`:`c`,`list`:[1,2],`x`:{`y`:{`z`:`Hello, Step Functions!`}}}",
        "$.list[1]         | {`comment`:`c`,`list`:[1,`Hello, Step Functions!`]}",
        "$.list[-1]        | {`comment`:`c`,`list`:[1,`Hello, Step Functions!`]}"})
    void places_the_result_at_the_path(String path, String expected) throws ExpressionSyntaxException {
        JsonNode input = json("{`comment`:`c`,`list`:[1,2]}");

        assertThat(ReferencePath.compile(path.strip()).merge(input, RESULT)).isEqualTo(json(expected));
    }

    @Test
    void places_the_result_inside_existing_objects_and_keeps_their_other_fields() throws ExpressionSyntaxException {
        JsonNode input = json("{`a`:{`keep`:1,`b`:{`old`:true}},`c`:[{`d`:1}]}");

        JsonNode merged = ReferencePath.compile("$.a.b.new").merge(input, RESULT);

        assertThat(merged).isEqualTo(json("{`a`:{`keep`:1,`b`:{`old`:true,`new`:`Hello, Step Functions!`}},"
                + "`c`:[{`d`:1}]}"));
    }

    @Test
    void leaves_the_input_unchanged_and_shares_what_is_off_the_path() throws ExpressionSyntaxException {
        JsonNode input = json("{`a`:{`keep`:{`big`:[1,2,3]},`b`:{}},`c`:[{`d`:1}]}");
        JsonNode before = input.deepCopy();

        JsonNode merged = ReferencePath.compile("$.a.b.result").merge(input, RESULT);

        assertThat(input).isEqualTo(before);
        assertThat(merged).isNotSameAs(input);
        assertThat(merged.get("c")).isSameAs(input.get("c"));
        assertThat(merged.get("a").get("keep")).isSameAs(input.get("a").get("keep"));
        assertThat(merged.get("a").get("b").get("result")).isSameAs(RESULT);
    }

    @Test
    void leaves_an_input_array_unchanged_when_placing_into_it() throws ExpressionSyntaxException {
        JsonNode input = json("{`list`:[{`a`:1},{`b`:2}]}");
        JsonNode before = input.deepCopy();

        JsonNode merged = ReferencePath.compile("$.list[0].r").merge(input, RESULT);

        assertThat(input).isEqualTo(before);
        assertThat(merged).isEqualTo(json("{`list`:[{`a`:1,`r`:`Hello, Step Functions!`},{`b`:2}]}"));
        assertThat(merged.get("list").get(1)).isSameAs(input.get("list").get(1));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "`input1`  | Unable to apply ReferencePath $.someTaskResult to input \"input1\"",
        "[1,2]     | Unable to apply ReferencePath $.someTaskResult to input [1,2]",
        "null      | Unable to apply ReferencePath $.someTaskResult to input null",
        "42        | Unable to apply ReferencePath $.someTaskResult to input 42"})
    void fails_with_a_conflict_when_the_input_is_not_an_object(String input, String cause)
            throws ExpressionSyntaxException {
        ReferencePath path = ReferencePath.compile("$.someTaskResult");

        assertThatThrownBy(() -> path.merge(json(input), RESULT))
                .isInstanceOfSatisfying(StatesException.class, e -> {
                    assertThat(e.error()).isEqualTo("States.ReferencePathConflict");
                    assertThat(e.cause()).isEqualTo(cause);
                });
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "$.a.b     | {`a`:5}          | Unable to apply step \"b\" to input {\"a\":5}",
        "$.a.b.c   | {`a`:{`b`:`s`}}  | Unable to apply step \"c\" to input {\"a\":{\"b\":\"s\"}}",
        "$.a.b     | {`a`:null}       | Unable to apply step \"b\" to input {\"a\":null}",
        "$.a[3]    | {`a`:[1]}        | Unable to apply step \"[3]\" to input {\"a\":[1]}",
        "$.a[0]    | {}               | Unable to apply step \"[0]\" to input {}"})
    void fails_with_a_conflict_when_a_step_meets_a_value_that_is_not_an_object(String path, String input,
            String cause) throws ExpressionSyntaxException {
        ReferencePath compiled = ReferencePath.compile(path.strip());

        assertThatThrownBy(() -> compiled.merge(json(input), RESULT))
                .isInstanceOfSatisfying(StatesException.class, e -> {
                    assertThat(e.error()).isEqualTo("States.ReferencePathConflict");
                    assertThat(e.cause()).isEqualTo(cause);
                });
    }

    @ParameterizedTest
    @ValueSource(strings = {"a", "", "$.", "$.a[*]", "$..a", "$.a[0:1]", "$.a[0,1]", "$.a[?(@.b)]", "$$.Execution",
        "$var.x", "$.a.length()"})
    void rejects_paths_that_are_not_reference_paths(String path) {
        assertThatThrownBy(() -> ReferencePath.compile(path)).isInstanceOf(ExpressionSyntaxException.class);
    }
}
