package dev.orrery.internal.intrinsics;

import static dev.orrery.internal.intrinsics.Intrinsics.evaluate;
import static dev.orrery.internal.intrinsics.Intrinsics.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.orrery.internal.eval.ExpressionSyntaxException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IntrinsicParserTests {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            States.Array(1, -2, 3.5, -0.25, 1e2, true, false, null)  | [1,-2,3.5,-0.25,100.0,true,false,null]
            States.Array( 'a' ,'b\\'c', '\\{\\}', '\\\\' )             | ["a","b'c","{}","\\\\"]
            States.Array(4294967296, 'x,y)z')                         | [4294967296,"x,y)z"]
            States.Array($, $.a[0], $['b'])                          | [{"a":[7],"b":8},7,8]
            States.Array(States.Array(), States.ArrayLength($.a))     | [[],1]
            """)
    void parses_every_kind_of_argument(String expression, String expected) throws Exception {
        assertThat(evaluate(expression, "{\"a\":[7],\"b\":8}")).isEqualTo(json(expected));
    }

    @Test
    void reads_workflow_variables() throws Exception {
        var context = new VariableContext("name", json("{\"first\":\"Ada\"}"));
        assertThat(evaluate("States.Format('Hi {}', $name.first)", "{}", context).textValue()).isEqualTo("Hi Ada");
    }

    @Test
    void accepts_ten_nested_calls() throws Exception {
        String call = "$.a";
        for (int i = 0; i < 10; i++) {
            call = "States.MathAdd(" + call + ", 1)";
        }
        assertThat(evaluate(call, "{\"a\":0}")).isEqualTo(json("10"));
    }

    @Test
    void rejects_an_eleventh_nested_call() {
        String call = "$.a";
        for (int i = 0; i < 11; i++) {
            call = "States.MathAdd(" + call + ", 1)";
        }
        String text = call;
        assertThatThrownBy(() -> IntrinsicFunctions.compile(text))
                .isInstanceOf(ExpressionSyntaxException.class)
                .hasMessageContaining("nest at most 10");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            States.Nope(1)                  | 0  | unknown intrinsic function 'States.Nope'
            States.Array(1                  | 14 | expected ',' at offset 14 but found the end of the text
            States.Array(1,)                | 15 | expected an argument
            States.Array(1) x               | 16 | expected the end of the intrinsic function call at offset 16
            States.Array('abc)              | 18 | expected a closing single quote
            States.Array('a\\nb')            | 15 | expected an escape sequence
            States.Array(tru)               | 13 | expected an argument
            States.Array(1.)                | 13 | expected a number at offset 13
            States.Array                    | 12 | expected '('
            """)
    void says_what_was_expected_and_where(String expression, int offset, String message) {
        assertThatThrownBy(() -> IntrinsicFunctions.compile(expression))
                .isInstanceOfSatisfying(ExpressionSyntaxException.class, e -> {
                    assertThat(e.offset()).isEqualTo(offset);
                    assertThat(e.getMessage()).contains(message);
                });
    }

    @Test
    void recognises_intrinsic_calls_by_their_prefix() {
        assertThat(IntrinsicFunctions.isIntrinsic("States.UUID()")).isTrue();
        assertThat(IntrinsicFunctions.isIntrinsic("$.States")).isFalse();
    }
}
