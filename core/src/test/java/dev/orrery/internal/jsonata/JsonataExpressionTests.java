package dev.orrery.internal.jsonata;

import static dev.orrery.internal.jsonata.Json.bindings;
import static dev.orrery.internal.jsonata.Json.context;
import static dev.orrery.internal.jsonata.Json.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orrery.internal.eval.ExpressionSyntaxException;
import dev.orrery.internal.eval.StatesException;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JsonataExpressionTests {

    private static JsonNode eval(String expression, JsonataBindings bindings) throws ExpressionSyntaxException {
        return JsonataExpression.compileDelimited(expression).evaluate(bindings, "Output");
    }

    private static StatesException failure(String expression, String field, JsonataBindings bindings) {
        JsonataExpression compiled;
        try {
            compiled = JsonataExpression.compileDelimited(expression);
        } catch (ExpressionSyntaxException e) {
            throw new AssertionError(e);
        }
        try {
            compiled.evaluate(bindings, field);
        } catch (StatesException e) {
            return e;
        }
        throw new AssertionError("no failure");
    }

    @Test
    void reads_the_state_input() throws Exception {
        assertThat(eval("{% $states.input.a.b %}", bindings("{'a':{'b':[1,2]}}"))).isEqualTo(json("[1,2]"));
    }

    @Test
    void reads_the_result_and_the_error_output_when_present() throws Exception {
        JsonataBindings bindings = bindings("{}").withResult(json("{'r':1}")).withErrorOutput(json("{'Error':'E'}"));
        assertThat(eval("{% [$states.result.r, $states.errorOutput.Error] %}", bindings))
                .isEqualTo(json("[1,'E']"));
    }

    @Test
    void has_no_result_unless_given() throws Exception {
        assertThat(eval("{% $exists($states.result) %}", bindings("{}")).booleanValue()).isFalse();
    }

    @Test
    void reads_the_context_object() throws Exception {
        assertThat(eval("{% $states.context.Execution.Name %}", bindings("{}")).textValue()).isEqualTo("run");
    }

    @Test
    void reads_workflow_variables() throws Exception {
        JsonataBindings bindings = JsonataBindings.of(json("{}"),
                context(Map.of("count", json("41"), "user", json("{'name':'ann'}"))));
        assertThat(eval("{% $count + 1 %}", bindings).intValue()).isEqualTo(42);
        assertThat(eval("{% $user.name %}", bindings).textValue()).isEqualTo("ann");
    }

    @Test
    void local_bindings_shadow_nothing_outside_the_expression() throws Exception {
        JsonataBindings bindings = JsonataBindings.of(json("{}"), context(Map.of("x", json("1"))));
        assertThat(eval("{% ($x := 5; $x) %}", bindings).intValue()).isEqualTo(5);
        assertThat(eval("{% $x %}", bindings).intValue()).isEqualTo(1);
    }

    @Test
    void an_undefined_result_raises_the_recorded_cause() {
        StatesException e = failure("{% $doesNotExist %}", "Output/result", bindings("{}"));
        assertThat(e.error()).isEqualTo("States.QueryEvaluationError");
        assertThat(e.cause()).isEqualTo("The JSONata expression '$doesNotExist' specified for the field "
                + "'Output/result' returned nothing (undefined).");
    }

    @Test
    void calling_an_unknown_function_raises_the_recorded_cause() {
        StatesException e = failure("{% $randomSeeded($states.input.FunctionInput.fst) %}",
                "Output/FunctionResult", bindings("{'FunctionInput':'fst'}"));
        assertThat(e.cause()).isEqualTo("The JSONata expression '$randomSeeded($states.input.FunctionInput.fst)' "
                + "specified for the field 'Output/FunctionResult' threw an error during evaluation. "
                + "T1006: Attempted to invoke a non-function");
    }

    @Test
    void eval_is_not_supported() {
        StatesException e = failure("{% $eval('1 + 1') %}", "Output", bindings("{}"));
        assertThat(e.cause()).endsWith("threw an error during evaluation. T1006: Attempted to invoke a non-function");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{% 1 %}|number|1",
        "{% 'string' %}|string|\"string\"",
        "{% true %}|boolean|true",
        "{% {'foo': 'bar'} %}|object|{\"foo\":\"bar\"}",
        "{% null %}|null|null"})
    void a_result_of_the_wrong_type_raises_the_recorded_cause(String expression, String type, String value) {
        JsonataExpression compiled;
        try {
            compiled = JsonataExpression.compileDelimited(expression);
        } catch (ExpressionSyntaxException e) {
            throw new AssertionError(e);
        }
        assertThatThrownBy(() -> compiled.evaluate(bindings("{}"), "Items", "array"))
                .isInstanceOfSatisfying(StatesException.class, e -> assertThat(e.cause()).isEqualTo(
                        "The JSONata expression '" + compiled.text() + "' specified for the field 'Items' returned "
                                + "an unexpected result type. Expected 'array', but was '" + type + "' for value: "
                                + value));
    }

    @Test
    void a_function_result_raises_the_recorded_cause() {
        StatesException e = failure("{% $fn := function($x){$x} %}", "Items", bindings("{}"));
        assertThat(e.cause()).isEqualTo("The JSONata expression '$fn := function($x){$x}' specified for the field "
                + "'Items' returned an unsupported result type.");
    }

    @Test
    void quotes_the_trimmed_expression() {
        StatesException e = failure("{%   $nothing   %}", "Arguments", bindings("{}"));
        assertThat(e.cause()).isEqualTo("The JSONata expression '$nothing' specified for the field 'Arguments' "
                + "returned nothing (undefined).");
    }

    @Test
    void a_syntax_error_is_reported_at_compile_time_with_its_offset() {
        assertThatThrownBy(() -> JsonataExpression.compileDelimited("{% 1 + %}"))
                .isInstanceOfSatisfying(ExpressionSyntaxException.class, e -> {
                    assertThat(e.getMessage()).startsWith("S0207");
                    assertThat(e.offset()).isGreaterThanOrEqualTo(3);
                });
    }

    @Test
    void rejects_strings_without_delimiters() {
        assertThat(JsonataExpression.isExpression("{% 1 %}")).isTrue();
        assertThat(JsonataExpression.isExpression(" {% 1 %}")).isFalse();
        assertThat(JsonataExpression.isExpression("{% 1 %} ")).isFalse();
        assertThatThrownBy(() -> JsonataExpression.compileDelimited("1"))
                .isInstanceOf(ExpressionSyntaxException.class);
        assertThatThrownBy(() -> JsonataExpression.compileDelimited("{%  %}"))
                .isInstanceOf(ExpressionSyntaxException.class);
    }

    @Test
    void evaluates_the_same_compiled_expression_many_times() throws Exception {
        JsonataExpression expression = JsonataExpression.compileDelimited("{% $states.input.n * 2 %}");
        for (int n = 0; n < 5; n++) {
            assertThat(expression.evaluate(bindings("{'n':" + n + "}"), "Output").intValue()).isEqualTo(2 * n);
        }
    }

    @Test
    void undefined_is_returned_as_null_when_asked() throws Exception {
        assertThat(JsonataExpression.compileDelimited("{% $states.input.none %}")
                .evaluateOrUndefined(bindings("{}"), "Output")).isNull();
    }

    @Test
    void handles_the_recorded_regular_expression_cases() throws Exception {
        assertThat(eval("{% $contains(\"hello$world\", /^hello\\$/) %}", bindings("{}")).booleanValue()).isTrue();
        assertThat(eval("{% $contains('hello$world', /^hello\\ /) %}", bindings("{}")).booleanValue()).isFalse();
    }
}
