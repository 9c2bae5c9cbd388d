package dev.orrery.run;

import static dev.orrery.run.Runs.json;
import static dev.orrery.run.Runs.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orrery.mock.TaskMocks;
import org.junit.jupiter.api.Test;

class TaskCredentialsTests {

    private static final TaskMocks INVOKE = TaskMocks.builder().resource("arn:aws:states:::lambda:invoke")
            .returns(json("{'Payload': 1}")).build();

    private static JsonNode scheduled(Execution execution) {
        return execution.history().events().stream().filter(event -> event.type().endsWith("Scheduled"))
                .findFirst().orElseThrow().details();
    }

    @Test
    void a_jsonata_role_arn_is_evaluated_and_recorded_as_the_task_credentials() {
        Execution execution = run("""
                {'QueryLanguage': 'JSONata', 'StartAt': 'T', 'States': {'T': {'Type': 'Task', 'End': true,
                  'Resource': 'arn:aws:states:::lambda:invoke', 'Arguments': {'FunctionName': 'f'},
                  'Credentials': {'RoleArn': '{% $states.input.role %}'}}}}""", "{'role': 'trusted_role_arn'}",
                INVOKE);

        assertThat(execution.error()).isNull();
        assertThat(scheduled(execution).get("taskCredentials")).isEqualTo(json("{'roleArn': 'trusted_role_arn'}"));
    }

    @Test
    void a_jsonpath_role_arn_path_is_evaluated_on_the_state_input() {
        Execution execution = run("""
                {'StartAt': 'T', 'States': {'T': {'Type': 'Task', 'End': true,
                  'Resource': 'arn:aws:states:::lambda:invoke', 'Parameters': {'FunctionName': 'f'},
                  'Credentials': {'RoleArn.$': '$.role'}}}}""", "{'role': 'arn:aws:iam::1:role/r'}", INVOKE);

        assertThat(scheduled(execution).get("taskCredentials"))
                .isEqualTo(json("{'roleArn': 'arn:aws:iam::1:role/r'}"));
    }

    @Test
    void a_task_without_credentials_records_none() {
        Execution execution = run("""
                {'StartAt': 'T', 'States': {'T': {'Type': 'Task', 'End': true,
                  'Resource': 'arn:aws:states:::lambda:invoke', 'Parameters': {'FunctionName': 'f'}}}}""", "{}",
                INVOKE);

        assertThat(scheduled(execution).has("taskCredentials")).isFalse();
    }

    @Test
    void a_role_arn_expression_that_fails_fails_the_state_with_a_query_evaluation_error() {
        Execution execution = run("""
                {'QueryLanguage': 'JSONata', 'StartAt': 'T', 'States': {'T': {'Type': 'Task', 'End': true,
                  'Resource': 'arn:aws:states:::lambda:invoke', 'Arguments': {'FunctionName': 'f'},
                  'Credentials': {'RoleArn': '{% $states.input.missing %}'}}}}""", "{}", INVOKE);

        assertThat(execution.error()).isEqualTo("States.QueryEvaluationError");
        assertThat(execution.cause()).contains("'Credentials/RoleArn'");
        assertThat(execution.history().types()).doesNotContain("TaskScheduled");
    }
}
