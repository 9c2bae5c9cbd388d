package dev.orrery.run;

import static dev.orrery.run.Runs.json;
import static dev.orrery.run.Runs.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.orrery.mock.TaskMocks;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ContextObjectAndGuardTests {

    @Test
    void the_context_object_has_aws_fields_and_names_from_the_options() {
        // GIVEN
        ExecutionOptions options = ExecutionOptions.defaults().withStateMachineName("Orders")
                .withExecutionName("order-42").withRoleArn("arn:aws:iam::123456789012:role/r");
        // WHEN
        Execution execution = run("""
                {'StartAt': 'W', 'States': {'W': {'Type': 'Wait', 'Seconds': 5, 'Next': 'P'},
                 'P': {'Type': 'Pass', 'Parameters': {'ctx.$': '$$'}, 'End': true}}}""", "{'a': 1}",
                TaskMocks.none(), options);
        // THEN
        assertThat(execution.output()).isEqualTo(json("""
                {'ctx': {'Execution': {'Id': 'arn:aws:states:us-east-1:123456789012:execution:Orders:order-42',
                 'Input': {'a': 1}, 'StartTime': '2025-01-01T00:00:00.000Z', 'Name': 'order-42',
                 'RoleArn': 'arn:aws:iam::123456789012:role/r', 'RedriveCount': 0},
                 'StateMachine': {'Id': 'arn:aws:states:us-east-1:123456789012:stateMachine:Orders',
                 'Name': 'Orders'}, 'State': {'Name': 'P', 'EnteredTime': '2025-01-01T00:00:05.000Z'}}}"""));
        assertThat(execution.executionArn()).isEqualTo("arn:aws:states:us-east-1:123456789012:execution:Orders:order-42");
    }

    @Test
    void an_endless_loop_stops_at_the_transition_guard_with_the_path_so_far() {
        assertThatThrownBy(() -> run("""
                {'StartAt': 'A', 'States': {'A': {'Type': 'Pass', 'Next': 'B'},
                 'B': {'Type': 'Choice', 'Choices': [{'Variable': '$.stop', 'IsPresent': false, 'Next': 'A'}],
                       'Default': 'Done'},
                 'Done': {'Type': 'Succeed'}}}""",
                "{}", TaskMocks.none(), ExecutionOptions.defaults().withMaxTransitions(100)))
                .isInstanceOf(ExecutionLimitExceededException.class)
                .hasMessageContaining("more than 100 states")
                .hasMessageContaining("A -> B");
    }

    @Test
    void a_wait_beyond_the_virtual_duration_guard_stops_the_run() {
        assertThatThrownBy(() -> run("""
                {'StartAt': 'W', 'States': {'W': {'Type': 'Wait', 'Seconds': 86400, 'End': true}}}""", "{}",
                TaskMocks.none(), ExecutionOptions.defaults().withMaxVirtualDuration(Duration.ofHours(1))))
                .isInstanceOf(ExecutionLimitExceededException.class)
                .hasMessageContaining("maximum virtual duration");
    }

    @Test
    void history_exports_as_get_execution_history_json_with_encoded_inputs() {
        Execution execution = run("""
                {'StartAt': 'P', 'States': {'P': {'Type': 'Pass', 'End': true}}}""", "{'a': 1}", TaskMocks.none());

        var events = execution.history().toAwsJson().get("events");
        assertThat(events).hasSize(4);
        assertThat(events.get(1).get("type").asText()).isEqualTo("PassStateEntered");
        assertThat(events.get(1).get("id").asLong()).isEqualTo(2);
        assertThat(events.get(1).get("previousEventId").asLong()).isZero();
        assertThat(events.get(2).get("previousEventId").asLong()).isEqualTo(2);
        assertThat(events.get(1).at("/stateEnteredEventDetails/input").asText()).isEqualTo("{\"a\":1}");
        assertThat(events.get(1).get("timestamp").asText()).isEqualTo("2025-01-01T00:00:00Z");
    }
}
