package dev.orrery.docs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orrery.server.StepFunctionsEndpoint;
import java.net.URI;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.client.config.SdkAdvancedClientOption;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.InspectionLevel;
import software.amazon.awssdk.services.sfn.model.TestExecutionStatus;
import software.amazon.awssdk.services.sfn.model.TestStateResponse;

/** The endpoint snippet of docs/guides/test-state.md, compiled and run. */
@StepFunctionsEndpoint
class TestStateEndpointExampleTests {

    @Test
    void tests_one_state_through_the_endpoint(URI endpoint) {
        SfnClient sfn = SfnClient.builder().endpointOverride(endpoint).region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("any", "any")))
                .httpClient(UrlConnectionHttpClient.create())
                .overrideConfiguration(c -> c.putAdvancedOption(
                        SdkAdvancedClientOption.DISABLE_HOST_PREFIX_INJECTION, true))
                .build();
        // tag::endpoint[]
        TestStateResponse response = sfn.testState(r -> r
                .definition("""
                        {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
                         "Parameters": {"FunctionName": "charge", "Payload.$": "$"},
                         "Catch": [{"ErrorEquals": ["States.ALL"], "Next": "Refund"}],
                         "Next": "Ship"}""")
                .input("{\"amount\": 42}")
                .roleArn("arn:aws:iam::123456789012:role/DummyRole")
                .mock(m -> m.errorOutput(e -> e.error("Payment.Declined").cause("card expired")))
                .inspectionLevel(InspectionLevel.DEBUG));

        assertThat(response.status()).isEqualTo(TestExecutionStatus.CAUGHT_ERROR);
        assertThat(response.nextState()).isEqualTo("Refund");
        assertThat(response.inspectionData().afterParameters())
                .isEqualTo("{\"FunctionName\":\"charge\",\"Payload\":{\"amount\":42}}");
        // end::endpoint[]
    }
}
