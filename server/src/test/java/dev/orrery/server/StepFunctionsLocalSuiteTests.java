package dev.orrery.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.DescribeExecutionResponse;
import software.amazon.awssdk.services.sfn.model.ExecutionStatus;
import software.amazon.awssdk.services.sfn.model.HistoryEvent;
import software.amazon.awssdk.services.sfn.model.HistoryEventType;

/** The flows of AWS's MockConfigFile documentation example, driven by the AWS SDK as a Step Functions Local suite. */
@StepFunctionsEndpoint(mockConfig = "MockConfigFile.json")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StepFunctionsLocalSuiteTests {

    SfnClient sfn;
    String stateMachineArn;

    @BeforeAll
    void create_the_state_machine(URI endpoint) {
        sfn = Sfn.client(endpoint);
        stateMachineArn = sfn.createStateMachine(r -> r.name("LambdaSQSIntegration")
                .definition(Sfn.resource("LambdaSQSIntegration.asl.json")).roleArn(Sfn.ROLE)).stateMachineArn();
    }

    @Test
    void runs_the_happy_path_test_case_to_its_end_before_start_execution_returns() {
        String executionArn = sfn.startExecution(r -> r.stateMachineArn(stateMachineArn + "#HappyPath")
                .name("happy").input("{\"name\":\"Ada\"}")).executionArn();

        DescribeExecutionResponse execution = sfn.describeExecution(r -> r.executionArn(executionArn));

        assertThat(executionArn).isEqualTo(
                "arn:aws:states:us-east-1:123456789012:execution:LambdaSQSIntegration:happy");
        assertThat(execution.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        assertThat(execution.output()).contains("3bcb6e8e-8b51-4375-b0bc-1a59812c6e51");
    }

    @Test
    void retries_the_lambda_in_the_retry_path_on_the_virtual_clock() {
        String executionArn = sfn.startExecution(r -> r.stateMachineArn(stateMachineArn + "#RetryPath"))
                .executionArn();

        List<HistoryEvent> events = sfn.getExecutionHistory(r -> r.executionArn(executionArn)).events();

        assertThat(events).filteredOn(e -> e.type() == HistoryEventType.TASK_FAILED).hasSize(3);
        assertThat(events.get(events.size() - 1).type()).isEqualTo(HistoryEventType.EXECUTION_SUCCEEDED);
        assertThat(events.get(events.size() - 1).timestamp())
                .isAfterOrEqualTo(events.get(0).timestamp().plusSeconds(2 + 4 + 8));
    }

    @Test
    void fails_a_task_that_the_test_case_does_not_mock_closed() {
        String executionArn = sfn.startExecution(r -> r.stateMachineArn(stateMachineArn + "#HybridPath"))
                .executionArn();

        DescribeExecutionResponse execution = sfn.describeExecution(r -> r.executionArn(executionArn));

        assertThat(execution.status()).isEqualTo(ExecutionStatus.FAILED);
        assertThat(execution.error()).isEqualTo("States.Runtime");
        assertThat(execution.cause()).contains("\"SQSState\"", "#<TestCase>");
    }

    @Test
    void reads_a_history_in_pages_forwards_and_backwards() {
        String executionArn = sfn.startExecution(r -> r.stateMachineArn(stateMachineArn + "#RetryPath"))
                .executionArn();
        List<HistoryEvent> all = sfn.getExecutionHistory(r -> r.executionArn(executionArn)).events();

        List<HistoryEvent> paged = sfn.getExecutionHistoryPaginator(r -> r.executionArn(executionArn).maxResults(3))
                .events().stream().toList();
        List<HistoryEvent> reversed = sfn.getExecutionHistoryPaginator(r -> r.executionArn(executionArn)
                .maxResults(4).reverseOrder(true)).events().stream().toList();

        assertThat(paged).isEqualTo(all);
        List<HistoryEvent> backwards = new ArrayList<>(all);
        Collections.reverse(backwards);
        assertThat(reversed).containsExactlyElementsOf(backwards);
    }

    @Test
    void leaves_out_execution_data_when_asked() {
        String executionArn = sfn.startExecution(r -> r.stateMachineArn(stateMachineArn + "#HappyPath"))
                .executionArn();

        HistoryEvent first = sfn.getExecutionHistory(r -> r.executionArn(executionArn).includeExecutionData(false))
                .events().get(0);

        assertThat(first.executionStartedEventDetails().input()).isNull();
        assertThat(first.executionStartedEventDetails().roleArn()).isEqualTo(Sfn.ROLE);
    }
}
