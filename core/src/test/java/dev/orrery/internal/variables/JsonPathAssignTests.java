package dev.orrery.internal.variables;

import static dev.orrery.internal.variables.VariableJson.context;
import static dev.orrery.internal.variables.VariableJson.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.orrery.internal.eval.ExpressionSyntaxException;
import dev.orrery.internal.eval.StatesException;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonPathAssignTests {

    @Test
    void evaluates_paths_against_the_given_data() throws Exception {
        JsonPathAssign assign = JsonPathAssign.compile(json("{'theAnswer.$':'$.answer','ctx.$':'$$.Execution.Id'}"),
                "Assign");
        AssignedVariables assigned = assign.evaluate(json("{'answer':42}"), context(VariableScope.root()));
        assertThat(assigned.toJson()).isEqualTo(json("{'ctx':'arn:exec','theAnswer':42}"));
        assertThat(assign.names()).containsExactly("theAnswer", "ctx");
    }

    @Test
    void keeps_literals_that_look_like_paths_or_expressions() throws Exception {
        String literals = "{'constant_str_path':'$.no.such.path','constant_str_var':'$noSuchVar',"
                + "'constant_str_jsonata_expr':'{% $varname.varfield %}',"
                + "'constant_lst':[null,0,0.1,true,'$varname'],'constant_null':null}";
        AssignedVariables assigned = JsonPathAssign.compile(json(literals), "Assign")
                .evaluate(json("{}"), context(VariableScope.root()));
        assertThat(assigned.toJson()).isEqualTo(json(literals));
    }

    @Test
    void evaluates_nested_paths_and_intrinsics() throws Exception {
        AssignedVariables assigned = JsonPathAssign.compile(new ObjectMapper().readTree(
                "{\"arrayOps\":{\"simpleArray.$\":\"States.Array('a', 'b')\",\"size.$\":\"States.ArrayLength($.a)\"}}"),
                "Assign").evaluate(json("{'a':[1,2,3]}"), context(VariableScope.root()));
        assertThat(assigned.toJson()).isEqualTo(json("{'arrayOps':{'simpleArray':['a','b'],'size':3}}"));
    }

    @Test
    void all_values_see_the_variables_from_before_the_state() throws Exception {
        VariableScope scope = VariableScope.root();
        scope.assign(new AssignedVariables(Map.of("answer", json("42"))));
        JsonPathAssign assign = JsonPathAssign.compile(json("{'answer':'<omitted>','previous.$':'$answer'}"),
                "Assign");
        AssignedVariables assigned = assign.evaluate(json("{}"), context(scope));
        assertThat(assigned.toJson()).isEqualTo(json("{'answer':'<omitted>','previous':42}"));
        assertThat(scope.get("answer")).isEqualTo(json("42"));
        scope.assign(assigned);
        assertThat(scope.get("answer")).isEqualTo(json("'<omitted>'"));
    }

    @Test
    void a_missing_path_is_a_runtime_error() throws Exception {
        JsonPathAssign assign = JsonPathAssign.compile(json("{'x.$':'$.missing'}"), "Assign");
        assertThatThrownBy(() -> assign.evaluate(json("{'a':1}"), context(VariableScope.root())))
                .isInstanceOfSatisfying(StatesException.class, e -> {
                    assertThat(e.error()).isEqualTo("States.Runtime");
                    assertThat(e.cause()).isEqualTo("The JSONPath '$.missing' specified for the field 'x.$' could "
                            + "not be found in the input '{\"a\":1}'");
                });
    }

    @Test
    void rejects_invalid_names_and_bindings_at_compile_time() {
        assertThatThrownBy(() -> JsonPathAssign.compile(json("{'1x':1}"), "Assign"))
                .isInstanceOf(ExpressionSyntaxException.class).hasMessageContaining("'1x'");
        assertThatThrownBy(() -> JsonPathAssign.compile(json("{'x.$':'nope'}"), "Assign"))
                .isInstanceOf(ExpressionSyntaxException.class);
        assertThatThrownBy(() -> JsonPathAssign.compile(json("[1]"), "Assign"))
                .isInstanceOf(ExpressionSyntaxException.class);
    }

    @Test
    void an_empty_assign_assigns_nothing() throws Exception {
        assertThat(JsonPathAssign.compile(json("{}"), "Assign").evaluate(json("{}"), context(VariableScope.root()))
                .isEmpty()).isTrue();
    }
}
