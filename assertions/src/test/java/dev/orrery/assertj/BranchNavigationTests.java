package dev.orrery.assertj;

import static dev.orrery.assertj.OrreryAssertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.BDDAssertions.then;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.orrery.mock.TaskMocks;
import dev.orrery.parse.AslParser;
import dev.orrery.run.Execution;
import dev.orrery.run.ExecutionOptions;
import dev.orrery.run.StateMachineRunner;
import org.junit.jupiter.api.Test;

class BranchNavigationTests {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static Execution run(String definition, String input) throws Exception {
        return StateMachineRunner.create(AslParser.parse(definition).orThrow(), TaskMocks.none(),
                ExecutionOptions.defaults().withExecutionName("order-42")).run(JSON.readTree(input));
    }

    @Test
    void navigates_into_a_map_iteration_with_its_own_path_and_output() throws Exception {
        Execution execution = run("""
                {"StartAt": "Each", "States": {"Each": {"Type": "Map", "ItemsPath": "$.items", "End": true,
                 "ItemProcessor": {"StartAt": "Check", "States": {
                   "Check": {"Type": "Choice", "Choices": [{"Variable": "$", "NumericGreaterThan": 10, "Next": "Big"}],
                             "Default": "Small"},
                   "Big": {"Type": "Pass", "Result": "big", "End": true},
                   "Small": {"Type": "Pass", "Result": "small", "End": true}}}}}}""", "{\"items\": [5, 50]}");

        assertThat(execution).state("Each").iteration(0).succeeded().hasPath("Check", "Small")
                .output().isEqualToJson("\"small\"");
        assertThat(execution).state("Each").iteration(1).hasPath("Check", "Big").neverVisited("Small");
    }

    @Test
    void navigates_into_a_parallel_branch_and_reports_its_failure() throws Exception {
        Execution execution = run("""
                {"StartAt": "Both", "States": {"Both": {"Type": "Parallel", "End": true, "Branches": [
                  {"StartAt": "Left", "States": {"Left": {"Type": "Pass", "End": true}}},
                  {"StartAt": "Right", "States": {"Right": {"Type": "Fail", "Error": "Right.Broken"}}}]}}}""", "{}");

        assertThat(execution).state("Both").branch(0).succeeded().hasPath("Left");
        assertThat(execution).state("Both").branch(1).failedWith("Right.Broken").hasPath("Right");
    }

    @Test
    void fails_with_the_number_of_iterations_when_the_index_is_out_of_range() throws Exception {
        Execution execution = run("""
                {"StartAt": "Each", "States": {"Each": {"Type": "Map", "End": true,
                 "ItemProcessor": {"StartAt": "P", "States": {"P": {"Type": "Pass", "End": true}}}}}}""", "[1, 2]");

        AssertionError error = catchThrowableOfType(AssertionError.class,
                () -> assertThat(execution).state("Each").iteration(9));

        then(error).hasMessage(String.format("Expecting state \"Each\" of execution \"order-42\" to have iteration 9 "
                + "(0-based) but it ran 2 iteration(s)%npath:%n  [Each, P, P]"));
    }

    @Test
    void a_failing_assertion_inside_an_iteration_names_it() throws Exception {
        Execution execution = run("""
                {"StartAt": "Each", "States": {"Each": {"Type": "Map", "End": true,
                 "ItemProcessor": {"StartAt": "P", "States": {"P": {"Type": "Pass", "End": true}}}}}}""", "[1, 2]");

        AssertionError error = catchThrowableOfType(AssertionError.class,
                () -> assertThat(execution).state("Each").iteration(1).hasPath("P", "P"));

        then(error).hasMessage(String.format("Expecting execution \"order-42/Each/iteration/1\" to have followed path:%n"
                + "  [P, P]%nbut it followed:%n  [P]%nfirst difference at step 2: expected \"P\" but the path ended"));
    }
}
