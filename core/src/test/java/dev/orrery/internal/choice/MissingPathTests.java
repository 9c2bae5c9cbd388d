package dev.orrery.internal.choice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.orrery.internal.eval.StatesException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MissingPathTests {

    @ParameterizedTest
    @ValueSource(strings = {"\"StringEquals\": \"a\"", "\"StringMatches\": \"*\"", "\"NumericEquals\": 1",
        "\"NumericLessThan\": 1", "\"BooleanEquals\": true", "\"TimestampEquals\": \"2016-03-14T01:59:00Z\"",
        "\"IsNull\": true", "\"IsNull\": false", "\"IsNumeric\": false", "\"IsString\": true",
        "\"IsBoolean\": false", "\"IsTimestamp\": false", "\"StringEqualsPath\": \"$.other\""})
    void a_comparison_on_a_missing_variable_fails_the_state(String operator) {
        String rule = "{\"Variable\": \"$.x\", " + operator + "}";

        StatesException e = catchThrowableOfType(StatesException.class,
                () -> Rules.test(rule, "{\"other\": \"a\"}"));

        assertThat(e.error()).isEqualTo("States.Runtime");
        assertThat(e.cause()).isEqualTo(
                "Invalid path '$.x': The choice state's condition path references an invalid value.");
    }

    @Test
    void a_path_operand_that_selects_nothing_fails_the_state() {
        StatesException e = catchThrowableOfType(StatesException.class, () -> Rules.test(
                "{\"Variable\": \"$.left\", \"NumericLessThanEqualsPath\": \"$.right\"}", "{\"left\": 8}"));

        assertThat(e.error()).isEqualTo("States.Runtime");
        assertThat(e.cause()).isEqualTo(
                "Invalid path '$.right': The choice state's condition path references an invalid value.");
    }

    @Test
    void a_path_operand_that_selects_nothing_fails_even_when_the_variable_has_another_type() {
        assertThatThrownBy(() -> Rules.test("{\"Variable\": \"$.left\", \"NumericEqualsPath\": \"$.right\"}",
                "{\"left\": \"8\"}"))
                .isInstanceOf(StatesException.class)
                .hasMessageContaining("Invalid path '$.right'");
    }

    @Test
    void an_undefined_workflow_variable_fails_the_state() {
        StatesException e = catchThrowableOfType(StatesException.class, () -> Rules.test(
                "{\"Variable\": \"$undefinedVariable\", \"StringEquals\": \"value\"}", "{}"));

        assertThat(e.cause()).isEqualTo(
                "Invalid path '$undefinedVariable': The choice state's condition path references an invalid value.");
    }
}
