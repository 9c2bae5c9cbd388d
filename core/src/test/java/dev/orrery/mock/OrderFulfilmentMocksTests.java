package dev.orrery.mock;

import static dev.orrery.mock.MockRuns.json;
import static dev.orrery.mock.MockRuns.jsonResource;
import static dev.orrery.mock.MockRuns.machineResource;
import static dev.orrery.mock.MockRuns.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import dev.orrery.model.StateMachine;
import dev.orrery.run.Execution;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** The order-fulfilment workflow (inventory, payment with retries, database update) with each mock style. */
class OrderFulfilmentMocksTests {

    private static final StateMachine ORDER = machineResource("order-fulfilment.asl.json");
    private static final String INPUT = "{'orderId':'O-1','sku':'BOOK','quantity':2,'amount':30}";
    private static final StepFunctionsLocalMockConfig FILE =
            StepFunctionsLocalMockConfig.read(jsonResource("order-fulfilment-mocks.json"));

    static Stream<Arguments> throttled_then_charged() {
        TaskHandler charge = request -> json("{'transactionId':'TX-1'}");
        return Stream.of(
                Arguments.of("fluent", TaskMocks.builder()
                        .state("CheckInventory").returnsPayload(json("{'available':true}"))
                        .state("ChargeCard").fails("Lambda.TooManyRequestsException", "Rate exceeded")
                        .thenReturns(json("{'transactionId':'TX-1'}"))
                        .resource("arn:aws:states:::aws-sdk:dynamodb:*").returns(json("{}"))
                        .build()),
                Arguments.of("mock file", FILE.testCase("ThrottledThenCharged")),
                Arguments.of("handler", TaskMocks.builder()
                        .state("CheckInventory").returnsPayload(json("{'available':true}"))
                        .state("ChargeCard").fails("Lambda.TooManyRequestsException", "Rate exceeded")
                        .thenAnswers(charge)
                        .state("SaveOrder").answers(request -> json("{}"))
                        .build()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void throttled_then_charged(String style, TaskMocks mocks) {
        MockSession session = mocks.session();

        Execution execution = run(ORDER, session, INPUT);

        assertThat(execution.succeeded()).isTrue();
        assertThat(execution.output()).isEqualTo(json(
                "{'orderId':'O-1','sku':'BOOK','quantity':2,'amount':30,'inventory':{'available':true},"
                        + "'payment':{'transactionId':'TX-1'}}"));
        session.verify("ChargeCard", VerificationMode.times(2)).verify("SaveOrder", VerificationMode.once(),
                RequestMatchers.payloadAt("$.Item.transactionId.S", json("'TX-1'")));
        session.verifyAllMocksUsed();
    }

    @Test
    void records_a_duplicate_order_when_the_condition_fails() {
        TaskHandler charge = mock(TaskHandler.class);
        when(charge.handle(any())).thenReturn(json("{'transactionId':'TX-2'}"));
        TaskMocks mocks = TaskMocks.builder()
                .state("CheckInventory").returnsPayload(json("{'available':true}"))
                .state("ChargeCard").answers(charge)
                .state("SaveOrder").throwsServiceException("ConditionalCheckFailedException", "The conditional "
                        + "request failed")
                .build();

        Execution execution = run(ORDER, mocks, INPUT);

        assertThat(execution.output().get("note")).isEqualTo(json("'duplicate'"));
        assertThat(execution.output().get("error")).isEqualTo(json(
                "{'Error':'DynamoDb.ConditionalCheckFailedException','Cause':'The conditional request failed'}"));
        verify(charge).handle(any());
    }

    @Test
    void records_a_duplicate_order_from_the_mock_file() {
        Execution execution = run(ORDER, FILE.testCase("OrderFulfilment", "Duplicate"), INPUT);

        assertThat(execution.output().get("note")).isEqualTo(json("'duplicate'"));
    }

    @Test
    void stops_when_the_stock_is_short() {
        TaskMocks mocks = TaskMocks.builder()
                .state("CheckInventory").returnsPayload(json("{'available':false}"))
                .build();
        MockSession session = mocks.session();

        Execution execution = run(ORDER, session, INPUT);

        assertThat(execution.error()).isEqualTo("Order.OutOfStock");
        session.verify("ChargeCard", VerificationMode.never());
    }
}
