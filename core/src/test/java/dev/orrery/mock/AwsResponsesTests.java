package dev.orrery.mock;

import static dev.orrery.mock.MockRuns.json;
import static dev.orrery.mock.MockRuns.request;
import static dev.orrery.mock.MockRuns.run;
import static dev.orrery.mock.MockRuns.task;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orrery.run.Execution;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class AwsResponsesTests {

    private static final String INVOKE = "arn:aws:states:::lambda:invoke";

    @Test
    void wraps_a_lambda_invoke_payload_in_the_invoke_envelope_recorded_on_aws() {
        JsonNode envelope = AwsResponses.lambda(request("Work", INVOKE, json("{}"), 0), json("'HelloWorld!'"));

        assertThat(envelope.properties()).extracting(java.util.Map.Entry::getKey)
                .containsExactly("ExecutedVersion", "Payload", "SdkHttpMetadata", "SdkResponseMetadata", "StatusCode");
        assertThat(envelope.get("Payload")).isEqualTo(json("'HelloWorld!'"));
        assertThat(envelope.get("StatusCode").asInt()).isEqualTo(200);
        assertThat(envelope.get("ExecutedVersion").asText()).isEqualTo("$LATEST");
        JsonNode http = envelope.get("SdkHttpMetadata");
        assertThat(http.get("HttpStatusCode").asInt()).isEqualTo(200);
        assertThat(http.get("HttpHeaders").get("Content-Length").asText()).isEqualTo("13");
        assertThat(http.get("AllHttpHeaders").get("Content-Length")).isEqualTo(json("['13']"));
        assertThat(http.get("HttpHeaders").get("Date").asText()).isEqualTo("Tue, 02 Jan 2024 03:04:05 GMT");
        assertThat(envelope.at("/SdkResponseMetadata/RequestId").asText())
                .isEqualTo(http.get("HttpHeaders").get("x-amzn-RequestId").asText())
                .matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    }

    @Test
    void measures_the_content_length_as_the_recorded_python_serialisation() {
        JsonNode payload = json("{'Input': {'FunctionName': 'lambda_function_name', 'Payload': {'input-value': 0}}}");

        JsonNode envelope = AwsResponses.lambdaInvokeEnvelope(request("Work", INVOKE, json("{}"), 0), payload);

        assertThat(envelope.at("/SdkHttpMetadata/HttpHeaders/Content-Length").asText()).isEqualTo("82");
    }

    @Test
    void derives_the_request_id_from_the_execution_state_and_call_so_runs_repeat() {
        String first = AwsResponses.requestId(request("Work", INVOKE, json("{}"), 0));

        assertThat(AwsResponses.requestId(request("Work", INVOKE, json("{}"), 0))).isEqualTo(first);
        assertThat(AwsResponses.requestId(request("Work", INVOKE, json("{}"), 1))).isNotEqualTo(first);
    }

    @ParameterizedTest
    @CsvSource({
        "arn:aws:lambda:us-east-1:123456789012:function:f",
        "arn:aws:states:::lambda:invoke.waitForTaskToken"
    })
    void returns_the_payload_itself_for_lambda_function_arns_and_callbacks(String resource) {
        assertThat(AwsResponses.lambda(request("Work", resource, json("{}"), 0), json("{'a':1}")))
                .isEqualTo(json("{'a':1}"));
    }

    @Test
    void lets_a_state_select_from_the_envelope_of_a_payload_mock() {
        TaskMocks mocks = TaskMocks.builder().state("Work").returnsPayload(json("{'total':42}")).build();
        String definition = task(INVOKE, "'ResultSelector':{'total.$':'$.Payload.total','code.$':'$.StatusCode'}");

        Execution execution = run(definition, mocks, "{}");

        assertThat(execution.output()).isEqualTo(json("{'total':42,'code':200}"));
    }

    @ParameterizedTest
    @CsvSource({
        "arn:aws:states:::aws-sdk:dynamodb:putItem, ConditionalCheckFailedException, "
                + "DynamoDb.ConditionalCheckFailedException",
        "arn:aws:states:::aws-sdk:sfn:sendTaskSuccess, InvalidTokenException, Sfn.InvalidTokenException",
        "arn:aws:states:::aws-sdk:secretsmanager:createSecret, SecretsManagerException, "
                + "SecretsManager.SecretsManagerException",
        "arn:aws:states:::dynamodb:putItem, ResourceNotFoundException, DynamoDB.ResourceNotFoundException",
        "arn:aws:states:::sqs:sendMessage, AmazonSQSException, SQS.AmazonSQSException",
        "arn:aws:states:::sns:publish, NotFoundException, SNS.NotFoundException",
        "arn:aws:states:::states:startExecution, StateMachineDoesNotExistException, "
                + "StepFunctions.StateMachineDoesNotExistException",
        "arn:aws:states:::lambda:invoke, ResourceNotFoundException, Lambda.ResourceNotFoundException",
        "arn:aws:lambda:us-east-1:123456789012:function:f, CustomError, CustomError"
    })
    void names_service_errors_as_recorded_on_aws(String resource, String exception, String expected) {
        assertThat(AwsErrors.errorName(resource, exception)).isEqualTo(expected);
    }

    @Test
    void fails_a_task_with_the_service_error_name_of_its_resource() {
        TaskMocks mocks = TaskMocks.builder()
                .resource("*dynamodb*").throwsServiceException("ConditionalCheckFailedException", "failed")
                .build();

        Execution execution = run(task("arn:aws:states:::aws-sdk:dynamodb:putItem", ""), mocks, "{}");

        assertThat(List.of(execution.error(), execution.cause()))
                .containsExactly("DynamoDb.ConditionalCheckFailedException", "failed");
    }

    @Test
    void writes_a_lambda_error_cause_as_the_function_error_object() {
        String cause = AwsResponses.lambdaErrorCause(request("Work", INVOKE, json("{}"), 0), "Exception", "boom");

        assertThat(json(cause.replace('"', '\'')).properties()).extracting(java.util.Map.Entry::getKey)
                .containsExactly("errorMessage", "errorType", "requestId", "stackTrace");
    }

    @Test
    void fails_a_task_as_a_lambda_function_that_raised_an_error() {
        TaskMocks mocks = TaskMocks.builder()
                .state("Work").throwsLambdaError("ValueError", "bad order").thenReturnsPayload(json("'ok'"))
                .build();
        String definition = task(INVOKE, "'Catch':[{'ErrorEquals':['ValueError'],'Next':'Caught'}]")
                .replace("'End':true}}}", "'End':true},'Caught':{'Type':'Pass','End':true}}}");

        Execution execution = run(definition, mocks, "{}");

        assertThat(execution.output().get("Error")).isEqualTo(json("'ValueError'"));
        JsonNode cause = json(execution.output().get("Cause").asText().replace('"', '\''));
        assertThat(cause.get("errorMessage")).isEqualTo(json("'bad order'"));
        assertThat(cause.get("errorType")).isEqualTo(json("'ValueError'"));
    }
}
