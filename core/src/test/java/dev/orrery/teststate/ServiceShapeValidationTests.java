package dev.orrery.teststate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Mocked results checked against the botocore response shapes Orrery ships, one rule per shape type and mode. */
class ServiceShapeValidationTests {

    private static final String PREFIX = "Mock result schema validation error: Field '";

    private static String task(String resource) {
        return "{\"Type\": \"Task\", \"Resource\": \"" + resource + "\", \"End\": true}";
    }

    private static TestStateResult test(String resource, String result, FieldValidationMode mode) {
        return StateTester.of(task(resource)).mock(TestStateMock.result(result).withFieldValidationMode(mode)).test();
    }

    private static String rejection(String resource, String result, FieldValidationMode mode) {
        TestStateException error = catchThrowableOfType(TestStateException.class, () -> test(resource, result, mode));
        assertThat(error).as("a rejection of %s", result).isNotNull();
        assertThat(error.code()).isEqualTo("ValidationException");
        return error.getMessage();
    }

    @ParameterizedTest(name = "{0} {1}: {3}")
    @CsvSource(delimiter = '|', value = {
        // string: type, min and max length, enum
        "arn:aws:states:::states:startExecution|{\"ExecutionArn\": 1}|ExecutionArn|must be a string",
        "arn:aws:states:::aws-sdk:sfn:startExecution|{\"ExecutionArn\": \"\"}|ExecutionArn"
                + "|is smaller than the minimum length",
        "arn:aws:states:::aws-sdk:s3:getObject|{\"StorageClass\": \"Papyrus\"}|StorageClass|is not an expected value",
        // integer, long, double: type and range
        "arn:aws:states:::aws-sdk:lambda:getFunction|{\"Configuration\": {\"MemorySize\": 127}}|MemorySize"
                + "|is less than the minimum value",
        "arn:aws:states:::aws-sdk:lambda:getFunction|{\"Configuration\": {\"MemorySize\": 32769}}|MemorySize"
                + "|exceeds the maximum value",
        "arn:aws:states:::aws-sdk:s3:getObject|{\"ContentLength\": \"9000\"}|ContentLength|must be a number",
        "arn:aws:states:::dynamodb:putItem|{\"ConsumedCapacity\": {\"CapacityUnits\": \"1.5\"}}|CapacityUnits"
                + "|must be a number",
        // boolean, timestamp, blob
        "arn:aws:states:::aws-sdk:s3:getObject|{\"DeleteMarker\": \"yes\"}|DeleteMarker|must be a boolean",
        "arn:aws:states:::states:startExecution|{\"StartDate\": true}|StartDate|must be a string",
        "arn:aws:states:::states:startExecution|{\"StartDate\": 1764103483}|StartDate|must be a string",
        "arn:aws:states:::aws-sdk:kms:encrypt|{\"CiphertextBlob\": 123}|CiphertextBlob|must be a string",
        "arn:aws:states:::aws-sdk:kms:encrypt|{\"CiphertextBlob\": \"\"}|CiphertextBlob"
                + "|is smaller than the minimum length",
        // list, map, structure, each checked inside
        "arn:aws:states:::events:putEvents|{\"Entries\": \"e\"}|Entries|must be an array",
        "arn:aws:states:::events:putEvents|{\"Entries\": [{\"EventId\": \"a\"}, {\"EventId\": [\"b\"]}]}|EventId"
                + "|must be a string",
        "arn:aws:states:::dynamodb:putItem|{\"Attributes\": \"a\"}|Attributes|must be an object",
        "arn:aws:states:::dynamodb:putItem|{\"Attributes\": {\"id\": {\"S\": 1}}}|S|must be a string",
        "arn:aws:states:::aws-sdk:lambda:getFunction|{\"Configuration\": \"c\"}|Configuration|must be an object"})
    void rejects_a_present_field_that_does_not_fit_its_shape_in_strict_and_present_modes(
            String resource, String result, String field, String problem) {
        for (FieldValidationMode mode : new FieldValidationMode[] {FieldValidationMode.STRICT,
                FieldValidationMode.PRESENT}) {
            // WHEN / THEN
            assertThat(rejection(resource, result, mode)).as("%s", mode)
                    .isEqualTo(PREFIX + field + "' " + problem);
        }
    }

    @Test
    void rejects_a_string_longer_than_its_maximum_length() {
        // WHEN
        String message = rejection("arn:aws:states:::states:startExecution",
                "{\"ExecutionArn\": \"" + "a".repeat(257) + "\"}", FieldValidationMode.PRESENT);
        // THEN
        assertThat(message).isEqualTo(PREFIX + "ExecutionArn' exceeds the maximum length");
    }

    @Test
    void requires_the_required_fields_in_strict_mode_only() {
        // WHEN
        String strict = rejection("arn:aws:states:::states:startExecution", "{}", FieldValidationMode.STRICT);
        TestStateResult present = test("arn:aws:states:::states:startExecution", "{}", FieldValidationMode.PRESENT);
        // THEN
        assertThat(strict).isEqualTo("Mock result schema validation error: Required field 'ExecutionArn' is missing");
        assertThat(present.status()).isEqualTo(TestStateStatus.SUCCEEDED);
    }

    @ParameterizedTest
    @EnumSource(FieldValidationMode.class)
    void accepts_a_result_that_fits_the_shape_and_fields_outside_it_in_every_mode(FieldValidationMode mode) {
        // WHEN
        TestStateResult result = test("arn:aws:states:::states:startExecution",
                "{\"ExecutionArn\": \"arn:aws:states:us-east-1:123456789012:execution:m:e\","
                        + " \"StartDate\": \"2025-11-26T10:00:00Z\", \"random\": [1]}", mode);
        // THEN
        assertThat(result.status()).isEqualTo(TestStateStatus.SUCCEEDED);
    }

    @Test
    void checks_nothing_in_none_mode() {
        // WHEN
        TestStateResult result = test("arn:aws:states:::aws-sdk:kms:encrypt", "{\"CiphertextBlob\": 123}",
                FieldValidationMode.NONE);
        // THEN
        assertThat(result.status()).isEqualTo(TestStateStatus.SUCCEEDED);
    }

    @Test
    void checks_a_start_execution_sync_result_against_describe_execution_with_its_output_as_json_for_sync_2() {
        // GIVEN
        String described = "{\"ExecutionArn\": \"arn:aws:states:us-east-1:123456789012:execution:m:e\","
                + " \"StateMachineArn\": \"arn:aws:states:us-east-1:123456789012:stateMachine:m\","
                + " \"Status\": \"SUCCEEDED\", \"StartDate\": \"2025-11-26T10:00:00.500Z\", \"Output\": {\"ok\": true}}";
        // WHEN
        TestStateResult sync2 = test("arn:aws:states:::states:startExecution.sync:2", described,
                FieldValidationMode.STRICT);
        String sync = rejection("arn:aws:states:::states:startExecution.sync", described, FieldValidationMode.STRICT);
        String missing = rejection("arn:aws:states:::states:startExecution.sync:2",
                "{\"ExecutionArn\": \"arn:aws:states:us-east-1:123456789012:execution:m:e\"}",
                FieldValidationMode.STRICT);
        // THEN
        assertThat(sync2.status()).isEqualTo(TestStateStatus.SUCCEEDED);
        assertThat(sync).isEqualTo(PREFIX + "Output' must be a string");
        assertThat(missing)
                .isEqualTo("Mock result schema validation error: Required field 'StateMachineArn' is missing");
    }

    @ParameterizedTest
    @ValueSource(strings = {"arn:aws:states:::aws-sdk:xray:getTraceSummaries",
        "arn:aws:states:::aws-sdk:s3:noSuchAction", "arn:aws:states:::sqs:sendMessage.waitForTaskToken", "arn:aws:states:::ecs:runTask.sync",
        "arn:aws:lambda:us-east-1:123456789012:function:f"})
    void accepts_any_result_of_an_integration_whose_response_shape_orrery_does_not_know_and_says_so(String resource) {
        // WHEN
        TestStateResult result = test(resource, "{\"ExecutionArn\": 1, \"MessageId\": 2}",
                FieldValidationMode.STRICT);
        TestStateResult present = test(resource, "{\"ExecutionArn\": 1}", FieldValidationMode.PRESENT);
        TestStateResult none = test(resource, "{\"ExecutionArn\": 1}", FieldValidationMode.NONE);
        // THEN
        assertThat(result.status()).isEqualTo(TestStateStatus.SUCCEEDED);
        assertThat(result.unvalidatedMock()).isEqualTo("The mocked result was not checked against a response shape "
                + "(fieldValidationMode STRICT): Orrery knows none for the resource '" + resource + "'");
        assertThat(present.unvalidatedMock()).contains("(fieldValidationMode PRESENT)");
        assertThat(none.unvalidatedMock()).isNull();
        assertThat(result.toJson().has("unvalidatedMock")).isFalse();
    }

    @Test
    void says_nothing_of_a_result_checked_against_its_shape() {
        // WHEN
        TestStateResult result = test("arn:aws:states:::states:startExecution",
                "{\"ExecutionArn\": \"arn:aws:states:us-east-1:123456789012:execution:m:e\","
                        + " \"StartDate\": \"2025-11-26T10:00:00Z\"}", FieldValidationMode.STRICT);
        // THEN
        assertThat(result.unvalidatedMock()).isNull();
    }
}
