package dev.orrery.internal.variables;

import static dev.orrery.internal.variables.VariableJson.context;
import static dev.orrery.internal.variables.VariableJson.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.orrery.internal.eval.ExpressionSyntaxException;
import dev.orrery.internal.eval.StatesException;
import dev.orrery.internal.jsonata.JsonataBindings;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonataAssignTests {

    @Test
    void evaluates_templates_against_states() throws Exception {
        JsonataAssign assign = JsonataAssign.compile(json(
                "{'inputVar':'{% $states.input %}','resultVar':'{% $states.result %}','k':{'n':'{% 1 + 1 %}'},"
                        + "'c':'constant'}"), "Assign");
        AssignedVariables assigned = assign.evaluate(JsonataBindings.of(json("{'a':1}"), context(VariableScope.root()))
                .withResult(json("[true]")));
        assertThat(assigned.toJson()).isEqualTo(json("{'c':'constant','inputVar':{'a':1},'k':{'n':2},"
                + "'resultVar':[true]}"));
        assertThat(assign.names()).containsExactly("inputVar", "resultVar", "k", "c");
    }

    @Test
    void all_values_see_the_variables_from_before_the_state() throws Exception {
        VariableScope scope = VariableScope.root();
        scope.assign(new AssignedVariables(Map.of("x", json("1"))));
        AssignedVariables assigned = JsonataAssign.compile(json("{'x':'{% $x + 1 %}','y':'{% $x %}'}"), "Assign")
                .evaluate(JsonataBindings.of(json("{}"), context(scope)));
        assertThat(assigned.toJson()).isEqualTo(json("{'x':2,'y':1}"));
    }

    @Test
    void an_undefined_value_raises_the_recorded_cause() throws Exception {
        JsonataAssign assign = JsonataAssign.compile(json("{'result':'{% $doesNotExist %}'}"), "Assign");
        assertThatThrownBy(() -> assign.evaluate(JsonataBindings.of(json("{}"), context(VariableScope.root()))))
                .isInstanceOfSatisfying(StatesException.class, e -> {
                    assertThat(e.error()).isEqualTo("States.QueryEvaluationError");
                    assertThat(e.cause()).isEqualTo("The JSONata expression '$doesNotExist' specified for the field "
                            + "'Assign/result' returned nothing (undefined).");
                });
    }

    @Test
    void uses_the_given_field_prefix() throws Exception {
        JsonataAssign assign = JsonataAssign.compile(json("{'v':'{% $nothing %}'}"), "Catch[0]/Assign");
        assertThatThrownBy(() -> assign.evaluate(JsonataBindings.of(json("{}"), context(VariableScope.root()))))
                .hasMessageContaining("'Catch[0]/Assign/v'");
    }

    @Test
    void sees_the_error_output_in_a_catcher() throws Exception {
        AssignedVariables assigned = JsonataAssign.compile(json("{'result':'{% $states.errorOutput %}'}"), "Assign")
                .evaluate(JsonataBindings.of(json("{}"), context(VariableScope.root()))
                        .withErrorOutput(json("{'Error':'Exception','Cause':'boom'}")));
        assertThat(assigned.values().get("result")).isEqualTo(json("{'Error':'Exception','Cause':'boom'}"));
    }

    @Test
    void rejects_invalid_names_and_expressions_at_compile_time() {
        assertThatThrownBy(() -> JsonataAssign.compile(json("{'states':1}"), "Assign"))
                .isInstanceOf(ExpressionSyntaxException.class).hasMessageContaining("reserved");
        assertThatThrownBy(() -> JsonataAssign.compile(json("{'x':'{% 1 + %}'}"), "Assign"))
                .isInstanceOf(ExpressionSyntaxException.class).hasMessageContaining("'Assign/x'");
        assertThatThrownBy(() -> JsonataAssign.compile(json("'{% 1 %}'"), "Assign"))
                .isInstanceOf(ExpressionSyntaxException.class);
    }
}
