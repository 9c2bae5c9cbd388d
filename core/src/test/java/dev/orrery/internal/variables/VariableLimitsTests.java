package dev.orrery.internal.variables;

import static dev.orrery.internal.variables.VariableJson.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.orrery.internal.eval.StatesException;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class VariableLimitsTests {

    @ParameterizedTest
    @ValueSource(strings = {"x", "_x", "varname2", "constant_str_path", "état", "x_1_y"})
    void accepts_valid_names(String name) {
        assertThat(VariableLimits.nameProblem(name)).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "1x", "a-b", "a.b", "a b", "$a", "states"})
    void rejects_invalid_names(String name) {
        assertThat(VariableLimits.nameProblem(name)).isNotNull();
    }

    @Test
    void limits_the_name_length_to_80() {
        assertThat(VariableLimits.nameProblem("a".repeat(80))).isNull();
        assertThat(VariableLimits.nameProblem("a".repeat(81))).contains("80");
    }

    @Test
    void measures_the_compact_json_in_utf8_bytes() {
        assertThat(VariableLimits.size(json("{'a': [1, 2]}"))).isEqualTo("{\"a\":[1,2]}".length());
        assertThat(VariableLimits.size(json("'é'"))).isEqualTo(4);
    }

    @Test
    void rejects_a_variable_larger_than_256_kib() {
        String big = "'" + "x".repeat(256 * 1024) + "'";
        assertThatThrownBy(() -> VariableLimits.checkAssign(new AssignedVariables(Map.of("v", json(big)))))
                .isInstanceOfSatisfying(StatesException.class,
                        e -> assertThat(e.error()).isEqualTo("States.DataLimitExceeded"));
    }

    @Test
    void rejects_an_assign_larger_than_256_kib_in_total() {
        String half = "'" + "x".repeat(130 * 1024) + "'";
        assertThatThrownBy(() -> VariableLimits.checkAssign(
                new AssignedVariables(Map.of("a", json(half), "b", json(half)))))
                .isInstanceOf(StatesException.class);
        VariableLimits.checkAssign(new AssignedVariables(Map.of("a", json(half))));
    }
}
