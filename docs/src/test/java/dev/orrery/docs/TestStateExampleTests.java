package dev.orrery.docs;

import static dev.orrery.assertj.OrreryAssertions.assertThat;
import static dev.orrery.teststate.TestStateStatus.CAUGHT_ERROR;
import static dev.orrery.teststate.TestStateStatus.RETRIABLE;
import static dev.orrery.teststate.TestStateStatus.SUCCEEDED;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.orrery.mock.TaskMocks;
import dev.orrery.parse.AslParser;
import dev.orrery.run.Execution;
import dev.orrery.run.StateMachineRunner;
import dev.orrery.teststate.FieldValidationMode;
import dev.orrery.teststate.InspectionLevel;
import dev.orrery.teststate.StateConfiguration;
import dev.orrery.teststate.StateTester;
import dev.orrery.teststate.TestStateException;
import dev.orrery.teststate.TestStateMock;
import dev.orrery.teststate.TestStateResult;
import org.junit.jupiter.api.Test;

/** The snippets of docs/guides/test-state.md, compiled and run. */
class TestStateExampleTests {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final String ORDER = """
            {"StartAt": "Charge", "States": {
              "Charge": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
                "Parameters": {"FunctionName": "charge", "Payload.$": "$"},
                "ResultSelector": {"status.$": "$.Payload.status"}, "ResultPath": "$.charge",
                "Retry": [{"ErrorEquals": ["Payment.Timeout"], "IntervalSeconds": 2, "BackoffRate": 2,
                           "MaxAttempts": 3}],
                "Catch": [{"ErrorEquals": ["States.ALL"], "Next": "Refund"}],
                "Next": "Ship"},
              "Refund": {"Type": "Pass", "End": true},
              "Ship": {"Type": "Pass", "End": true}}}""";

    @Test
    void tests_one_task_with_a_mocked_result() {
        String definition = ORDER;
        // tag::result[]
        TestStateResult result = StateTester.of(definition).state("Charge")
                .input("{\"amount\": 42}")
                .mock(TestStateMock.result("{\"Payload\": {\"status\": \"OK\"}}"))
                .inspectionLevel(InspectionLevel.DEBUG)
                .test();

        assertThat(result).hasStatus(SUCCEEDED).hasNextState("Ship");
        assertThat(result).afterParameters().isEqualToJson("{\"FunctionName\": \"charge\", \"Payload\": {\"amount\": 42}}");
        assertThat(result).output().isEqualToJson("{\"amount\": 42, \"charge\": {\"status\": \"OK\"}}");
        // end::result[]
    }

    @Test
    void tests_retry_and_catch_with_a_mocked_error() {
        String definition = ORDER;
        // tag::errors[]
        StateTester charge = StateTester.of(definition).state("Charge")
                .mock(TestStateMock.error("Payment.Timeout", "the gateway timed out"));

        assertThat(charge.configuration(StateConfiguration.NONE.withRetrierRetryCount(1)).test())
                .hasStatus(RETRIABLE).hasError("Payment.Timeout");
        assertThat(charge.configuration(StateConfiguration.NONE.withRetrierRetryCount(3)).test())
                .hasStatus(CAUGHT_ERROR).hasNextState("Refund");
        // end::errors[]
    }

    @Test
    void rejects_a_mocked_result_that_does_not_fit_the_service_response_shape() {
        // tag::fieldValidation[]
        StateTester encrypt = StateTester.of("""
                {"Type": "Task", "Resource": "arn:aws:states:::aws-sdk:kms:encrypt",
                 "Parameters": {"KeyId": "alias/orders", "Plaintext.$": "$.card"}, "End": true}""")
                .input("{\"card\": \"4111 1111 1111 1111\"}");

        assertThatThrownBy(() -> encrypt.mock(TestStateMock.result("{\"CiphertextBlob\": 123}")).test())
                .isInstanceOf(TestStateException.class)
                .hasMessage("Mock result schema validation error: Field 'CiphertextBlob' must be a string");
        assertThat(encrypt.mock(TestStateMock.result("{\"CiphertextBlob\": 123}")
                .withFieldValidationMode(FieldValidationMode.NONE)).test()).hasStatus(SUCCEEDED);
        // end::fieldValidation[]
    }

    @Test
    void reaches_the_stages_of_every_visit_of_a_full_run() throws Exception {
        String definition = ORDER;
        // tag::visits[]
        Execution execution = StateMachineRunner.create(AslParser.parse(definition).orThrow(),
                        TaskMocks.builder().state("Charge").returnsPayload(JSON.readTree("{\"status\": \"OK\"}"))
                                .build())
                .run(JSON.readTree("{\"amount\": 42}"));

        assertThat(execution).state("Charge").afterParameters()
                .isEqualToJson("{\"FunctionName\": \"charge\", \"Payload\": {\"amount\": 42}}");
        assertThat(execution).state("Charge").afterResultSelector().isEqualToJson("{\"status\": \"OK\"}");
        // end::visits[]
    }
}
