package dev.orrery.internal.jsonata;

import static dev.orrery.internal.jsonata.Json.bindings;
import static dev.orrery.internal.jsonata.Json.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.dashjoin.jsonata.Jsonata;
import com.dashjoin.jsonata.Utils;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JsonataValuesTests {

    private static JsonNode eval(String expression, String input) throws Exception {
        return JsonataExpression.compileDelimited(expression).evaluate(bindings(input), "Output");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{% 3.0 %}|3",
        "{% 6 / 3 %}|2",
        "{% 10 / 4 %}|2.5",
        "{% 10000000000 %}|10000000000",
        "{% 1e300 %}|1.0E300",
        "{% -0 %}|0",
        "{% 0.1 + 0.2 %}|0.30000000000000004"})
    void converts_numbers_keeping_whole_numbers_integral(String expression, String expected) throws Exception {
        JsonNode value = eval(expression, "{}");
        assertThat(value.toString()).isEqualTo(expected);
        assertThat(value.isIntegralNumber()).isEqualTo(!expected.contains(".") && !expected.contains("E"));
    }

    @Test
    void keeps_integers_of_the_input_integral() throws Exception {
        assertThat(eval("{% $states.input %}", "{'i':1,'l':12345678901,'d':1.5}").toString())
                .isEqualTo("{\"i\":1,\"l\":12345678901,\"d\":1.5}");
    }

    @Test
    void distinguishes_json_null_from_undefined() throws Exception {
        assertThat(eval("{% $states.input.a %}", "{'a':null}").isNull()).isTrue();
        assertThat(eval("{% $states.input.a = null %}", "{'a':null}").booleanValue()).isTrue();
        assertThat(JsonataValues.toJson(null)).isNull();
        assertThat(JsonataValues.toJson(Jsonata.NULL_VALUE).isNull()).isTrue();
    }

    @Test
    void drops_undefined_fields_and_elements() throws Exception {
        assertThat(eval("{% {'a': $states.input.none, 'b': 1} %}", "{}")).isEqualTo(json("{'b':1}"));
        assertThat(JsonataValues.toJson(new ArrayList<>(Arrays.asList(1, null, 2)))).isEqualTo(json("[1,2]"));
    }

    @Test
    void converts_objects_and_arrays_recursively() throws Exception {
        assertThat(eval("{% {'a': [1, 'x', true, null, {'b': []}]} %}", "{}"))
                .isEqualTo(json("{'a':[1,'x',true,null,{'b':[]}]}"));
    }

    @Test
    void an_input_array_stays_an_array() throws Exception {
        assertThat(eval("{% $states.input %}", "[1]")).isEqualTo(json("[1]"));
        assertThat(eval("{% $states.input.a %}", "{'a':[1]}")).isEqualTo(json("[1]"));
    }

    @Test
    void a_sequence_of_one_value_is_that_value_and_an_empty_one_is_undefined() {
        List<Object> one = Utils.createSequence(5);
        assertThat(JsonataValues.toJson(one)).isEqualTo(json("5"));
        assertThat(JsonataValues.toJson(Utils.createSequence())).isNull();
        List<Object> two = Utils.createSequence(1);
        two.add(2);
        assertThat(JsonataValues.toJson(two)).isEqualTo(json("[1,2]"));
    }

    @Test
    void a_path_over_an_array_yields_an_array() throws Exception {
        assertThat(eval("{% $states.input.items.id %}", "{'items':[{'id':1},{'id':2}]}")).isEqualTo(json("[1,2]"));
        assertThat(eval("{% $states.input.items.id %}", "{'items':[{'id':1}]}")).isEqualTo(json("1"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "{% {'ids': $states.input.one.id} %}|{'ids':1}",
        "{% {'ids': $states.input.two.id} %}|{'ids':[1,2]}",
        "{% [$states.input.one.id] %}|[1]",
        "{% {'ids': [$states.input.one.id]} %}|{'ids':[1]}",
        "{% $states.input.two[0].id %}|1",
        "{% $states.input.two.id[] %}|[1,2]",
        "{% $states.input.one.id[] %}|[1]",
        "{% $states.input.two[id > 5] %}|undefined"})
    void follows_jsonata_sequence_rules(String expression, String expected) throws Exception {
        JsonNode value = JsonataExpression.compileDelimited(expression)
                .evaluateOrUndefined(bindings("{'one':[{'id':1}],'two':[{'id':1},{'id':2}]}"), "Output");
        assertThat(value).isEqualTo(expected.equals("undefined") ? null : json(expected));
    }

    @Test
    void converts_json_to_jsonata_values() {
        Object value = JsonataValues.toJsonata(json("{'a':[1,2.5,'s',false,null]}"));
        assertThat(value).isEqualTo(Map.of("a", List.of(1, 2.5, "s", false, Jsonata.NULL_VALUE)));
    }

    @Test
    void refuses_functions_and_infinite_numbers() {
        assertThatThrownBy(() -> JsonataValues.toJson(new Object()))
                .isInstanceOf(UnsupportedResultException.class);
        assertThatThrownBy(() -> JsonataValues.number(Double.POSITIVE_INFINITY))
                .isInstanceOf(UnsupportedResultException.class);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"{}|object", "[]|array", "\"s\"|string", "1|number", "true|boolean",
        "null|null"})
    void names_json_types_as_aws_does(String value, String type) {
        assertThat(JsonataValues.typeName(json(value))).isEqualTo(type);
    }
}
