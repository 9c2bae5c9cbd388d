package dev.orrery.teststate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The requests TestState refuses before it runs the state: a setting that does not fit the state, a bad context. */
class TestStateRequestChecksTests {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static final String TASK = """
            {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
             "Parameters": {"FunctionName": "f", "Payload.$": "$"},
             "Retry": [{"ErrorEquals": ["States.ALL"], "MaxAttempts": 5}], "End": true}""";

    private static final String MAP = """
            {"Type": "Map", "ItemsPath": "$.items", "End": true,
             "ItemProcessor": {"StartAt": "Handle", "States": {"Handle": {"Type": "Pass", "End": true}}}}""";

    /** A Map ({@code Inner}) inside the ItemProcessor of another Map ({@code Outer}). */
    private static final String NESTED_MAPS = """
            {"StartAt": "Outer", "States": {"Outer": {"Type": "Map", "End": true,
              "ItemProcessor": {"StartAt": "Inner", "States": {"Inner": {"Type": "Map", "ItemsPath": "$.items",
                "End": true,
                "ItemProcessor": {"StartAt": "Handle", "States": {"Handle": {"Type": "Pass", "End": true}}}}}}}}}""";

    private static final String CONTEXT = """
            {"Execution": {"Id": "arn:aws:states:us-east-1:123456789012:execution:m:e", "Input": {}},
             "State": {"Name": "S", "RetryCount": 0}, "StateMachine": {"Id": "arn", "Name": "m"}}""";

    static Stream<Arguments> refusals() {
        TestStateMock mapResult = TestStateMock.result("[1, 2]");
        TestStateMock taskResult = TestStateMock.result("{\"Payload\": 1}");
        return Stream.of(
                // Orrery's wording: no recording shows AWS's message for these
                Arguments.of(StateTester.of(TASK).roleArn("arn:aws:iam::123456789012:role/r").context(CONTEXT),
                        "TestState does not support Context when a mock is not specified."),
                Arguments.of(StateTester.of(TASK).mock(taskResult)
                                .configuration(StateConfiguration.NONE.withMapIterationFailureCount(1)),
                        "TestState does not support MapIterationFailureCount when the state is not a Map state."),
                Arguments.of(StateTester.of(MAP).mock(mapResult)
                                .configuration(StateConfiguration.NONE.withMapItemReaderData("[1]")),
                        "TestState does not support MapItemReaderData when the state is not a Map state with an "
                                + "ItemReader."),
                Arguments.of(StateTester.of(TASK).mock(TestStateMock.error("E", "c"))
                                .configuration(StateConfiguration.NONE.withErrorCausedByState("Handle")),
                        "TestState does not support ErrorCausedByState when the state is not a Map or Parallel "
                                + "state."),
                Arguments.of(StateTester.of(MAP).mock(TestStateMock.error("E", "c"))
                                .configuration(StateConfiguration.NONE.withErrorCausedByState("Nowhere")),
                        "ErrorCausedByState 'Nowhere' is not a state of the Map state"),
                // AWS's constraint message for a request member below its minimum
                Arguments.of(StateTester.of(TASK).mock(TestStateMock.error("E", "c"))
                                .configuration(StateConfiguration.NONE.withRetrierRetryCount(-1)),
                        "1 validation error detected: Value '-1' at 'stateConfiguration.retrierRetryCount' failed "
                                + "to satisfy constraint: Member must have value greater than or equal to 0"),
                // AWS's messages, recorded by LocalStack's TestState snapshots
                Arguments.of(StateTester.of(MAP).input("{\"items\": [1, 2]}").mock(TestStateMock.error("E", "c"))
                                .configuration(StateConfiguration.NONE.withMapIterationFailureCount(3)),
                        "Map iteration failure count must be less than or equal to the number of Map iterations"),
                // Orrery's wording for the developer guide's rule ("or equal the number of items when testing a
                // state within a Map"): no recording shows AWS's message
                Arguments.of(StateTester.of(NESTED_MAPS).state("Inner").input("{\"items\": [1, 2]}")
                                .mock(TestStateMock.error("E", "c"))
                                .configuration(StateConfiguration.NONE.withMapIterationFailureCount(2)),
                        "Map iteration failure count must be less than the number of Map iterations when testing a "
                                + "state within a Map"),
                Arguments.of(StateTester.of(TASK).mock(taskResult).context("{\"Map\": {}}"),
                        "Invalid Context object provided: 'Map' field is not supported when mocking a Context object"),
                Arguments.of(StateTester.of(TASK).mock(taskResult).context("{\"Pokedex\": {}}"),
                        "Invalid Context object provided: Field 'Pokedex' is not allowed"),
                Arguments.of(StateTester.of(TASK).mock(taskResult).context("{\"Execution\": {\"pokemon\": \"x\"}}"),
                        "Invalid Context object provided: Field 'pokemon' is not allowed"),
                Arguments.of(StateTester.of(TASK).mock(taskResult).context("{\"Execution\": {\"Id\": 1}}"),
                        "Invalid Context object provided: Execution.Id must be a string"),
                Arguments.of(StateTester.of(TASK).mock(TestStateMock.result("{not json")),
                        "Mocked result must be valid JSON"));
    }

    @ParameterizedTest
    @MethodSource("refusals")
    void refuses_a_request_whose_settings_do_not_fit_the_state(StateTester tester, String message) {
        // WHEN
        TestStateException error = catchThrowableOfType(TestStateException.class, tester::test);
        // THEN
        assertThat(error).isNotNull();
        assertThat(error.code()).isEqualTo("ValidationException");
        assertThat(error).hasMessage(message);
    }

    @Test
    void accepts_a_full_context_object_with_a_mock_and_an_error_caused_inside_the_map() {
        // WHEN
        TestStateResult task = StateTester.of(TASK).mock(TestStateMock.result("{\"Payload\": 1}")).context(CONTEXT)
                .test();
        TestStateResult map = StateTester.of(MAP).input("{\"items\": [1, 2]}").mock(TestStateMock.error("E", "c"))
                .configuration(StateConfiguration.NONE.withErrorCausedByState("Handle")
                        .withMapIterationFailureCount(2)).test();
        // THEN
        assertThat(task.status()).isEqualTo(TestStateStatus.SUCCEEDED);
        assertThat(map.status()).isEqualTo(TestStateStatus.FAILED);
    }

    @Test
    void accepts_fewer_failures_than_items_within_a_map_and_as_many_as_items_at_the_top_level() {
        // WHEN
        TestStateResult inner = StateTester.of(NESTED_MAPS).state("Inner").input("{\"items\": [1, 2]}")
                .mock(TestStateMock.error("E", "c"))
                .configuration(StateConfiguration.NONE.withMapIterationFailureCount(1)).test();
        TestStateResult top = StateTester.of(MAP).input("{\"items\": [1, 2]}").mock(TestStateMock.error("E", "c"))
                .configuration(StateConfiguration.NONE.withMapIterationFailureCount(2)).test();
        // THEN
        assertThat(inner.status()).isEqualTo(TestStateStatus.FAILED);
        assertThat(top.status()).isEqualTo(TestStateStatus.FAILED);
    }

    @Test
    void gives_a_state_inside_a_map_the_first_item_in_its_context_object() {
        // GIVEN
        String definition = """
                {"StartAt": "Each", "States": {"Each": {"Type": "Map", "End": true,
                  "ItemProcessor": {"StartAt": "Label", "States": {"Label": {"Type": "Pass",
                    "Parameters": {"index.$": "$$.Map.Item.Index", "value.$": "$$.Map.Item.Value"}, "End": true}}}}}}""";
        // WHEN
        TestStateResult result = StateTester.of(definition).state("Label").input("{\"sku\": \"A-1\"}").test();
        // THEN
        assertThat(result.output()).isEqualTo(json("{\"index\": 0, \"value\": {\"sku\": \"A-1\"}}"));
    }

    @Test
    void gives_the_state_the_retries_already_made_as_its_context_retry_count() {
        // GIVEN
        String task = """
                {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
                 "Parameters": {"FunctionName": "f", "Attempt.$": "$$.State.RetryCount"},
                 "Retry": [{"ErrorEquals": ["States.ALL"], "MaxAttempts": 5}], "End": true}""";
        // WHEN
        TestStateResult result = StateTester.of(task).mock(TestStateMock.result("{}"))
                .configuration(StateConfiguration.NONE.withRetrierRetryCount(2))
                .inspectionLevel(InspectionLevel.DEBUG).test();
        // THEN
        assertThat(result.inspectionData().afterParameters()).isEqualTo(json("{\"FunctionName\": \"f\", \"Attempt\": 2}"));
    }

    private static JsonNode json(String text) {
        try {
            return MAPPER.readTree(text);
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
