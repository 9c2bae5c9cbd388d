package dev.orrery.mock;

import static dev.orrery.mock.MockRuns.json;
import static dev.orrery.mock.MockRuns.jsonResource;
import static dev.orrery.mock.MockRuns.machineResource;
import static dev.orrery.mock.MockRuns.run;
import static dev.orrery.mock.MockRuns.task;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.orrery.model.StateMachine;
import dev.orrery.run.Execution;
import dev.orrery.spi.TaskOutcome;
import dev.orrery.spi.UnmockedTaskException;
import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** AWS's documented Step Functions Local example (LambdaSQSIntegration), and the file format's edge cases. */
class StepFunctionsLocalMockConfigTests {

    private static final StateMachine MACHINE = machineResource("LambdaSQSIntegration.asl.json");
    private static final StepFunctionsLocalMockConfig CONFIG =
            StepFunctionsLocalMockConfig.read(jsonResource("MockConfigFile.json"));
    private static final String SQS_SUCCESS = "{'MD5OfMessageBody':'3bcb6e8e-7h85-4375-b0bc-1a59812c6e51',"
            + "'MessageId':'3bcb6e8e-8b51-4375-b0bc-1a59812c6e51'}";

    @Test
    void lists_the_state_machines_and_test_cases_of_the_file() {
        assertThat(CONFIG.stateMachines()).containsExactly("LambdaSQSIntegration");
        assertThat(CONFIG.testCases("LambdaSQSIntegration")).containsExactly("HappyPath", "RetryPath", "HybridPath");
    }

    @Test
    void runs_the_happy_path_with_the_mocked_lambda_and_sqs_responses() {
        MockSession session = CONFIG.testCase("LambdaSQSIntegration", "HappyPath").session();

        Execution execution = run(MACHINE, session, "{'name':'Ada'}");

        assertThat(execution.succeeded()).isTrue();
        assertThat(execution.output()).isEqualTo(json(SQS_SUCCESS));
        session.verify("SQSState", VerificationMode.once(), RequestMatchers.payloadAt("$.MessageBody",
                json("{'StatusCode':200,'Payload':{'StatusCode':200,'body':'Hello from Lambda!'}}")));
    }

    @Test
    void runs_the_retry_path_through_three_failed_attempts_and_a_success() {
        MockSession session = CONFIG.testCase("LambdaSQSIntegration", "RetryPath").session();

        Execution execution = run(MACHINE, session, "{}");

        assertThat(execution.succeeded()).isTrue();
        assertThat(execution.output()).isEqualTo(json(SQS_SUCCESS));
        assertThat(session.calls("LambdaState")).extracting(c -> c.outcome() instanceof TaskOutcome.Failure f
                ? f.error() : "success").containsExactly("Lambda.ResourceNotReadyException",
                "Lambda.TimeoutException", "Lambda.TimeoutException", "success");
        assertThat(Duration.between(execution.startTime(), execution.stopTime())).isEqualTo(Duration.ofSeconds(14));
    }

    @Test
    void runs_the_hybrid_path_with_the_unmocked_state_answered_by_the_fallback() {
        TaskMocks mocks = CONFIG.testCase("LambdaSQSIntegration", "HybridPath",
                request -> TaskOutcome.success(json("{'MessageId':'real'}")));

        assertThat(run(MACHINE, mocks, "{}").output()).isEqualTo(json("{'MessageId':'real'}"));
    }

    @Test
    void fails_the_hybrid_path_closed_without_a_fallback() {
        TaskMocks mocks = CONFIG.testCase("HybridPath");

        assertThatThrownBy(() -> run(MACHINE, mocks, "{}"))
                .isInstanceOf(UnmockedTaskException.class)
                .hasMessageContaining("\"SQSState\"");
    }

    @Test
    void fails_a_call_beyond_the_mocked_responses_with_states_runtime() {
        TaskMocks mocks = TaskMocks.fromStepFunctionsLocal(json("{'Work':{'0':{'Throw':{'Error':'E','Cause':'c'}}}}"));
        String retrying = task("arn:aws:states:::lambda:invoke",
                "'Retry':[{'ErrorEquals':['E'],'IntervalSeconds':1,'MaxAttempts':1}]");

        Execution execution = run(retrying, mocks, "{}");

        assertThat(execution.error()).isEqualTo("States.Runtime");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{'MockedResponses':{}}| /StateMachines",
        "{'StateMachines':{},'MockedResponses':[]}| /MockedResponses",
        "{'StateMachines':{'M':{}},'MockedResponses':{}}| /StateMachines/M/TestCases",
        "{'StateMachines':{'M':{'TestCases':{'T':{'S':'No'}}}},'MockedResponses':{}}| /StateMachines/M/TestCases/T/S",
        "{'StateMachines':{'M':{'TestCases':{'T':{'S':1}}}},'MockedResponses':{}}| /StateMachines/M/TestCases/T/S",
        "{'StateMachines':{},'MockedResponses':{'R':{'one':{'Return':1}}}}| /MockedResponses/R/one",
        "{'StateMachines':{},'MockedResponses':{'R':{'2-1':{'Return':1}}}}| /MockedResponses/R/2-1",
        "{'StateMachines':{},'MockedResponses':{'R':{'0':{'Return':1,'Throw':{}}}}}| /MockedResponses/R/0",
        "{'StateMachines':{},'MockedResponses':{'R':{'0':{'Throw':{'Cause':1}}}}}| /MockedResponses/R/0/Throw",
        "{'StateMachines':{},'MockedResponses':{'R':{'0':{'Throw':[]}}}}| /MockedResponses/R/0/Throw",
        "{'StateMachines':{},'MockedResponses':{'a/b':{'0':{'Throw':{'Error':1}}}}}| /MockedResponses/a~1b/0/Throw"
    })
    void locates_the_first_problem_of_a_bad_file_with_a_json_pointer(String file, String pointer) {
        assertThatThrownBy(() -> StepFunctionsLocalMockConfig.read(json(file)))
                .isInstanceOfSatisfying(MockConfigException.class, e -> assertThat(e.pointer()).isEqualTo(pointer))
                .hasMessageStartingWith("Mocked responses (" + pointer + "): expected ");
    }

    @Test
    void names_the_known_test_cases_when_one_is_missing() {
        assertThatThrownBy(() -> CONFIG.testCase("LambdaSQSIntegration", "SadPath"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("State machine \"LambdaSQSIntegration\" has no test case \"SadPath\"; its test cases: "
                        + "[HappyPath, RetryPath, HybridPath]");
    }
}
