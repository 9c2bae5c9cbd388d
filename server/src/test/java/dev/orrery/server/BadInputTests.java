package dev.orrery.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.ExecutionAlreadyExistsException;
import software.amazon.awssdk.services.sfn.model.ExecutionDoesNotExistException;
import software.amazon.awssdk.services.sfn.model.ExecutionStatus;
import software.amazon.awssdk.services.sfn.model.InvalidArnException;
import software.amazon.awssdk.services.sfn.model.InvalidDefinitionException;
import software.amazon.awssdk.services.sfn.model.StateMachineAlreadyExistsException;
import software.amazon.awssdk.services.sfn.model.StateMachineDoesNotExistException;

/** Every kind of bad request gets AWS's error name with HTTP 400, and the server keeps serving. */
@StepFunctionsEndpoint
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BadInputTests {

    private static final String PASS = "{\"StartAt\": \"P\", \"States\": {\"P\": {\"Type\": \"Pass\", \"End\": true}}}";
    private static final String MACHINE = "arn:aws:states:us-east-1:123456789012:stateMachine:Existing";

    URI endpoint;
    SfnClient sfn;

    @BeforeAll
    void create(URI endpoint) {
        this.endpoint = endpoint;
        sfn = Sfn.client(endpoint);
        sfn.createStateMachine(r -> r.name("Existing").definition(PASS).roleArn(Sfn.ROLE));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            malformed JSON             | ListStateMachines  | {"maxResults": | SerializationException | Orrery: the request body is not JSON
            a body that is no object   | ListStateMachines  | [1]            | SerializationException | must be a JSON object
            a wrong type               | ListStateMachines  | {"maxResults": "ten"} | SerializationException | 'maxResults' of a ListStateMachines request must be an integer
            an unknown member          | ListStateMachines  | {"maxResult": 10} | ValidationException | unknown member 'maxResult'
            a missing member           | DescribeStateMachine | {}           | ValidationException | `1 validation error detected: Value null at 'stateMachineArn' failed to satisfy constraint: Member must not be null`
            a value out of range       | ListStateMachines  | {"maxResults": 1001} | ValidationException | `1 validation error detected: Value '1001' at 'maxResults' failed to satisfy constraint: Member must have value less than or equal to 1000`
            a value outside its enum   | ListExecutions     | {"stateMachineArn": "arn:aws:states:us-east-1:123456789012:stateMachine:Existing", "statusFilter": "DONE"} | ValidationException | `Member must satisfy enum value set: [RUNNING, SUCCEEDED, FAILED, TIMED_OUT, ABORTED, PENDING_REDRIVE]`
            a text that is not an ARN  | DescribeStateMachine | {"stateMachineArn": "not_an_arn"} | InvalidArn | `Invalid Arn: 'Invalid ARN prefix: not_an_arn'`
            an ARN of another kind     | DescribeExecution  | {"executionArn": "arn:aws:states:us-east-1:123456789012:stateMachine:Existing"} | InvalidArn | `Invalid Arn: 'Resource type not valid in this context: stateMachine'`
            an unknown state machine   | DescribeStateMachine | {"stateMachineArn": "arn:aws:states:us-east-1:123456789012:stateMachine:Nope"} | StateMachineDoesNotExist | `State Machine Does Not Exist: 'arn:aws:states:us-east-1:123456789012:stateMachine:Nope'`
            an unknown execution       | DescribeExecution  | {"executionArn": "arn:aws:states:us-east-1:123456789012:execution:Existing:nope"} | ExecutionDoesNotExist | `Execution Does Not Exist: 'arn:aws:states:us-east-1:123456789012:execution:Existing:nope'`
            an unknown activity        | GetActivityTask    | {"activityArn": "arn:aws:states:us-east-1:123456789012:activity:nope"} | ActivityDoesNotExist | `Activity Does Not Exist: 'arn:aws:states:us-east-1:123456789012:activity:nope'`
            an input that is not JSON  | StartExecution     | {"stateMachineArn": "arn:aws:states:us-east-1:123456789012:stateMachine:Existing", "input": "not json"} | InvalidExecutionInput | `Invalid State Machine Execution Input: 'Unrecognized token 'not': was expecting (JSON String, Number, Array, Object or token 'null', 'true' or 'false')'`
            an invalid name            | CreateActivity     | {"name": "a b"} | InvalidName | `Invalid Name: 'a b'`
            an unknown task token      | SendTaskSuccess    | {"taskToken": "nope", "output": "{}"} | InvalidToken | `Invalid Token: 'Invalid token'`
            a foreign page token       | ListStateMachines  | {"nextToken": "bm9wZQ"} | InvalidToken | `Invalid Token: 'Invalid token'`
            an invalid definition      | CreateStateMachine | {"name": "Bad", "roleArn": "arn:aws:iam::123456789012:role/R", "definition": "{\\"StartAt\\": \\"Missing\\", \\"States\\": {\\"P\\": {\\"Type\\": \\"Pass\\", \\"End\\": true}}}"} | InvalidDefinition | `Invalid State Machine Definition: '`
            an unknown operation       | AWSStepFunctions.Frobnicate | {}   | UnknownOperationException | AWSStepFunctions.Frobnicate
            """)
    void answers_bad_input_with_aws_error_names_and_http_400(String what, String operation, String body, String code,
            String message) throws Exception {
        String target = operation.startsWith("AWSStepFunctions.") ? operation : "AWSStepFunctions." + operation;

        HttpResponse<String> response = Raw.post(endpoint, target, body);

        assertThat(response.statusCode()).as(what).isEqualTo(400);
        JsonNode error = new ObjectMapper().readTree(response.body());
        assertThat(error.path("__type").asText()).as(what).isEqualTo(code);
        assertThat(error.path("message").asText()).as(what).contains(message);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/x-amz-json-1.0");
        assertThat(Raw.post(endpoint, "AWSStepFunctions.ListStateMachines", "{}").statusCode()).isEqualTo(200);
    }

    @Test
    void answers_a_request_without_target_and_an_oversized_request_with_400() throws Exception {
        assertThat(Raw.post(endpoint, null, "{}").statusCode()).isEqualTo(400);
        String huge = "{\"name\": \"" + "x".repeat(9 * 1024 * 1024) + "\"}";

        HttpResponse<String> response = Raw.post(endpoint, "AWSStepFunctions.CreateActivity", huge);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("ValidationException", "exceeds");
    }

    @Test
    void maps_errors_to_the_sdk_exceptions_of_the_service_model() {
        assertThatThrownBy(() -> sfn.createStateMachine(r -> r.name("Existing").definition(PASS.replace("{\"StartAt", "{\"Comment\": \"changed\", \"StartAt"))
                .roleArn(Sfn.ROLE))).isInstanceOf(StateMachineAlreadyExistsException.class)
                .hasMessageContaining("State Machine Already Exists: '" + MACHINE + "'");
        assertThatThrownBy(() -> sfn.describeStateMachine(r -> r.stateMachineArn("nope")))
                .isInstanceOf(InvalidArnException.class);
        assertThatThrownBy(() -> sfn.startExecution(r -> r.stateMachineArn(MACHINE + "x")))
                .isInstanceOf(StateMachineDoesNotExistException.class);
        assertThatThrownBy(() -> sfn.getExecutionHistory(r -> r.executionArn(
                "arn:aws:states:us-east-1:123456789012:execution:Existing:none")))
                .isInstanceOf(ExecutionDoesNotExistException.class);
        assertThatThrownBy(() -> sfn.createStateMachine(r -> r.name("Broken").definition("{").roleArn(Sfn.ROLE)))
                .isInstanceOf(InvalidDefinitionException.class);
    }

    @Test
    void refuses_a_second_execution_of_the_same_name() {
        sfn.startExecution(r -> r.stateMachineArn(MACHINE).name("once"));

        assertThatThrownBy(() -> sfn.startExecution(r -> r.stateMachineArn(MACHINE).name("once")))
                .isInstanceOf(ExecutionAlreadyExistsException.class)
                .hasMessageContaining("Execution Already Exists: 'arn:aws:states:us-east-1:123456789012:execution:"
                        + "Existing:once'");
    }

    @Test
    void returns_the_same_state_machine_for_an_identical_create() {
        String again = sfn.createStateMachine(r -> r.name("Existing").definition(PASS).roleArn(Sfn.ROLE))
                .stateMachineArn();

        assertThat(again).isEqualTo(MACHINE);
    }

    @Test
    void serves_many_clients_at_once_with_independent_executions() {
        List<CompletableFuture<ExecutionStatus>> runs = IntStream.range(0, 40)
                .mapToObj(i -> CompletableFuture.supplyAsync(() -> {
                    String arn = sfn.startExecution(r -> r.stateMachineArn(MACHINE).name("parallel-" + i)
                            .input("{\"i\": " + i + "}")).executionArn();
                    return sfn.describeExecution(r -> r.executionArn(arn)).status();
                })).toList();

        assertThat(runs).allSatisfy(run -> assertThat(run.join()).isEqualTo(ExecutionStatus.SUCCEEDED));
        assertThat(sfn.listExecutionsPaginator(r -> r.stateMachineArn(MACHINE).maxResults(7)).executions().stream()
                .filter(e -> e.name().startsWith("parallel-")).count()).isEqualTo(40);
    }
}
