package dev.orrery.internal.variables;

import static dev.orrery.internal.variables.VariableJson.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.orrery.internal.eval.StatesException;
import java.util.Map;
import org.junit.jupiter.api.Test;

class VariableScopeTests {

    private static AssignedVariables assigned(String name, String value) {
        return new AssignedVariables(Map.of(name, json(value)));
    }

    @Test
    void an_unassigned_variable_is_absent() {
        assertThat(VariableScope.root().get("x")).isNull();
    }

    @Test
    void a_later_assignment_replaces_the_value() {
        VariableScope scope = VariableScope.root();
        scope.assign(assigned("x", "1"));
        scope.assign(assigned("x", "2"));
        assertThat(scope.get("x")).isEqualTo(json("2"));
    }

    @Test
    void an_iteration_reads_outer_variables() {
        VariableScope outer = VariableScope.root();
        outer.assign(assigned("bias", "4.3"));
        assertThat(outer.child().child().get("bias")).isEqualTo(json("4.3"));
    }

    @Test
    void assignments_in_an_iteration_do_not_leak_out() {
        VariableScope outer = VariableScope.root();
        outer.assign(assigned("x", "42"));
        VariableScope iteration = outer.child();
        iteration.assign(assigned("x", "'inner'"));
        iteration.assign(assigned("innerX", "1"));
        assertThat(iteration.get("x")).isEqualTo(json("'inner'"));
        assertThat(outer.get("x")).isEqualTo(json("42"));
        assertThat(outer.get("innerX")).isNull();
    }

    @Test
    void sibling_branches_do_not_see_each_other() {
        VariableScope outer = VariableScope.root();
        VariableScope first = outer.child();
        VariableScope second = outer.child();
        first.assign(assigned("a", "1"));
        assertThat(second.get("a")).isNull();
    }

    @Test
    void a_root_scope_reads_nothing_from_elsewhere() {
        VariableScope outer = VariableScope.root();
        outer.assign(assigned("x", "1"));
        assertThat(VariableScope.root().get("x")).isNull();
    }

    @Test
    void lists_visible_and_own_variables_sorted() {
        VariableScope outer = VariableScope.root();
        outer.assign(new AssignedVariables(Map.of("b", json("1"), "a", json("2"))));
        VariableScope inner = outer.child();
        inner.assign(assigned("b", "3"));
        assertThat(inner.visible()).containsExactly(Map.entry("a", json("2")), Map.entry("b", json("3")));
        assertThat(inner.own()).containsOnlyKeys("b");
    }

    @Test
    void rejects_variables_beyond_the_execution_total() {
        VariableScope scope = VariableScope.root();
        String big = "'" + "x".repeat(200 * 1024) + "'";
        for (int i = 0; i < 51; i++) {
            scope.assign(assigned("v" + i, big));
        }
        assertThatThrownBy(() -> scope.assign(assigned("last", big)))
                .isInstanceOfSatisfying(StatesException.class,
                        e -> assertThat(e.error()).isEqualTo("States.DataLimitExceeded"));
        assertThat(scope.get("last")).isNull();
    }

    @Test
    void a_replaced_value_no_longer_counts_towards_the_total() {
        VariableScope scope = VariableScope.root();
        String big = "'" + "x".repeat(200 * 1024) + "'";
        for (int i = 0; i < 60; i++) {
            scope.assign(assigned("same", big));
        }
        assertThat(scope.get("same")).isNotNull();
    }

    @Test
    void outer_variables_count_towards_the_total_of_an_iteration() {
        VariableScope outer = VariableScope.root();
        String big = "'" + "x".repeat(200 * 1024) + "'";
        for (int i = 0; i < 51; i++) {
            outer.assign(assigned("v" + i, big));
        }
        assertThatThrownBy(() -> outer.child().assign(assigned("inner", big)))
                .isInstanceOf(StatesException.class);
    }

    @Test
    void the_context_reads_variables_from_the_scope() {
        VariableScope scope = VariableScope.root();
        scope.assign(assigned("x", "{'f':1}"));
        ScopedEvaluationContext context = VariableJson.context(scope);
        assertThat(context.variable("x")).isEqualTo(json("{'f':1}"));
        assertThat(context.variable("y")).isNull();
        assertThat(context.contextObject().at("/Execution/Id").textValue()).isEqualTo("arn:exec");
        assertThat(context.random()).isNotNull();
        assertThat(context.scope()).isSameAs(scope);
    }

    @Test
    void assigned_variables_render_as_the_history_detail() {
        AssignedVariables assigned = new AssignedVariables(Map.of("result", json("'SUCCESS'"),
                "originalResult", json("'PENDING'")));
        assertThat(assigned.toJson().toString())
                .isEqualTo("{\"originalResult\":\"PENDING\",\"result\":\"SUCCESS\"}");
        assertThat(AssignedVariables.none().isEmpty()).isTrue();
    }
}
