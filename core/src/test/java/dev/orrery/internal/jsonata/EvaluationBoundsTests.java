package dev.orrery.internal.jsonata;

import static dev.orrery.internal.jsonata.Json.bindings;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orrery.internal.eval.ExpressionSyntaxException;
import dev.orrery.internal.eval.StatesException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EvaluationBoundsTests {

    private static JsonNode eval(String expression) throws ExpressionSyntaxException {
        return JsonataExpression.compile(expression).evaluate(bindings("{}"), "Output");
    }

    private static StatesException failure(String expression) {
        try {
            JsonataExpression.compile(expression).evaluate(bindings("{}"), "Output");
        } catch (ExpressionSyntaxException e) {
            throw new AssertionError(e);
        } catch (StatesException e) {
            return e;
        }
        throw new AssertionError("no failure");
    }

    @Test
    void fails_an_endless_recursion_at_the_depth_bound_instead_of_overflowing_the_stack() {
        StatesException failure = failure("($f := function($x){ $f($x) + 1 }; $f(1))");

        assertThat(failure.error()).isEqualTo("States.QueryEvaluationError");
        assertThat(failure.cause()).isEqualTo("The JSONata expression '($f := function($x){ $f($x) + 1 }; $f(1))' "
                + "specified for the field 'Output' threw an error during evaluation: Stack overflow error: Check for "
                + "non-terminating recursive function.  Consider rewriting as tail-recursive.");
    }

    @Test
    void fails_an_endless_tail_call_loop_at_the_step_budget() {
        StatesException failure = failure("($f := function($x){ $f($x) }; $f(1))");

        assertThat(failure.cause()).endsWith("threw an error during evaluation: Expression evaluation timeout: "
                + "Check for infinite loop");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "$count($range(0, 1e9, 1))",
        "$count($range(1, 873783, 1))",
        "$count([1..873783])",
        "$length($pad('', 7000000))",
        "($p := function($s, $n) { $n = 0 ? $s : $p($s & $s, $n - 1) }; $length($p('x', 23)))"
    })
    void fails_an_expression_that_builds_a_value_past_the_memory_bound(String expression) {
        assertThat(failure(expression).cause()).endsWith("threw an error during evaluation: Expression evaluation "
                + "memory limit exceeded: Check for excessive memory usage");
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', value = {
        "$count([1..873782])                                                                   | 873782",
        "$count($range(1, 873782, 1))                                                           | 873782",
        "($p := function($s, $n) { $n = 0 ? $s : $p($s & $s, $n - 1) }; $length($p('x', 22)))  | 4194304",
        "$length($pad('', 1000000))                                                             | 1000000"
    })
    void evaluates_values_up_to_the_memory_bound(String expression, long expected) throws Exception {
        assertThat(eval(expression).asLong()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', value = {
        "$pad('ab', 5)          | 'ab   '",
        "$pad('ab', -5, '#')    | '###ab'",
        "$pad('ab', 6, 'xyz')   | 'abxyzx'",
        "$pad('ab', -6, '\uD83D\uDE00') | '\uD83D\uDE00\uD83D\uDE00\uD83D\uDE00\uD83D\uDE00ab'",
        "$pad('abc', 2)         | 'abc'",
        "$pad('ab', 4, '')      | 'ab  '"
    })
    void pads_as_the_library_does(String expression, String expected) throws Exception {
        assertThat(eval(expression).textValue()).isEqualTo(expected);
    }

    @Test
    void fails_a_regular_expression_that_backtracks_past_its_bound() {
        String text = "a".repeat(40);

        assertThat(failure("$match('" + text + "', /(.*a){12}!/)").cause())
                .contains("threw an error during evaluation: The regular expression /(.*a){12}!/ exceeded Orrery's "
                        + "bound of 10000000 character reads over a string of 40 characters");
        assertThat(failure("$contains('" + text + "', /(.*a){12}!/)").cause()).contains("exceeded Orrery's bound");
        assertThat(failure("$replace('" + text + "', /(.*a){12}!/, 'x')").cause()).contains("exceeded Orrery's bound");
        assertThat(failure("$split('" + text + "', /(.*a){12}!/)").cause()).contains("exceeded Orrery's bound");
    }

    @Test
    void matches_ordinary_regular_expressions_as_the_library_does() throws Exception {
        assertThat(eval("$match('a1b22', /[0-9]+/).match").toString()).isEqualTo("[\"1\",\"22\"]");
        assertThat(eval("$contains('abc', /b/)").booleanValue()).isTrue();
        assertThat(eval("$replace('a1b22', /[0-9]+/, '#')").textValue()).isEqualTo("a#b#");
        assertThat(eval("$split('a1b22c', /[0-9]+/)").toString()).isEqualTo("[\"a\",\"b\",\"c\"]");
        assertThat(eval("$split('a,b', ',')").toString()).isEqualTo("[\"a\",\"b\"]");
    }

    @Test
    void throws_again_an_error_of_the_jvm_the_library_wrapped_instead_of_failing_the_state() {
        RuntimeException wrapped = new RuntimeException(new StackOverflowError("deep"));

        assertThatThrownBy(() -> JsonataExpression.rethrowErrors(wrapped)).isInstanceOf(StackOverflowError.class);
    }
}
