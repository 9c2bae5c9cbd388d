package dev.orrery.docs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orrery.server.StepFunctionsEndpoint;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.client.config.SdkAdvancedClientOption;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.DescribeExecutionResponse;
import software.amazon.awssdk.services.sfn.model.ExecutionStatus;

// tag::extension[]
@StepFunctionsEndpoint(mockConfig = "mocks/MockConfigFile.json")
class StepFunctionsEndpointExampleTests {

    SfnClient sfn;

    @BeforeEach
    void client(URI endpoint) {
        sfn = SfnClient.builder()
                .endpointOverride(endpoint)
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("any", "any")))
                .httpClient(UrlConnectionHttpClient.create())
                .overrideConfiguration(c -> c.putAdvancedOption(
                        SdkAdvancedClientOption.DISABLE_HOST_PREFIX_INJECTION, true))
                .build();
    }
    // end::extension[]

    @Test
    void runs_the_happy_path_test_case_without_sleeping() throws IOException {
        String definition = Files.readString(Path.of("src/test/resources/mocks/LambdaSQSIntegration.asl.json"));
        // tag::happy-path[]
        String stateMachineArn = sfn.createStateMachine(r -> r.name("LambdaSQSIntegration")
                .definition(definition)
                .roleArn("arn:aws:iam::123456789012:role/DummyRole")).stateMachineArn();

        String executionArn = sfn.startExecution(r -> r.stateMachineArn(stateMachineArn + "#HappyPath")
                .name("happy-path")).executionArn();

        DescribeExecutionResponse execution = sfn.describeExecution(r -> r.executionArn(executionArn));
        assertThat(execution.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        // end::happy-path[]
        assertThat(dev.orrery.junit.coverage.CoverageCollector.recorded().stateMachine(stateMachineArn))
                .as("the run through the endpoint counts in the coverage report")
                .hasValueSatisfying(coverage -> assertThat(coverage.stateCount().covered()).isPositive());
    }

    @Test
    void times_out_a_waiting_callback_by_advancing_the_virtual_clock(URI endpoint) throws Exception {
        String stateMachineArn = sfn.createStateMachine(r -> r.name("Approval")
                .roleArn("arn:aws:iam::123456789012:role/DummyRole").definition("""
                        {"StartAt": "Ask", "States": {"Ask": {"Type": "Task", "TimeoutSeconds": 3600,
                          "Resource": "arn:aws:states:::sqs:sendMessage.waitForTaskToken",
                          "Parameters": {"QueueUrl": "q", "MessageBody": {"token.$": "$$.Task.Token"}},
                          "End": true}}}""")).stateMachineArn();
        String executionArn = sfn.startExecution(r -> r.stateMachineArn(stateMachineArn)).executionArn();
        // tag::advance-time[]
        HttpRequest advance = HttpRequest.newBuilder(endpoint)
                .header("Content-Type", "application/x-amz-json-1.0")
                .header("X-Amz-Target", "AWSStepFunctions.OrreryAdvanceTime")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"executionArn\": \"" + executionArn + "\", \"seconds\": 3600}"))
                .build();
        HttpClient.newHttpClient().send(advance, HttpResponse.BodyHandlers.ofString());

        assertThat(sfn.describeExecution(r -> r.executionArn(executionArn)).error()).isEqualTo("States.Timeout");
        // end::advance-time[]
    }
}
