package dev.orrery.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.InspectionLevel;
import software.amazon.awssdk.services.sfn.model.TestExecutionStatus;
import software.amazon.awssdk.services.sfn.model.TestStateResponse;
import software.amazon.awssdk.services.sfn.model.ValidationException;

/** {@code AWSStepFunctions.TestState} answers through the AWS SDK as TestState does, with StateTester's engine. */
@StepFunctionsEndpoint
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TestStateThroughTheEndpointTests {

    private static final String CHARGE = """
            {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
             "Parameters": {"FunctionName": "charge", "Payload.$": "$"},
             "Retry": [{"ErrorEquals": ["Payment.Busy"], "IntervalSeconds": 2, "BackoffRate": 3, "MaxAttempts": 2}],
             "Catch": [{"ErrorEquals": ["Payment.Declined"], "ResultPath": "$.failure", "Next": "Refund"}],
             "Next": "Ship"}""";

    SfnClient sfn;

    @BeforeAll
    void connect(URI endpoint) {
        sfn = Sfn.client(endpoint);
    }

    @Test
    void answers_the_output_the_next_state_and_the_inspection_data_of_a_state_that_succeeds() {
        TestStateResponse response = sfn.testState(r -> r
                .definition("{\"Type\": \"Pass\", \"Parameters\": {\"total.$\": \"$.price\"}, \"Next\": \"Ship\"}")
                .input("{\"price\": 42}").inspectionLevel(InspectionLevel.DEBUG));

        assertThat(response.status()).isEqualTo(TestExecutionStatus.SUCCEEDED);
        assertThat(response.output()).isEqualTo("{\"total\":42}");
        assertThat(response.nextState()).isEqualTo("Ship");
        // the input text as sent, as the developer guide's Example 2 shows it
        assertThat(response.inspectionData().input()).isEqualTo("{\"price\": 42}");
        assertThat(response.inspectionData().afterParameters()).isEqualTo("{\"total\":42}");
    }

    @Test
    void answers_caught_error_and_the_catcher_for_a_mocked_error_that_a_catcher_matches() {
        TestStateResponse response = sfn.testState(r -> r.definition(CHARGE).input("{\"order\": 7}")
                .roleArn(Sfn.ROLE).inspectionLevel(InspectionLevel.DEBUG)
                .mock(m -> m.errorOutput(e -> e.error("Payment.Declined").cause("card expired"))));

        assertThat(response.status()).isEqualTo(TestExecutionStatus.CAUGHT_ERROR);
        assertThat(response.error()).isEqualTo("Payment.Declined");
        assertThat(response.cause()).isEqualTo("card expired");
        assertThat(response.nextState()).isEqualTo("Refund");
        assertThat(response.inspectionData().errorDetails().catchIndex()).isZero();
    }

    @Test
    void answers_retriable_and_the_backoff_for_a_mocked_error_that_a_retrier_still_retries() {
        TestStateResponse response = sfn.testState(r -> r.definition(CHARGE).input("{\"order\": 7}")
                .roleArn(Sfn.ROLE).inspectionLevel(InspectionLevel.DEBUG)
                .mock(m -> m.errorOutput(e -> e.error("Payment.Busy").cause("try later")))
                .stateConfiguration(c -> c.retrierRetryCount(1)));

        assertThat(response.status()).isEqualTo(TestExecutionStatus.RETRIABLE);
        assertThat(response.error()).isEqualTo("Payment.Busy");
        assertThat(response.nextState()).isNull();
        assertThat(response.inspectionData().errorDetails().retryIndex()).isZero();
        assertThat(response.inspectionData().errorDetails().retryBackoffIntervalSeconds()).isEqualTo(6);
    }

    @Test
    void refuses_a_mock_on_a_state_that_takes_none_with_aws_error_and_http_400() {
        assertThatThrownBy(() -> sfn.testState(r -> r
                .definition("{\"Type\": \"Pass\", \"End\": true}")
                .mock(m -> m.result("{}"))))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.statusCode()).isEqualTo(400);
                    assertThat(e.awsErrorDetails().errorCode()).isEqualTo("ValidationException");
                    assertThat(e.awsErrorDetails().errorMessage())
                            .isEqualTo("State type 'Pass' is not supported when a mock is specified");
                });
    }

    @Test
    void refuses_an_unmocked_task_because_the_endpoint_never_calls_real_services() {
        assertThatThrownBy(() -> sfn.testState(r -> r.definition(CHARGE).input("{}").roleArn(Sfn.ROLE)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(
                        e.awsErrorDetails().errorMessage()).startsWith("Orrery: the Step Functions endpoint never "
                        + "calls real services, and Task state"));
    }
}
