package dev.orrery.run;

import static dev.orrery.run.Runs.json;
import static dev.orrery.run.Runs.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.orrery.mock.TaskMocks;
import org.junit.jupiter.api.Test;

class UnresolvedPlaceholderRunTests {

    private static final String DEFINITION = """
            {'StartAt': 'Choose', 'States': {
              'Choose': {'Type': 'Choice', 'Choices': [{'Variable': '$.express', 'BooleanEquals': true,
                'Next': 'Ship now'}], 'Default': 'Save order'},
              'Save order': {'Type': 'Task', 'Resource': 'arn:aws:states:::dynamodb:putItem',
                'Parameters': {'TableName': '${OrdersTableName}', 'Item': {}}, 'End': true},
              'Ship now': {'Type': 'Pass', 'End': true}}}""";

    @Test
    void fails_a_run_that_reaches_a_state_still_holding_a_placeholder() {
        // WHEN
        Execution execution = run(DEFINITION, "{'express': false}",
                TaskMocks.builder().returns("Save order", json("{}")).build());
        // THEN
        assertThat(execution.status()).isEqualTo(ExecutionStatus.FAILED);
        assertThat(execution.error()).isEqualTo("States.Runtime");
        assertThat(execution.cause()).isEqualTo("The state 'Save order' still holds the placeholder ${OrdersTableName},"
                + " which AWS substitutes when the state machine is deployed. Substitute it before running:"
                + " StateMachineDefinitions...substitute(\"OrdersTableName\", value) in Java, substitutions ="
                + " \"OrdersTableName=value\" on @StateMachineTest, or --substitution OrdersTableName=value on the"
                + " command line.");
    }

    @Test
    void runs_the_states_without_placeholders() {
        Execution execution = run(DEFINITION, "{'express': true}", TaskMocks.none());
        assertThat(execution.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    }
}
