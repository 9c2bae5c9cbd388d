package dev.orrery.run;

import static dev.orrery.run.Runs.json;
import static dev.orrery.run.Runs.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.orrery.mock.TaskMocks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PassAndTerminalStateTests {

    @Test
    void pass_state_places_its_result_at_the_result_path() {
        // WHEN
        Execution execution = run("""
                {'StartAt': 'P', 'States': {'P': {'Type': 'Pass', 'Result': {'x': 1}, 'ResultPath': '$.r',
                 'End': true}}}""", "{'a': 2}", TaskMocks.none());
        // THEN
        assertThat(execution.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        assertThat(execution.output()).isEqualTo(json("{'a': 2, 'r': {'x': 1}}"));
        assertThat(execution.path()).containsExactly("P");
    }

    @Test
    void pass_state_without_result_passes_the_parameters_on() {
        Execution execution = run("""
                {'StartAt': 'P', 'States': {'P': {'Type': 'Pass', 'InputPath': '$.order',
                 'Parameters': {'id.$': '$.id', 'fixed': true}, 'Next': 'S'}, 'S': {'Type': 'Succeed'}}}""",
                "{'order': {'id': 'o-1'}}", TaskMocks.none());

        assertThat(execution.output()).isEqualTo(json("{'id': 'o-1', 'fixed': true}"));
        assertThat(execution.path()).containsExactly("P", "S");
    }

    @Test
    void output_path_selects_part_of_the_output_and_null_discards_it() {
        Execution selected = run("""
                {'StartAt': 'P', 'States': {'P': {'Type': 'Pass', 'OutputPath': '$.keep', 'End': true}}}""",
                "{'keep': [1], 'drop': 2}", TaskMocks.none());
        Execution discarded = run("""
                {'StartAt': 'P', 'States': {'P': {'Type': 'Pass', 'OutputPath': null, 'End': true}}}""",
                "{'keep': [1]}", TaskMocks.none());

        assertThat(selected.output()).isEqualTo(json("[1]"));
        assertThat(discarded.output()).isEqualTo(json("{}"));
    }

    @Test
    void fail_state_ends_the_execution_with_its_error_and_cause() {
        Execution execution = run("""
                {'StartAt': 'F', 'States': {'F': {'Type': 'Fail', 'Error': 'Order.Invalid', 'Cause': 'no lines'}}}""",
                "{}", TaskMocks.none());

        assertThat(execution.status()).isEqualTo(ExecutionStatus.FAILED);
        assertThat(execution.error()).isEqualTo("Order.Invalid");
        assertThat(execution.cause()).isEqualTo("no lines");
        assertThat(execution.history().types())
                .containsExactly("ExecutionStarted", "FailStateEntered", "ExecutionFailed");
    }

    @Test
    void fail_state_reads_error_and_cause_from_the_input_by_path() {
        Execution execution = run("""
                {'StartAt': 'F', 'States': {'F': {'Type': 'Fail', 'ErrorPath': '$.e', 'CausePath': '$.c'}}}""",
                "{'e': 'E1', 'c': 'C1'}", TaskMocks.none());

        assertThat(execution.error()).isEqualTo("E1");
        assertThat(execution.cause()).isEqualTo("C1");
    }

    @Test
    void a_missing_error_path_fails_with_states_runtime_and_aws_cause() {
        Execution execution = run("""
                {'StartAt': 'F', 'States': {'F': {'Type': 'Fail', 'ErrorPath': '$.ErrorX'}}}""",
                "{'a': 1}", TaskMocks.none());

        assertThat(execution.error()).isEqualTo("States.Runtime");
        assertThat(execution.cause()).isEqualTo("An error occurred while executing the state 'F' (entered at the "
                + "event id #2). The JSONPath '$.ErrorX' specified for the field 'ErrorPath' could not be found in "
                + "the input '{\"a\":1}'");
    }

    @Test
    void succeed_state_applies_input_and_output_paths() {
        Execution execution = run("""
                {'StartAt': 'S', 'States': {'S': {'Type': 'Succeed', 'InputPath': '$.a', 'OutputPath': '$.b'}}}""",
                "{'a': {'b': 'yes'}}", TaskMocks.none());

        assertThat(execution.output()).isEqualTo(json("'yes'"));
        assertThat(execution.history().types()).containsExactly("ExecutionStarted", "SucceedStateEntered",
                "SucceedStateExited", "ExecutionSucceeded");
    }

    @Test
    void the_same_run_twice_gives_equal_executions() {
        String definition = """
                {'StartAt': 'W', 'States': {'W': {'Type': 'Wait', 'Seconds': 30, 'Next': 'P'},
                 'P': {'Type': 'Pass', 'Parameters': {'ctx.$': '$$'}, 'End': true}}}""";

        assertThat(run(definition, "{}", TaskMocks.none())).isEqualTo(run(definition, "{}", TaskMocks.none()));
    }

    @Test
    void an_indefinite_parameters_path_that_matches_nothing_gives_an_empty_array() {
        Execution execution = run("""
                {'StartAt': 'P', 'States': {'P': {'Type': 'Pass', 'Parameters': {'item.$': '$.items[*].value'},
                 'End': true}}}""", "{}", TaskMocks.none());

        assertThat(execution.output()).isEqualTo(json("{'item': []}"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            $..append($.*$) | Current path token is a leaf
            """)
    void a_path_that_jsonpath_cannot_evaluate_fails_the_run_with_states_runtime(String path, String reason) {
        Execution execution = run("{'StartAt': 'P', 'States': {'P': {'Type': 'Pass', 'Parameters': {'v.$': '"
                + path + "'}, 'End': true}}}", "{'a': [1]}", TaskMocks.none());

        assertThat(execution.error()).isEqualTo("States.Runtime");
        assertThat(execution.cause()).isEqualTo("An error occurred while executing the state 'P' (entered at the "
                + "event id #2). Invalid path '" + path + "' : " + reason);
    }

    @Test
    void a_path_that_appends_an_enclosing_value_appends_a_copy_and_leaves_the_input_alone() {
        Execution execution = run("{'StartAt': 'P', 'States': {'P': {'Type': 'Pass', 'Parameters': {'v.$': "
                + "'$.a.append($)'}, 'End': true}}}", "{'a': [1]}", TaskMocks.none());

        assertThat(execution.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        assertThat(execution.output()).isEqualTo(json("{'v': [1, {'a': [1]}]}"));
        assertThat(execution.input()).isEqualTo(json("{'a': [1]}"));
    }

    @Test
    void a_path_that_appends_leaves_the_state_input_as_it_was() {
        Execution execution = run("""
                {'StartAt': 'P', 'States': {'P': {'Type': 'Pass',
                 'Parameters': {'appended.$': '$.a.append(5)', 'a.$': '$.a'}, 'End': true}}}""", "{'a': [1]}",
                TaskMocks.none());

        assertThat(execution.output()).isEqualTo(json("{'appended': [1, 5], 'a': [1]}"));
        assertThat(execution.input()).isEqualTo(json("{'a': [1]}"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "'P': {'Type': 'Pass', 'InputPath': '$.s.xength()', 'End': true}",
        "'P': {'Type': 'Pass', 'Parameters': {'v.$': '$.s.xength()'}, 'End': true}",
        "'P': {'Type': 'Choice', 'Choices': [{'Variable': '$.s.xength()', 'IsPresent': true, 'Next': 'D'}], "
                + "'Default': 'D'}, 'D': {'Type': 'Succeed'}"})
    void a_path_naming_a_function_jsonpath_does_not_have_fails_the_run_with_states_runtime(String states) {
        Execution execution = run("{'StartAt': 'P', 'States': {" + states + "}}", "{'s': 'text'}", TaskMocks.none());

        assertThat(execution.status()).isEqualTo(ExecutionStatus.FAILED);
        assertThat(execution.error()).isEqualTo("States.Runtime");
        assertThat(execution.cause()).isEqualTo("An error occurred while executing the state 'P' (entered at the "
                + "event id #2). Invalid path '$.s.xength()' : Function with name: xength does not exist.");
    }
}
