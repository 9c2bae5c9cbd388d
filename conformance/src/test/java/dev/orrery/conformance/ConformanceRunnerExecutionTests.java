package dev.orrery.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Runner tests that need the interpreter behind {@code StateMachineRunner}. */
class ConformanceRunnerExecutionTests {

    @Test
    void passes_a_case_whose_execution_matches_the_recording() {
        CaseResult result = ConformanceRunner.run(Fixtures.passCase("{}"));

        assertThat(result.difference()).isNull();
    }

    @Test
    void reports_an_unmocked_task_as_an_exception_without_crashing() {
        ConformanceCase unmocked = Fixtures.passCase("""
                {'definition': {'StartAt': 'Call', 'States': {'Call': {'Type': 'Task',
                   'Resource': 'arn:aws:lambda:us-east-1:123456789012:function:f', 'End': true}}},
                 'features': {'query_language': 'JSONPath', 'state_types': {'Task': 1}, 'features': []}}
                """);

        CaseResult result = ConformanceRunner.run(unmocked);

        assertThat(result.difference().field()).isEqualTo("exception");
        assertThat(result.difference().actual()).startsWith("UnmockedTaskException").contains("\"Call\"");
    }

    @Test
    void reports_the_first_difference_of_a_wrong_result() {
        ConformanceCase wrong = Fixtures.passCase("{'input': {'a': 2}}");

        CaseResult result = ConformanceRunner.run(wrong);

        assertThat(result.difference()).isEqualTo(new Difference("output.a", "1", "2"));
    }

    @Test
    void declares_the_activities_whose_calls_the_recording_holds() {
        ConformanceCase activities = Fixtures.passCase("""
                {'definition': {'StartAt': 'P', 'States': {'P': {'Type': 'Parallel', 'End': true, 'Branches': [
                   {'StartAt': 'Called', 'States': {'Called': {'Type': 'Task', 'End': true,
                      'Resource': 'arn:aws:states:us-east-1:123456789012:activity:called'}}},
                   {'StartAt': 'Deleted', 'States': {'Deleted': {'Type': 'Task', 'End': true,
                      'Resource': 'arn:aws:states:us-east-1:123456789012:activity:deleted'}}}]}}},
                 'mocks': {'Called': [{'return': {}}]}}
                """);

        assertThat(ConformanceRunner.recordedActivities(activities))
                .containsExactly("arn:aws:states:us-east-1:123456789012:activity:called");
    }
}
