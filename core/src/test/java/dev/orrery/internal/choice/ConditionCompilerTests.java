package dev.orrery.internal.choice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.orrery.internal.eval.ExpressionSyntaxException;
import dev.orrery.model.ComparisonOperator;
import dev.orrery.model.Condition;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ConditionCompilerTests {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    @ParameterizedTest
    @ValueSource(strings = {"{\"Variable\": \"$.v\", \"NumericEquals\": \"1\"}",
        "{\"Variable\": \"$.v\", \"StringEquals\": 1}", "{\"Variable\": \"$.v\", \"BooleanEquals\": \"true\"}",
        "{\"Variable\": \"$.v\", \"IsPresent\": 1}", "{\"Variable\": \"$.v\", \"StringMatches\": true}",
        "{\"Variable\": \"$.v\", \"TimestampEquals\": \"2016-03-14 01:59:00Z\"}",
        "{\"Variable\": \"$.v\", \"TimestampEquals\": 1457920740}",
        "{\"Variable\": \"$.v\", \"NumericEqualsPath\": 1}",
        "{\"Variable\": \"$.v\", \"StringEqualsPath\": \"not a path\"}",
        "{\"Variable\": \"v\", \"IsPresent\": true}"})
    void rejects_operands_of_the_wrong_type_at_compile_time(String rule) {
        assertThatThrownBy(() -> Rules.compile(rule)).isInstanceOf(ExpressionSyntaxException.class);
    }

    @Test
    void names_the_operator_and_the_expected_type() {
        assertThatThrownBy(() -> Rules.compile("{\"Variable\": \"$.v\", \"NumericEquals\": \"1\"}"))
                .hasMessage("NumericEquals must be a number but was \"1\"");
    }

    @Test
    void leaves_jsonata_conditions_to_the_jsonata_evaluator() {
        Condition jsonata = new Condition.Jsonata(JSON.textNode("{% $x = 1 %}"));

        assertThatThrownBy(() -> CompiledCondition.compile(jsonata))
                .isInstanceOf(ExpressionSyntaxException.class)
                .hasMessageContaining("JSONata conditions are compiled by the JSONata evaluator");
    }

    @Test
    void rejects_an_empty_and_or_or() {
        assertThatThrownBy(() -> CompiledCondition.compile(new Condition.And(List.of())))
                .isInstanceOf(ExpressionSyntaxException.class);
        assertThatThrownBy(() -> CompiledCondition.compile(new Condition.Or(List.of())))
                .isInstanceOf(ExpressionSyntaxException.class);
    }

    @Test
    void compiles_one_class_per_construct() throws Exception {
        assertThat(compile(ComparisonOperator.STRING_EQUALS, JSON.textNode("a"))).isInstanceOf(StringComparison.class);
        assertThat(compile(ComparisonOperator.NUMERIC_LESS_THAN_PATH, JSON.textNode("$.o")))
                .isInstanceOf(NumericComparison.class);
        assertThat(compile(ComparisonOperator.TIMESTAMP_EQUALS, JSON.textNode("2016-03-14T01:59:00Z")))
                .isInstanceOf(TimestampComparison.class);
        assertThat(compile(ComparisonOperator.BOOLEAN_EQUALS, JSON.booleanNode(true)))
                .isInstanceOf(BooleanEquals.class);
        assertThat(compile(ComparisonOperator.STRING_MATCHES, JSON.textNode("*"))).isInstanceOf(StringMatches.class);
        assertThat(compile(ComparisonOperator.IS_PRESENT, JSON.booleanNode(true))).isInstanceOf(IsPresent.class);
        assertThat(compile(ComparisonOperator.IS_TIMESTAMP, JSON.booleanNode(true))).isInstanceOf(TypeTest.class);
    }

    @Test
    void compiles_every_operator() throws Exception {
        for (ComparisonOperator operator : ComparisonOperator.values()) {
            var operand = switch (operator.operand()) {
                case STRING -> JSON.textNode("a");
                case NUMBER -> JSON.numberNode(1);
                case BOOLEAN -> JSON.booleanNode(true);
                case TIMESTAMP -> JSON.textNode("2016-03-14T01:59:00Z");
                case PATH -> JSON.textNode("$.o");
            };
            assertThat(compile(operator, operand)).as(operator.aslName()).isNotNull();
        }
    }

    private static CompiledCondition compile(ComparisonOperator operator, JsonNode operand)
            throws ExpressionSyntaxException {
        return CompiledCondition.compile(new Condition.Comparison("$.v", operator, operand));
    }
}
