package dev.orrery.internal.jsonata;

import static dev.orrery.internal.jsonata.Json.bindings;
import static dev.orrery.internal.jsonata.Json.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orrery.internal.eval.StatesException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JsonataTemplateTests {

    @Test
    void evaluates_expressions_at_any_depth() throws Exception {
        JsonataTemplate template = JsonataTemplate.compile(json(
                "{'a':'{% $states.input.x %}','b':[1,'{% $states.input.x + 1 %}',{'c':'{% $states.input.x * 10 %}'}],"
                        + "'d':'plain'}"), "Output");
        assertThat(template.evaluate(bindings("{'x':2}"))).isEqualTo(json("{'a':2,'b':[1,3,{'c':20}],'d':'plain'}"));
        assertThat(template.isConstant()).isFalse();
    }

    @Test
    void a_whole_value_expression_is_exposed() throws Exception {
        JsonataTemplate template = JsonataTemplate.compile(json("'{% $states.input %}'"), "Output");
        assertThat(template.expression()).isNotNull();
        assertThat(template.evaluate(bindings("[1]"))).isEqualTo(json("[1]"));
    }

    @Test
    void constants_are_shared_between_evaluations() throws Exception {
        JsonNode constant = json("{'a':[1,'$.notAPath','{ %not% }'],'b':'States.Format(1)'}");
        JsonataTemplate template = JsonataTemplate.compile(constant, "Output");
        assertThat(template.isConstant()).isTrue();
        assertThat(template.expression()).isNull();
        assertThat(template.evaluate(bindings("{}"))).isSameAs(constant);
    }

    @Test
    void constant_subtrees_of_a_template_are_shared() throws Exception {
        JsonataTemplate template = JsonataTemplate.compile(json("{'k':{'big':[1,2,3]},'e':'{% 1 %}'}"), "Output");
        JsonNode first = template.evaluate(bindings("{}"));
        JsonNode second = template.evaluate(bindings("{}"));
        assertThat(first.get("k")).isSameAs(second.get("k"));
        assertThat(first).isNotSameAs(second);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "'{% $doesNotExist %}'|Output",
        "{'result':'{% $doesNotExist %}'}|Output/result",
        "{'values':['{% $doesNotExist %}']}|Output/values[0]",
        "{'values':[1,{'id':'{% $doesNotExist %}'}]}|Output/values[1]/id",
        "['{% $doesNotExist %}']|Output[0]"})
    void names_the_field_path_of_a_failing_expression(String template, String path) throws Exception {
        JsonataTemplate compiled = JsonataTemplate.compile(json(template), "Output");
        assertThatThrownBy(() -> compiled.evaluate(bindings("{}")))
                .isInstanceOfSatisfying(StatesException.class, e -> assertThat(e.cause()).isEqualTo(
                        "The JSONata expression '$doesNotExist' specified for the field '" + path
                                + "' returned nothing (undefined)."));
    }

    @Test
    void uses_the_given_root_field() throws Exception {
        JsonataTemplate compiled = JsonataTemplate.compile(json("{'FunctionName':'{% $doesNotExist %}'}"),
                "Arguments");
        assertThat(compiled.field()).isEqualTo("Arguments");
        assertThatThrownBy(() -> compiled.evaluate(bindings("{}")))
                .hasMessageContaining("for the field 'Arguments/FunctionName' returned nothing (undefined).");
    }

    @Test
    void reports_an_invalid_expression_with_its_field_path() {
        assertThatThrownBy(() -> JsonataTemplate.compile(json("{'a':['{% 1 + %}']}"), "Output"))
                .isInstanceOfSatisfying(TemplateSyntaxException.class, e -> {
                    assertThat(e.field()).isEqualTo("Output/a[0]");
                    assertThat(e.syntaxError().getMessage()).startsWith("S0207");
                    assertThat(e.getMessage()).startsWith("Invalid JSONata expression at 'Output/a[0]': ");
                });
    }

    @Test
    void does_not_mutate_the_template() throws Exception {
        JsonNode source = json("{'a':'{% 1 %}'}");
        JsonataTemplate.compile(source, "Output").evaluate(bindings("{}"));
        assertThat(source).isEqualTo(json("{'a':'{% 1 %}'}"));
    }
}
