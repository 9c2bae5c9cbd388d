package dev.orrery.internal.intrinsics;

import static dev.orrery.internal.intrinsics.Intrinsics.evaluate;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.orrery.internal.eval.EvaluationContext;
import dev.orrery.internal.eval.ExpressionSyntaxException;
import dev.orrery.internal.eval.StatesException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Failures: caught at compile time for literal arguments, at run time (States.IntrinsicFailure) for the others. */
class IntrinsicFailureTests {

    private static final String INPUT = "{\"arr\":[1,2,3],\"str\":\"abc\",\"num\":2.5,\"obj\":{\"a\":1},"
            + "\"zero\":0,\"neg\":-1,\"big\":5000000000,\"yes\":true,\"bad\":\"a*\",\"long\":\"" + "x".repeat(10_001) + "\"}";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            States.ArrayLength($.str)                  | Invalid arguments in States.ArrayLength: argument 1 must be an array but was "abc"
            States.ArrayGetItem($.arr, $.num)          | Invalid arguments in States.ArrayGetItem: argument 2 must be an integer but was 2.5
            States.ArrayGetItem($.arr, 3)              | Invalid arguments in States.ArrayGetItem: the index 3 is out of bounds of an array of 3 item(s)
            States.ArrayGetItem($.arr, $.neg)          | Invalid arguments in States.ArrayGetItem: the index must not be negative but was -1
            States.ArrayPartition($.arr, $.zero)       | Invalid arguments in States.ArrayPartition: the chunk size must be a positive integer but was 0
            States.ArrayRange(0, $.big, 1)             | Invalid arguments in States.ArrayRange: argument 2 must be an integer between -2147483648 and 2147483647 but was 5000000000
            States.ArrayRange($.zero, 1000, 1)         | Invalid arguments in States.ArrayRange: the array would contain 1001 items, more than the maximum of 1000
            States.ArrayRange(0, $.big, $.zero)        | Invalid arguments in States.ArrayRange: the step must not be 0
            States.Base64Encode($.long)                | Invalid arguments in States.Base64Encode: the input must not exceed 10000 characters but has 10001
            States.Base64Decode($.bad)                 | Invalid arguments in States.Base64Decode: the input is not valid Base64: a*
            States.Hash($.long, 'MD5')                 | Invalid arguments in States.Hash: the input must not exceed 10000 characters but has 10001
            States.Hash($.str, $.str)                  | Invalid arguments in States.Hash: the hash algorithm must be one of MD5, SHA-1, SHA-256, SHA-384, SHA-512 but was "abc"
            States.JsonMerge($.obj, $.arr, false)      | Invalid arguments in States.JsonMerge: argument 2 must be an object but was [1,2,3]
            States.JsonMerge($.obj, $.obj, $.yes)      | Invalid arguments in States.JsonMerge: the deep merging mode is not supported; the third argument must be false
            States.StringToJson($.str)                 | Invalid arguments in States.StringToJson: the string is not valid JSON: abc
            States.MathAdd($.str, 1)                   | Invalid arguments in States.MathAdd: argument 1 must be a number but was "abc"
            States.MathAdd($.big, 1)                   | Invalid arguments in States.MathAdd: argument 1 must be an integer between -2147483648 and 2147483647 but was 5000000000
            States.MathRandom($.num, $.num)            | Invalid arguments in States.MathRandom: the start number 2.5 must be less than the end number 2.5
            States.StringSplit($.arr, ',')             | Invalid arguments in States.StringSplit: argument 1 must be a string but was [1,2,3]
            States.Format($.str, $.num)                | Invalid arguments in States.Format: the template has 0 placeholder(s) but 1 value(s) follow it
            States.Format($.arr)                       | Invalid arguments in States.Format: argument 1 must be a string but was [1,2,3]
            """)
    void fails_at_run_time_with_an_intrinsic_failure(String expression, String cause) {
        assertThatThrownBy(() -> evaluate(expression, INPUT))
                .isInstanceOfSatisfying(StatesException.class, e -> {
                    assertThat(e.error()).isEqualTo("States.IntrinsicFailure");
                    org.assertj.core.api.Assertions.assertThat(e.cause()).isEqualTo(cause);
                });
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            States.ArrayLength('abc')                  | argument 1 must be an array but was "abc"
            States.ArrayRange(1, 2, 0)                 | the step must not be 0
            States.ArrayRange(0, 1000, 1)              | the array would contain 1001 items, more than the maximum of 1000
            States.ArrayRange(0, 1.5, 1)               | argument 2 must be an integer but was 1.5
            States.ArrayPartition($.a, -1)             | the chunk size must be a positive integer but was -1
            States.ArrayGetItem($.a, -1)               | the index must not be negative but was -1
            States.Hash('x', 'SHA-999')                | the hash algorithm must be one of
            States.JsonMerge($.a, $.b, true)           | the deep merging mode is not supported
            States.JsonMerge($.a, $.b)                 | expected 3 argument(s) but got 2
            States.Format('{} and {}', 1)              | the template has 2 placeholder(s) but 1 value(s) follow it
            States.Format('a { b', 1)                  | the character '{' at offset 2 of the template must be escaped
            States.Format()                            | expected at least 1 argument(s) but got 0
            States.MathRandom(5, 5)                    | the start number 5 must be less than the end number 5
            States.MathRandom(1)                       | expected 2 to 3 argument(s) but got 1
            States.StringToJson('not json')            | the string is not valid JSON: not json
            States.Base64Decode('*')                   | the input is not valid Base64: *
            States.UUID(1)                             | expected 0 argument(s) but got 1
            States.MathAdd(1E99999999999, 1)           | the number 1E99999999999 at offset 15 is out of range
            States.MathAdd(19999E9999999, 1)           | the number 19999E9999999 at offset 15 is out of range
            """)
    void rejects_bad_literal_arguments_at_compile_time(String expression, String message) {
        assertThatThrownBy(() -> IntrinsicFunctions.compile(expression))
                .isInstanceOf(ExpressionSyntaxException.class)
                .hasMessageContaining(message);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            States.Array($.missing)
            States.Format('{}', $$.Execution.Nope)
            """)
    void fails_at_run_time_when_a_path_argument_finds_nothing(String expression) {
        assertThatThrownBy(() -> evaluate(expression, INPUT))
                .isInstanceOfSatisfying(StatesException.class, e ->
                        assertThat(e.error()).isEqualTo("States.Runtime"));
    }

    @Test
    void fails_a_math_function_given_an_infinite_number_with_an_intrinsic_failure() throws ExpressionSyntaxException {
        ObjectNode input = JsonNodeFactory.instance.objectNode().put("x", Double.POSITIVE_INFINITY);

        assertThatThrownBy(() -> IntrinsicFunctions.compile("States.MathAdd($.x, 1)")
                .evaluate(input, EvaluationContext.of(input)))
                .isInstanceOfSatisfying(StatesException.class, e -> {
                    assertThat(e.error()).isEqualTo("States.IntrinsicFailure");
                    assertThat(e.cause()).contains("but was Infinity");
                });
    }
}
