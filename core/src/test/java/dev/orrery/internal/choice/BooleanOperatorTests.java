package dev.orrery.internal.choice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.orrery.internal.eval.StatesException;
import org.junit.jupiter.api.Test;

class BooleanOperatorTests {

    private static final String TWENTIES = "{\"And\": [{\"Variable\": \"$.value\", \"NumericGreaterThanEquals\": 20},"
            + " {\"Variable\": \"$.value\", \"NumericLessThan\": 30}]}";

    @Test
    void and_holds_when_every_operand_holds() throws Exception {
        assertThat(Rules.test(TWENTIES, "{\"value\": 22}")).isTrue();
        assertThat(Rules.test(TWENTIES, "{\"value\": 30}")).isFalse();
        assertThat(Rules.test(TWENTIES, "{\"value\": 19}")).isFalse();
    }

    @Test
    void or_holds_when_any_operand_holds() throws Exception {
        String rule = "{\"Or\": [{\"Variable\": \"$.v\", \"StringEquals\": \"a\"},"
                + " {\"Variable\": \"$.v\", \"StringEquals\": \"b\"}]}";

        assertThat(Rules.test(rule, "{\"v\": \"b\"}")).isTrue();
        assertThat(Rules.test(rule, "{\"v\": \"c\"}")).isFalse();
    }

    @Test
    void not_inverts_its_operand() throws Exception {
        String rule = "{\"Not\": {\"Variable\": \"$.type\", \"StringEquals\": \"Private\"}}";

        assertThat(Rules.test(rule, "{\"type\": \"Public\"}")).isTrue();
        assertThat(Rules.test(rule, "{\"type\": \"Private\"}")).isFalse();
    }

    @Test
    void a_single_operand_and_is_that_operand() throws Exception {
        String rule = "{\"And\": [{\"Variable\": \"$.v\", \"IsString\": true}]}";

        assertThat(Rules.test(rule, "{\"v\": \"x\"}")).isTrue();
        assertThat(Rules.test(rule, "{\"v\": 1}")).isFalse();
    }

    @Test
    void and_stops_at_the_first_operand_that_does_not_hold() throws Exception {
        // GIVEN a guard that keeps the comparison from reading a missing field
        String rule = "{\"And\": [{\"Variable\": \"$.v\", \"IsPresent\": true},"
                + " {\"Variable\": \"$.v\", \"NumericEquals\": 1}]}";

        assertThat(Rules.test(rule, "{}")).isFalse();
    }

    @Test
    void or_stops_at_the_first_operand_that_holds() throws Exception {
        String rule = "{\"Or\": [{\"Variable\": \"$.v\", \"IsPresent\": false},"
                + " {\"Variable\": \"$.v\", \"NumericEquals\": 1}]}";

        assertThat(Rules.test(rule, "{}")).isTrue();
    }

    @Test
    void not_lets_the_error_of_its_operand_through() {
        String rule = "{\"Not\": {\"Variable\": \"$.v\", \"NumericEquals\": 1}}";

        assertThatThrownBy(() -> Rules.test(rule, "{}")).isInstanceOf(StatesException.class);
    }

    @Test
    void nests_and_or_not() throws Exception {
        String rule = "{\"Or\": [{\"Not\": " + TWENTIES + "}, {\"Variable\": \"$.value\", \"NumericEquals\": 25}]}";

        assertThat(Rules.test(rule, "{\"value\": 10}")).isTrue();
        assertThat(Rules.test(rule, "{\"value\": 25}")).isTrue();
        assertThat(Rules.test(rule, "{\"value\": 22}")).isFalse();
    }
}
