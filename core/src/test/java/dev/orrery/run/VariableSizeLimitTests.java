package dev.orrery.run;

import static dev.orrery.run.Runs.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.orrery.mock.TaskMocks;
import org.junit.jupiter.api.Test;

/**
 * The documented limits of workflow variables ("Passing data between states with variables", Limits): 256 KiB for
 * one variable, 256 KiB for all variables of one Assign, 10 MiB for all stored variables of an execution. A size is
 * the UTF-8 length of the value's JSON text, so a string of n ASCII characters counts n + 2 bytes.
 */
class VariableSizeLimitTests {

    private static final int KIB_256 = 256 * 1024;

    /** A JSONata Pass state that assigns the given variables, each a string of the given JSON size in bytes. */
    private static String pass(String name, String next, int bytes, String... variables) {
        StringBuilder assign = new StringBuilder();
        for (String variable : variables) {
            assign.append(assign.isEmpty() ? "" : ", ").append("'").append(variable).append("': '")
                    .append(string(bytes - 2)).append("'");
        }
        return "'" + name + "': {'Type': 'Pass', 'Assign': {" + assign + "}, "
                + (next == null ? "'End': true}" : "'Next': '" + next + "'}");
    }

    /** A JSONata expression giving a string of the given length, doubled up from one character (fast). */
    private static String string(int length) {
        StringBuilder expression = new StringBuilder("{% ($s := \\'x\\'; ");
        for (int size = 1; size < length; size *= 2) {
            expression.append("$s := $s & $s; ");
        }
        return expression.append("$substring($s, 0, ").append(length).append(")) %}").toString();
    }

    private static Execution assign(int bytes, String... variables) {
        return run("{'QueryLanguage': 'JSONata', 'StartAt': 'A', 'States': {" + pass("A", null, bytes, variables)
                + "}}", "{}", TaskMocks.none());
    }

    @Test
    void a_variable_of_exactly_256_kib_is_stored_and_one_byte_more_fails_with_data_limit_exceeded() {
        Execution atLimit = assign(KIB_256, "v");
        Execution over = assign(KIB_256 + 1, "v");

        assertThat(atLimit.error()).isNull();
        assertThat(over.error()).isEqualTo("States.DataLimitExceeded");
        assertThat(over.cause()).contains("'v'").contains("262145 bytes");
    }

    @Test
    void the_variables_of_one_assign_may_together_hold_256_kib_and_no_more() {
        Execution atLimit = assign(KIB_256 / 2, "x", "y");
        Execution over = assign(KIB_256 / 2 + 1, "x", "y");

        assertThat(atLimit.error()).isNull();
        assertThat(over.error()).isEqualTo("States.DataLimitExceeded");
        assertThat(over.cause()).contains("262146 bytes");
    }

    @Test
    void an_execution_may_store_10_mib_of_variables_and_no_more() {
        Execution atLimit = chain(40);
        Execution over = chain(41);

        assertThat(atLimit.error()).isNull();
        assertThat(over.error()).isEqualTo("States.DataLimitExceeded");
        assertThat(over.cause()).contains((41L * KIB_256) + " bytes");
    }

    /** Run states that each assign a new 256 KiB variable. */
    private static Execution chain(int states) {
        StringBuilder definition = new StringBuilder("{'QueryLanguage': 'JSONata', 'StartAt': 'S0', 'States': {");
        for (int i = 0; i < states; i++) {
            definition.append(i == 0 ? "" : ", ").append(pass("S" + i, i + 1 < states ? "S" + (i + 1) : null,
                    KIB_256, "v" + i));
        }
        return run(definition.append("}}").toString(), "{}", TaskMocks.none());
    }
}
