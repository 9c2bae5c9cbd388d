package dev.orrery.run;

import static dev.orrery.run.Runs.json;
import static dev.orrery.run.Runs.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.orrery.mock.TaskMocks;
import org.junit.jupiter.api.Test;

class ChoiceStateTests {

    private static final String ROUTE = """
            {'StartAt': 'Route', 'States': {
              'Route': {'Type': 'Choice', 'InputPath': '$.order', 'OutputPath': '$.total', 'Choices': [
                {'Variable': '$.total', 'NumericGreaterThanEquals': 100, 'Next': 'Big'},
                {'And': [{'Variable': '$.express', 'IsPresent': true}, {'Variable': '$.express', 'BooleanEquals': true}],
                 'Next': 'Express'}],
               'Default': 'Normal'},
              'Big': {'Type': 'Pass', 'Result': 'big', 'End': true},
              'Express': {'Type': 'Pass', 'Result': 'express', 'End': true},
              'Normal': {'Type': 'Pass', 'Result': 'normal', 'End': true}}}""";

    @Test
    void the_first_matching_rule_names_the_next_state() {
        Execution execution = run(ROUTE, "{'order': {'total': 150, 'express': true}}", TaskMocks.none());

        assertThat(execution.path()).containsExactly("Route", "Big");
        assertThat(execution.visits().get(0).output()).isEqualTo(json("150"));
    }

    @Test
    void a_compound_rule_is_tested_when_earlier_ones_do_not_match() {
        Execution execution = run(ROUTE, "{'order': {'total': 10, 'express': true}}", TaskMocks.none());

        assertThat(execution.path()).containsExactly("Route", "Express");
    }

    @Test
    void the_default_is_taken_when_no_rule_matches() {
        Execution execution = run(ROUTE, "{'order': {'total': 10}}", TaskMocks.none());

        assertThat(execution.path()).containsExactly("Route", "Normal");
        assertThat(execution.history().types()).containsSubsequence("ChoiceStateEntered", "ChoiceStateExited",
                "PassStateEntered");
    }

    @Test
    void no_match_and_no_default_fails_with_states_no_choice_matched() {
        Execution execution = run("""
                {'StartAt': 'C', 'States': {'C': {'Type': 'Choice', 'Choices': [
                  {'Variable': '$.n', 'NumericEquals': 1, 'Next': 'One'}]},
                 'One': {'Type': 'Succeed'}}}""", "{'n': 2}", TaskMocks.none());

        assertThat(execution.status()).isEqualTo(ExecutionStatus.FAILED);
        assertThat(execution.error()).isEqualTo("States.NoChoiceMatched");
        assertThat(execution.history().types()).containsExactly("ExecutionStarted", "ChoiceStateEntered",
                "ExecutionFailed");
    }

    @Test
    void a_loop_through_a_choice_runs_until_its_condition_turns() {
        Execution execution = run("""
                {'StartAt': 'Init', 'States': {
                 'Init': {'Type': 'Pass', 'Parameters': {'counter': 0}, 'Next': 'Increment'},
                 'Increment': {'Type': 'Pass', 'Parameters': {'counter.$': 'States.MathAdd($.counter, 1)'},
                   'Next': 'Check'},
                 'Check': {'Type': 'Choice', 'Choices': [
                   {'Variable': '$.counter', 'NumericLessThan': 5, 'Next': 'Increment'}], 'Default': 'Done'},
                 'Done': {'Type': 'Succeed'}}}""", "{}", TaskMocks.none());

        assertThat(execution.output()).isEqualTo(json("{'counter': 5}"));
        assertThat(execution.path()).hasSize(1 + 5 * 2 + 1);
    }
    @Test
    void a_choice_that_fails_after_its_rule_matched_says_that_it_chose_no_state() {
        // GIVEN: a rule that matches and outputs more than the 256 KiB a state's output may hold
        String big = "{% ($s := \\'x\\'; " + "$s := $s & $s; ".repeat(19) + "$s) %}";

        // WHEN
        Execution execution = run("{'QueryLanguage': 'JSONata', 'StartAt': 'C', 'States': {'C': {'Type': 'Choice',"
                + " 'Choices': [{'Condition': '{% true %}', 'Output': '" + big + "', 'Next': 'One'}],"
                + " 'Default': 'One'}, 'One': {'Type': 'Succeed'}}}", "{}", TaskMocks.none());

        // THEN
        assertThat(execution.error()).isEqualTo("States.DataLimitExceeded");
        assertThat(execution.visits().get(0).error()).isEqualTo("States.DataLimitExceeded");
        assertThat(execution.visits().get(0).matchedChoiceRule()).isEqualTo(StateVisit.NO_CHOICE);
    }

    @Test
    void a_choice_visit_names_the_rule_that_matched_or_its_default() {
        Execution rule = run(ROUTE, "{'order': {'total': 10, 'express': true}}", TaskMocks.none());
        Execution otherwise = run(ROUTE, "{'order': {'total': 10}}", TaskMocks.none());

        assertThat(rule.visits().get(0).matchedChoiceRule()).isEqualTo(1);
        assertThat(rule.visits().get(1).matchedChoiceRule()).isEqualTo(StateVisit.NO_CHOICE);
        assertThat(otherwise.visits().get(0).matchedChoiceRule()).isEqualTo(StateVisit.DEFAULT_CHOICE);
    }
}
