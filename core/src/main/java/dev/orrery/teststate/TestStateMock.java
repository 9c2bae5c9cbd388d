package dev.orrery.teststate;

import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A mocked result or error for the state under test (TestState's {@code mock}); exactly one of {@code result} and
 * {@code error} is set in a valid request.
 *
 * @param result the mocked result as JSON text, or {@code null}
 * @param error the mocked error name ({@code errorOutput.error}), or {@code null}
 * @param cause the mocked cause ({@code errorOutput.cause}), or {@code null}
 * @param fieldValidationMode how the result is checked against the service's response shape, or {@code null} for
 *     the default ({@link FieldValidationMode#STRICT})
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record TestStateMock(@Nullable String result, @Nullable String error, @Nullable String cause,
        @Nullable FieldValidationMode fieldValidationMode) {

    /**
     * Mock the state's result.
     *
     * @param json the result as JSON text, never {@code null}
     * @return the mock
     */
    public static TestStateMock result(String json) {
        return new TestStateMock(json, null, null, null);
    }

    /**
     * Mock an error.
     *
     * @param error the error name, never {@code null}
     * @param cause the cause, or {@code null}
     * @return the mock
     */
    public static TestStateMock error(String error, @Nullable String cause) {
        return new TestStateMock(null, error, cause, null);
    }

    /**
     * Return this mock with another field validation mode.
     *
     * @param mode the mode, never {@code null}
     * @return the mock
     */
    public TestStateMock withFieldValidationMode(FieldValidationMode mode) {
        return new TestStateMock(result, error, cause, mode);
    }

    /**
     * Return whether the mock has an error output.
     *
     * @return {@code true} when {@code errorOutput} is set
     */
    public boolean hasError() {
        return error != null || cause != null;
    }
}
