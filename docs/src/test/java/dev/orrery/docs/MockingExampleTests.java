package dev.orrery.docs;

import static dev.orrery.mock.RequestMatchers.payloadAt;
import static dev.orrery.mock.RequestMatchers.payloadContains;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.orrery.mock.MockSession;
import dev.orrery.mock.MockVerificationError;
import dev.orrery.mock.StepFunctionsLocalMockConfig;
import dev.orrery.mock.TaskFailedException;
import dev.orrery.mock.TaskHandler;
import dev.orrery.mock.TaskMocks;
import dev.orrery.mock.VerificationMode;
import dev.orrery.model.StateMachine;
import dev.orrery.parse.AslParser;
import dev.orrery.run.Execution;
import dev.orrery.run.StateMachineRunner;
import dev.orrery.spi.UnmockedTaskException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The snippets of docs/guides/mocking.md, compiled and run. */
class MockingExampleTests {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final StateMachine CHECKOUT = AslParser.parse("""
            {"StartAt": "ChargeCard", "States": {
              "ChargeCard": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
                "Parameters": {"FunctionName": "charge", "Payload": {"orderId.$": "$.orderId", "amount.$": "$.amount"}},
                "ResultSelector": {"transactionId.$": "$.Payload.transactionId"}, "ResultPath": "$.payment",
                "TimeoutSeconds": 30,
                "Retry": [{"ErrorEquals": ["Lambda.TooManyRequestsException", "States.Timeout"],
                           "IntervalSeconds": 1, "MaxAttempts": 3, "BackoffRate": 2}],
                "Next": "SaveOrder"},
              "SaveOrder": {"Type": "Task", "Resource": "arn:aws:states:::aws-sdk:dynamodb:putItem",
                "Parameters": {"TableName": "orders", "Item": {"orderId": {"S.$": "$.orderId"}}},
                "ResultPath": null, "End": true}}}
            """).orThrow();

    private static JsonNode json(String text) throws IOException {
        return JSON.readTree(text);
    }

    @Test
    void answers_in_sequence_with_injected_errors() throws Exception {
        // tag::fluent[]
        TaskMocks mocks = TaskMocks.builder()
                .state("ChargeCard")
                    .fails("Lambda.TooManyRequestsException", "Rate exceeded")
                    .thenReturnsPayload(json("{\"transactionId\": \"TX-1\"}")).withLatency(Duration.ofMillis(800))
                .resource("arn:aws:states:::aws-sdk:dynamodb:*").returns(json("{}"))
                .build();

        Execution execution = StateMachineRunner.create(CHECKOUT, mocks)
                .run(json("{\"orderId\": \"O-1\", \"amount\": 30}"));

        assertThat(execution.succeeded()).isTrue();
        assertThat(execution.output().at("/payment/transactionId").asText()).isEqualTo("TX-1");
        assertThat(execution.virtualDuration()).isEqualTo(Duration.ofMillis(1800));
        // end::fluent[]
    }

    @Test
    void injects_errors_into_one_call_or_a_whole_service() throws Exception {
        // tag::injection[]
        TaskMocks mocks = TaskMocks.builder()
                .state("ChargeCard").returnsPayload(json("{\"transactionId\": \"TX-1\"}"))
                // the 2nd call of ChargeCard fails (a later, more specific mock wins)
                .state("ChargeCard").onCall(2).fails("Lambda.TooManyRequestsException", "Rate exceeded")
                // every call to DynamoDB fails as the AWS SDK integration reports it
                .resource("arn:aws:states:::aws-sdk:dynamodb:*")
                    .throwsServiceException("ProvisionedThroughputExceededException", "Slow down")
                .build();

        Execution execution = StateMachineRunner.create(CHECKOUT, mocks)
                .run(json("{\"orderId\": \"O-1\", \"amount\": 30}"));

        assertThat(execution.error()).isEqualTo("DynamoDb.ProvisionedThroughputExceededException");
        // end::injection[]
    }

    @Test
    void times_a_call_out() throws Exception {
        // tag::timeout[]
        TaskMocks mocks = TaskMocks.builder()
                .state("ChargeCard").timesOut()
                    .thenReturnsPayload(json("{\"transactionId\": \"TX-2\"}"))
                .state("SaveOrder").returns(json("{}"))
                .build();

        Execution execution = StateMachineRunner.create(CHECKOUT, mocks)
                .run(json("{\"orderId\": \"O-1\", \"amount\": 30}"));

        assertThat(execution.succeeded()).isTrue();
        assertThat(execution.virtualDuration()).isEqualTo(Duration.ofSeconds(31)); // 30 s timeout + 1 s backoff
        // end::timeout[]
    }

    @Test
    void verifies_the_calls_of_one_run() throws Exception {
        // tag::session[]
        TaskMocks mocks = TaskMocks.builder()
                .state("ChargeCard").fails("Lambda.TooManyRequestsException", "Rate exceeded")
                    .thenReturnsPayload(json("{\"transactionId\": \"TX-1\"}"))
                .state("SaveOrder").returns(json("{}"))
                .state("SendReceipt").returns(json("{}"))
                .build();
        MockSession session = mocks.session(); // one per run: the mocks stay immutable and shareable

        StateMachineRunner.create(CHECKOUT, session).run(json("{\"orderId\": \"O-1\", \"amount\": 30}"));

        session.verify("ChargeCard", VerificationMode.times(2))
                .verify("ChargeCard", VerificationMode.times(2),
                        payloadContains(json("{\"Payload\": {\"amount\": 30}}")))
                .verify("SaveOrder", VerificationMode.once(), payloadAt("$.Item.orderId.S", json("\"O-1\"")));
        assertThat(session.payloads("SaveOrder")).hasSize(1);
        assertThat(session.unusedMocks()).containsExactly("state \"SendReceipt\"");
        assertThatThrownBy(session::verifyAllMocksUsed).isInstanceOf(MockVerificationError.class);
        // end::session[]
    }

    @Test
    void answers_with_a_mockito_mock() throws Exception {
        // tag::handler[]
        TaskHandler charge = mock(TaskHandler.class);
        when(charge.handle(any()))
                .thenThrow(new TaskFailedException("Lambda.TooManyRequestsException", "Rate exceeded"))
                .thenReturn(json("{\"Payload\": {\"transactionId\": \"TX-9\"}}"));
        TaskMocks mocks = TaskMocks.builder()
                .state("ChargeCard").answers(charge)
                .state("SaveOrder").returns(json("{}"))
                .build();

        Execution execution = StateMachineRunner.create(CHECKOUT, mocks)
                .run(json("{\"orderId\": \"O-1\", \"amount\": 30}"));

        assertThat(execution.output().at("/payment/transactionId").asText()).isEqualTo("TX-9");
        verify(charge).handle(argThat(request -> request.retryCount() == 1));
        // end::handler[]
    }

    @Test
    void fails_closed_on_an_unmocked_task() throws Exception {
        // tag::strict[]
        TaskMocks mocks = TaskMocks.builder()
                .state("ChargeCard").returnsPayload(json("{\"transactionId\": \"TX-1\"}"))
                .build();

        JsonNode input = json("{\"orderId\": \"O-1\", \"amount\": 30}");

        assertThatThrownBy(() -> StateMachineRunner.create(CHECKOUT, mocks).run(input))
                .isInstanceOf(UnmockedTaskException.class)
                .hasMessageStartingWith("No mocked response for Task state \"SaveOrder\" "
                        + "(resource arn:aws:states:::aws-sdk:dynamodb:putItem, call #0, 0-based as in a mocks file).");
        // end::strict[]
    }

    @Test
    void runs_a_step_functions_local_test_case() throws Exception {
        // tag::mock-config[]
        StateMachine machine = AslParser.parse(
                Files.readString(Path.of("src/test/resources/mocks/LambdaSQSIntegration.asl.json"))).orThrow();
        StepFunctionsLocalMockConfig config =
                StepFunctionsLocalMockConfig.read(Path.of("src/test/resources/mocks/MockConfigFile.json"));

        Execution retryPath = StateMachineRunner.create(machine, config.testCase("LambdaSQSIntegration", "RetryPath"))
                .run(json("{}"));

        assertThat(retryPath.succeeded()).isTrue();
        assertThat(retryPath.output().get("MessageId").asText()).isEqualTo("3bcb6e8e-8b51-4375-b0bc-1a59812c6e51");
        assertThat(retryPath.virtualDuration()).isEqualTo(Duration.ofSeconds(2 + 4 + 8));
        // end::mock-config[]
    }
}
