package dev.orrery.teststate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.orrery.parse.AslParser;
import dev.orrery.run.Execution;
import dev.orrery.run.StateMachineRunner;
import dev.orrery.run.StateVisit;
import dev.orrery.spi.TaskOutcome;
import org.junit.jupiter.api.Test;

class StateTesterTests {

    private static final ObjectMapper MAPPER = new ObjectMapper();

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
              "Ship": {"Type": "Pass", "End": true}}}
            """;

    @Test
    void runs_a_task_with_a_mocked_result_and_shows_each_stage_at_debug() {
        // WHEN
        TestStateResult result = StateTester.of(ORDER).state("Charge").input("{\"amount\": 42}")
                .mock(TestStateMock.result("{\"Payload\": {\"status\": \"OK\"}}"))
                .inspectionLevel(InspectionLevel.DEBUG).test();
        // THEN
        assertThat(result.status()).isEqualTo(TestStateStatus.SUCCEEDED);
        assertThat(result.nextState()).isEqualTo("Ship");
        assertThat(result.output()).isEqualTo(json("{\"amount\": 42, \"charge\": {\"status\": \"OK\"}}"));
        InspectionData data = result.inspectionData();
        assertThat(data).isNotNull();
        assertThat(data.afterParameters()).isEqualTo(json("{\"FunctionName\": \"charge\", \"Payload\": {\"amount\": 42}}"));
        assertThat(data.afterResultSelector()).isEqualTo(json("{\"status\": \"OK\"}"));
        assertThat(data.afterResultPath()).isEqualTo(result.output());
    }

    @Test
    void reports_the_retry_a_retrier_would_make_as_retriable() {
        // WHEN
        TestStateResult result = StateTester.of(ORDER).state("Charge")
                .mock(TestStateMock.error("Payment.Timeout", "slow"))
                .configuration(StateConfiguration.NONE.withRetrierRetryCount(1))
                .inspectionLevel(InspectionLevel.DEBUG).test();
        // THEN
        assertThat(result.status()).isEqualTo(TestStateStatus.RETRIABLE);
        assertThat(result.error()).isEqualTo("Payment.Timeout");
        assertThat(result.inspectionData().errorDetails()).isEqualTo(new InspectionErrorDetails(null, 0, 4L));
    }

    @Test
    void goes_to_the_catcher_when_the_retrier_has_no_attempts_left() {
        // WHEN
        TestStateResult result = StateTester.of(ORDER).state("Charge")
                .mock(TestStateMock.error("Payment.Timeout", "slow"))
                .configuration(StateConfiguration.NONE.withRetrierRetryCount(3))
                .inspectionLevel(InspectionLevel.DEBUG).test();
        // THEN
        assertThat(result.status()).isEqualTo(TestStateStatus.CAUGHT_ERROR);
        assertThat(result.nextState()).isEqualTo("Refund");
        assertThat(result.inspectionData().errorDetails()).isEqualTo(new InspectionErrorDetails(0, null, null));
    }

    @Test
    void fails_with_the_error_of_a_fail_state() {
        // WHEN
        TestStateResult result = StateTester.of("{\"Type\": \"Fail\", \"Error\": \"Oops\", \"Cause\": \"bad\"}").test();
        // THEN
        assertThat(result).isEqualTo(new TestStateResult(TestStateStatus.FAILED, null, "Oops", "bad", null, null));
    }

    @Test
    void chooses_the_next_state_of_a_choice() {
        // WHEN
        TestStateResult result = StateTester.of("""
                {"Type": "Choice", "Choices": [{"Variable": "$.n", "NumericGreaterThan": 1, "Next": "Big"}],
                 "Default": "Small"}""").input("{\"n\": 5}").test();
        // THEN
        assertThat(result.nextState()).isEqualTo("Big");
        assertThat(result.toJson().toString()).isEqualTo("{\"output\":\"{\\\"n\\\":5}\",\"nextState\":\"Big\","
                + "\"status\":\"SUCCEEDED\"}");
    }

    @Test
    void takes_a_mocked_result_for_the_branches_of_a_parallel_state() {
        // WHEN
        TestStateResult result = StateTester.of("""
                {"Type": "Parallel", "End": true, "Branches": [
                  {"StartAt": "A", "States": {"A": {"Type": "Pass", "End": true}}}]}""")
                .mock(TestStateMock.result("[{\"a\": 1}]")).test();
        // THEN
        assertThat(result.output()).isEqualTo(json("[{\"a\": 1}]"));
    }

    @Test
    void refuses_a_mock_on_a_state_that_takes_none_as_aws_does() {
        // WHEN
        TestStateException error = catchThrowableOfType(TestStateException.class,
                () -> StateTester.of("{\"Type\": \"Pass\", \"End\": true}").mock(TestStateMock.result("{}")).test());
        // THEN
        assertThat(error.code()).isEqualTo("ValidationException");
        assertThat(error).hasMessage("State type 'Pass' is not supported when a mock is specified");
    }

    @Test
    void refuses_a_parallel_mock_with_another_number_of_branches() {
        // WHEN
        TestStateException error = catchThrowableOfType(TestStateException.class, () -> StateTester.of("""
                {"Type": "Parallel", "End": true, "Branches": [
                  {"StartAt": "A", "States": {"A": {"Type": "Pass", "End": true}}}]}""")
                .mock(TestStateMock.result("[1, 2]")).test());
        // THEN
        assertThat(error).hasMessage(
                "Mocked result must contain the same number of items as number of Parallel branches.");
    }

    @Test
    void records_the_data_flow_stages_of_every_visit_of_a_full_execution() {
        // GIVEN
        StateMachineRunner runner = StateMachineRunner.create(AslParser.parse(ORDER).orThrow(),
                call -> TaskOutcome.success(json("{\"Payload\": {\"status\": \"OK\"}}")));
        // WHEN
        Execution execution = runner.run(json("{\"amount\": 42}"));
        // THEN
        StateVisit.DataFlow flow = execution.visits().get(0).dataFlow();
        assertThat(flow.afterParameters()).isEqualTo(json("{\"FunctionName\": \"charge\", \"Payload\": {\"amount\": 42}}"));
        assertThat(flow.afterResultSelector()).isEqualTo(json("{\"status\": \"OK\"}"));
        assertThat(flow.afterResultPath()).isEqualTo(json("{\"amount\": 42, \"charge\": {\"status\": \"OK\"}}"));
    }

    private static JsonNode json(String text) {
        try {
            return MAPPER.readTree(text);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
