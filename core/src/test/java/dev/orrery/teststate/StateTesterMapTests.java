package dev.orrery.teststate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StateTesterMapTests {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static final String DISTRIBUTED = """
            {"Type": "Map", "ItemsPath": "$.items", "MaxConcurrency": 5, "ToleratedFailurePercentage": 10,
             "ItemSelector": {"id.$": "$$.Map.Item.Value", "index.$": "$$.Map.Item.Index"},
             "ItemBatcher": {"MaxItemsPerBatch": 2},
             "ItemProcessor": {"ProcessorConfig": {"Mode": "DISTRIBUTED", "ExecutionType": "STANDARD"},
               "StartAt": "Handle", "States": {"Handle": {"Type": "Pass", "End": true}}},
             "End": true}""";

    @Test
    void shows_what_a_map_computes_before_its_iterations() {
        // WHEN
        TestStateResult result = StateTester.of(DISTRIBUTED).input("{\"items\": [\"a\", \"b\", \"c\"]}")
                .mock(TestStateMock.result("[1, 2]")).inspectionLevel(InspectionLevel.DEBUG).test();
        // THEN
        InspectionData data = result.inspectionData();
        assertThat(result.status()).isEqualTo(TestStateStatus.SUCCEEDED);
        assertThat(result.output()).isEqualTo(json("[1, 2]"));
        assertThat(data.afterItemsPath()).isEqualTo(json("[\"a\", \"b\", \"c\"]"));
        assertThat(data.afterItemSelector()).isEqualTo(json(
                "[{\"id\": \"a\", \"index\": 0}, {\"id\": \"b\", \"index\": 1}, {\"id\": \"c\", \"index\": 2}]"));
        assertThat(data.afterItemBatcher()).isEqualTo(json("[{\"Items\": [{\"id\": \"a\", \"index\": 0}, "
                + "{\"id\": \"b\", \"index\": 1}]}, {\"Items\": [{\"id\": \"c\", \"index\": 2}]}]"));
        assertThat(data.maxConcurrency()).isEqualTo(5);
        assertThat(data.toleratedFailurePercentage()).isEqualTo(10.0);
        assertThat(data.toleratedFailureCount()).isNull();
    }

    @Test
    void fails_a_map_with_the_mocked_error() {
        // WHEN
        TestStateResult result = StateTester.of(DISTRIBUTED).input("{\"items\": []}")
                .mock(TestStateMock.error("Oops", "in Handle"))
                .configuration(StateConfiguration.NONE.withErrorCausedByState("Handle")).test();
        // THEN
        assertThat(result).isEqualTo(new TestStateResult(TestStateStatus.FAILED, null, "Oops", "in Handle", null,
                null));
    }

    @ParameterizedTest
    @ValueSource(strings = {"JSONPath", "JSONata"})
    void reads_the_items_the_item_readers_items_pointer_selects_of_the_reader_data(String language) {
        // GIVEN
        boolean jsonata = language.equals("JSONata");
        String reader = """
                {"Type": "Map", "QueryLanguage": "%s", "End": true,
                 "ItemReader": {"Resource": "arn:aws:states:::s3:getObject",
                   "ReaderConfig": {"InputType": "JSON", "ItemsPointer": "/orders/open"},
                   %s},
                 "ItemSelector": %s,
                 "ItemProcessor": {"ProcessorConfig": {"Mode": "DISTRIBUTED", "ExecutionType": "STANDARD"},
                   "StartAt": "Handle", "States": {"Handle": {"Type": "Pass", "End": true}}}}""".formatted(language,
                jsonata ? "\"Arguments\": {\"Bucket\": \"b\", \"Key\": \"orders.json\"}"
                        : "\"Parameters\": {\"Bucket\": \"b\", \"Key\": \"orders.json\"}",
                jsonata ? "{\"order\": \"{% $states.context.Map.Item.Value %}\"}"
                        : "{\"order.$\": \"$$.Map.Item.Value\"}");
        // WHEN
        TestStateResult result = StateTester.of(reader).mock(TestStateMock.result("[1, 2]"))
                .configuration(StateConfiguration.NONE.withMapItemReaderData(
                        "{\"orders\": {\"open\": [{\"id\": 1}, {\"id\": 2}], \"closed\": []}}"))
                .inspectionLevel(InspectionLevel.DEBUG).test();
        // THEN: the guide shows afterItemsPointer "only ... for JSON inputs (not JSONata)"
        InspectionData data = result.inspectionData();
        assertThat(data.afterItemSelector()).isEqualTo(json("[{\"order\": {\"id\": 1}}, {\"order\": {\"id\": 2}}]"));
        assertThat(data.afterItemsPath()).isNull();
        if (jsonata) {
            assertThat(data.afterItemsPointer()).isNull();
        } else {
            assertThat(data.afterItemsPointer()).isEqualTo(json("[{\"id\": 1}, {\"id\": 2}]"));
            assertThat(result.toJson().get("inspectionData").get("afterItemsPointer").asText())
                    .isEqualTo("[{\"id\":1},{\"id\":2}]");
        }
    }

    @Test
    void fails_the_map_as_the_reader_would_when_the_items_pointer_finds_no_array() {
        // WHEN
        TestStateResult result = StateTester.of("""
                {"Type": "Map", "End": true,
                 "ItemReader": {"Resource": "arn:aws:states:::s3:getObject",
                   "ReaderConfig": {"InputType": "JSON", "ItemsPointer": "/missing"},
                   "Parameters": {"Bucket": "b", "Key": "k"}},
                 "ItemProcessor": {"ProcessorConfig": {"Mode": "DISTRIBUTED", "ExecutionType": "STANDARD"},
                   "StartAt": "Handle", "States": {"Handle": {"Type": "Pass", "End": true}}}}""")
                .mock(TestStateMock.result("[]"))
                .configuration(StateConfiguration.NONE.withMapItemReaderData("{\"items\": [1]}")).test();
        // THEN
        assertThat(result.status()).isEqualTo(TestStateStatus.FAILED);
        assertThat(result.error()).isEqualTo("States.ItemReaderFailed");
    }

    @Test
    void fails_a_distributed_map_whose_failed_iterations_exceed_its_tolerance() {
        // GIVEN ToleratedFailurePercentage 10 of three items
        StateTester map = StateTester.of(DISTRIBUTED).input("{\"items\": [\"a\", \"b\", \"c\"]}")
                .mock(TestStateMock.result("[1, 2]"));
        // WHEN
        TestStateResult none = map.configuration(StateConfiguration.NONE.withMapIterationFailureCount(0)).test();
        TestStateResult one = map.configuration(StateConfiguration.NONE.withMapIterationFailureCount(1)).test();
        // THEN
        assertThat(none.status()).isEqualTo(TestStateStatus.SUCCEEDED);
        assertThat(one.status()).isEqualTo(TestStateStatus.FAILED);
        assertThat(one.error()).isEqualTo("States.ExceedToleratedFailureThreshold");
        assertThat(one.cause()).isEqualTo("The specified tolerated failure threshold was exceeded");
    }

    @Test
    void refuses_a_map_without_a_mock_as_aws_does() {
        // WHEN
        TestStateException error = catchThrowableOfType(TestStateException.class,
                () -> StateTester.of(DISTRIBUTED).test());
        // THEN
        assertThat(error.code()).isEqualTo("InvalidDefinition");
    }

    @Test
    void passes_the_task_token_of_the_context_to_a_callback_task() {
        // WHEN
        TestStateResult result = StateTester.of("""
                {"Type": "Task", "Resource": "arn:aws:states:::sqs:sendMessage.waitForTaskToken",
                 "Parameters": {"QueueUrl": "q", "MessageBody": {"token.$": "$$.Task.Token"}}, "End": true}""")
                .context("{\"Task\": {\"Token\": \"abc\"}}").mock(TestStateMock.result("{\"approved\": true}"))
                .inspectionLevel(InspectionLevel.DEBUG).test();
        // THEN
        assertThat(result.output()).isEqualTo(json("{\"approved\": true}"));
        assertThat(result.inspectionData().afterParameters())
                .isEqualTo(json("{\"QueueUrl\": \"q\", \"MessageBody\": {\"token\": \"abc\"}}"));
    }

    @Test
    void shows_the_arguments_and_variables_of_a_jsonata_task() {
        // WHEN
        TestStateResult result = StateTester.of("""
                {"Type": "Task", "QueryLanguage": "JSONata", "Resource": "arn:aws:states:::lambda:invoke",
                 "Arguments": {"FunctionName": "f", "Payload": "{% $states.input.n + $bonus %}"},
                 "Assign": {"last": "{% $states.result %}"}, "End": true}""")
                .input("{\"n\": 1}").variables("{\"bonus\": 10}").mock(TestStateMock.result("42"))
                .inspectionLevel(InspectionLevel.DEBUG).test();
        // THEN
        InspectionData data = result.inspectionData();
        assertThat(data.afterArguments()).isEqualTo(json("{\"FunctionName\": \"f\", \"Payload\": 11}"));
        assertThat(data.afterParameters()).isNull();
        assertThat(data.result()).isEqualTo(json("42"));
        assertThat(data.variables()).isEqualTo(json("{\"bonus\": 10, \"last\": 42}"));
    }

    private static JsonNode json(String text) {
        try {
            return MAPPER.readTree(text);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
