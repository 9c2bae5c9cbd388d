package dev.orrery.internal.dataflow;

import static dev.orrery.internal.dataflow.DataflowJson.CONTEXT;
import static dev.orrery.internal.dataflow.DataflowJson.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orrery.internal.eval.ExpressionSyntaxException;
import dev.orrery.internal.eval.StatesException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PayloadTemplateTests {

    private static final JsonNode INPUT = json("{`name`:`Ada`,`vals`:[0,10,20,30],`flagged`:7,`nested`:{`a`:1}}");

    @Test
    void shares_a_template_without_paths_across_evaluations() throws ExpressionSyntaxException {
        JsonNode template = json("{`a`:1,`b`:[{`c`:true}],`d`:{`e`:null}}");

        PayloadTemplate compiled = PayloadTemplate.compile(template, "Parameters");

        assertThat(compiled.isConstant()).isTrue();
        assertThat(compiled.evaluate(INPUT, CONTEXT)).isSameAs(template);
    }

    @Test
    void replaces_dollar_keys_with_the_values_their_paths_select() throws ExpressionSyntaxException {
        JsonNode template = json("{`flagged`:true,`parts`:{`first.$`:`$.vals[0]`,`last2.$`:`$.vals[2:]`},"
                + "`who.$`:`$.name`}");

        JsonNode result = PayloadTemplate.compile(template, "Parameters").evaluate(INPUT, CONTEXT);

        assertThat(result).isEqualTo(json("{`flagged`:true,`parts`:{`first`:0,`last2`:[20,30]},`who`:`Ada`}"));
    }

    @Test
    void keeps_the_key_order_of_the_template() throws ExpressionSyntaxException {
        JsonNode template = json("{`z.$`:`$.name`,`a`:1,`m.$`:`$.flagged`}");

        JsonNode result = PayloadTemplate.compile(template, "Parameters").evaluate(INPUT, CONTEXT);

        assertThat(result.toString()).isEqualTo("{\"z\":\"Ada\",\"a\":1,\"m\":7}");
    }

    @Test
    void evaluates_dollar_keys_inside_objects_inside_arrays() throws ExpressionSyntaxException {
        JsonNode template = json("{`list`:[1,{`n.$`:`$.name`},[{`v.$`:`$.nested.a`}],`const`]}");

        JsonNode result = PayloadTemplate.compile(template, "ItemSelector").evaluate(INPUT, CONTEXT);

        assertThat(result).isEqualTo(json("{`list`:[1,{`n`:`Ada`},[{`v`:1}],`const`]}"));
    }

    @Test
    void shares_constant_subtrees_of_a_dynamic_template() throws ExpressionSyntaxException {
        JsonNode template = json("{`fixed`:{`deep`:[1,2,3]},`who.$`:`$.name`}");

        JsonNode result = PayloadTemplate.compile(template, "Parameters").evaluate(INPUT, CONTEXT);

        assertThat(result.get("fixed")).isSameAs(template.get("fixed"));
    }

    @Test
    void reads_context_object_paths() throws ExpressionSyntaxException {
        JsonNode template = json("{`id.$`:`$$.Execution.Id`,`ctx.$`:`$$`}");

        JsonNode result = PayloadTemplate.compile(template, "Parameters").evaluate(INPUT, CONTEXT);

        assertThat(result.get("id")).isEqualTo(json("`arn:x`"));
        assertThat(result.get("ctx")).isEqualTo(CONTEXT.contextObject());
    }

    @Test
    void fails_with_aws_cause_when_a_path_finds_nothing() throws ExpressionSyntaxException {
        PayloadTemplate template = PayloadTemplate.compile(json("{`value.$`:`$.no_such_jsonpath`}"), "Parameters");

        assertThatThrownBy(() -> template.evaluate(json("{`int-literal`:0}"), CONTEXT))
                .isInstanceOfSatisfying(StatesException.class, e -> {
                    assertThat(e.error()).isEqualTo("States.Runtime");
                    assertThat(e.cause()).isEqualTo("The JSONPath '$.no_such_jsonpath' specified for the field "
                            + "'value.$' could not be found in the input '{\"int-literal\":0}'");
                });
    }

    @Test
    void quotes_the_context_object_as_the_input_when_a_context_path_finds_nothing()
            throws ExpressionSyntaxException {
        JsonNode template = json("{`nested`:{`value.$`:`$$.Execution.Input.no_such_jsonpath`}}");

        assertThatThrownBy(() -> PayloadTemplate.compile(template, "Parameters").evaluate(INPUT, CONTEXT))
                .isInstanceOfSatisfying(StatesException.class, e -> assertThat(e.cause()).isEqualTo(
                        "The JSONPath '$$.Execution.Input.no_such_jsonpath' specified for the field 'value.$' could "
                                + "not be found in the input '" + CONTEXT.contextObject() + "'"));
    }

    @Test
    void selects_json_null_without_failing() throws ExpressionSyntaxException {
        JsonNode template = json("{`v.$`:`$.n`}");

        assertThat(PayloadTemplate.compile(template, "Parameters").evaluate(json("{`n`:null}"), CONTEXT))
                .isEqualTo(json("{`v`:null}"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"{`parsed.$`:1}", "{`parsed.$`:null}", "{`parsed.$`:{`a`:1}}", "{`parsed.$`:`hello`}",
        "{`parsed.$`:`$.`}", "{`a`:[{`parsed.$`:true}]}"})
    void rejects_dollar_values_that_are_neither_paths_nor_intrinsics(String template) {
        assertThatThrownBy(() -> PayloadTemplate.compile(json(template), "Parameters"))
                .isInstanceOf(ExpressionSyntaxException.class)
                .hasMessage("The value for the field 'parsed.$' must be a valid JSONPath or a valid intrinsic "
                        + "function call");
    }

    @Test
    void never_mutates_the_input_or_the_template() throws ExpressionSyntaxException {
        JsonNode template = json("{`a.$`:`$.nested`,`b`:{`c.$`:`$.vals`}}");
        JsonNode templateBefore = template.deepCopy();
        JsonNode inputBefore = INPUT.deepCopy();

        PayloadTemplate.compile(template, "Parameters").evaluate(INPUT, CONTEXT);

        assertThat(INPUT).isEqualTo(inputBefore);
        assertThat(template).isEqualTo(templateBefore);
    }
}
