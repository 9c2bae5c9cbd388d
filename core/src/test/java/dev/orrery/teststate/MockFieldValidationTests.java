package dev.orrery.teststate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MockFieldValidationTests {

    private static final String LAMBDA = """
            {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
             "Arguments": {"FunctionName": "f"}, "QueryLanguage": "JSONata", "End": true}""";

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{\"StatusCode\": \"200\"}|Mock result schema validation error: Field 'StatusCode' must be a number",
        "{\"FunctionError\": 1}|Mock result schema validation error: Field 'FunctionError' must be a string",
        "{\"ExecutedVersion\": \"\"}|Mock result schema validation error: Field 'ExecutedVersion' is smaller than "
                + "the minimum length"})
    void rejects_a_lambda_invoke_result_that_does_not_fit_the_invoke_response(String result, String message) {
        // WHEN
        TestStateException error = catchThrowableOfType(TestStateException.class,
                () -> StateTester.of(LAMBDA).mock(TestStateMock.result(result)).test());
        // THEN
        assertThat(error.code()).isEqualTo("ValidationException");
        assertThat(error).hasMessage(message);
    }

    @Test
    void accepts_fields_outside_the_shape_and_anything_in_none_mode() {
        // WHEN
        TestStateResult extra = StateTester.of(LAMBDA).mock(TestStateMock.result("{\"pokemon\": \"pikachu\"}")).test();
        TestStateResult none = StateTester.of(LAMBDA).mock(TestStateMock.result("{\"StatusCode\": \"x\"}")
                .withFieldValidationMode(FieldValidationMode.NONE)).test();
        // THEN
        assertThat(extra.status()).isEqualTo(TestStateStatus.SUCCEEDED);
        assertThat(none.status()).isEqualTo(TestStateStatus.SUCCEEDED);
    }
}
