package dev.orrery.internal.intrinsics;

import static dev.orrery.internal.intrinsics.Intrinsics.evaluate;
import static dev.orrery.internal.intrinsics.Intrinsics.json;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JsonFunctionsTests {

    // Recorded on AWS (BASE_ASSIGN_FROM_INTRINSIC_FUNCTION, BASE_REFERENCE_IN_INTRINSIC_FUNCTION) and guide examples.
    @ParameterizedTest(name = "{0} over {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            States.JsonMerge($.a, $.b, false)   | {"a":{"a":1,"b":2},"b":{"c":3,"d":4}}          | {"a":1,"b":2,"c":3,"d":4}
            States.JsonMerge($.a, $.b, false)   | {"a":{"x":{"p":1},"y":1},"b":{"x":{"q":2}}}    | {"x":{"q":2},"y":1}
            States.StringToJson($.s)            | {"s":"{\\"key\\":\\"value\\"}"}                | {"key":"value"}
            States.StringToJson($.s)            | {"s":"{\\"foo\\": \\"bar\\"}"}                 | {"foo":"bar"}
            States.StringToJson($.s)            | {"s":"[1, 2.5, null]"}                         | [1,2.5,null]
            States.JsonToString($.o)            | {"o":{"test":"object"}}                        | "{\\"test\\":\\"object\\"}"
            States.JsonToString($.o)            | {"o":{"foo":"bar","n":[1,2.5,true,null]}}      | "{\\"foo\\":\\"bar\\",\\"n\\":[1,2.5,true,null]}"
            States.JsonToString($.o)            | {"o":"text"}                                   | "\\"text\\""
            """)
    void transforms_json(String expression, String input, String expected) throws Exception {
        assertThat(evaluate(expression, input)).isEqualTo(json(expected));
    }

    @Test
    void keeps_the_position_of_a_field_the_right_object_overrides() throws Exception {
        var merged = evaluate("States.JsonMerge($.a, $.b, false)", "{\"a\":{\"x\":1,\"y\":2},\"b\":{\"x\":3}}");
        assertThat(merged.toString()).isEqualTo("{\"x\":3,\"y\":2}");
    }

    @Test
    void round_trips_through_string_and_back() throws Exception {
        var value = evaluate("States.StringToJson(States.JsonToString($))", "{\"a\":[1,{\"b\":null}]}");
        assertThat(value).isEqualTo(json("{\"a\":[1,{\"b\":null}]}"));
    }
}
