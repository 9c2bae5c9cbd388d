package dev.orrery.teststate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.orrery.internal.teststate.ResponseJson;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * What TestState answers for one state: its status, output, error, cause, next state and inspection data. The JSON
 * values are shared: never mutate them.
 *
 * @param status how the state ended, never {@code null}
 * @param output the state output, or {@code null} when it failed (or would be retried)
 * @param error the error, or {@code null}
 * @param cause the cause, or {@code null}
 * @param nextState the state to go to next, or {@code null} when the state ends the branch or failed
 * @param inspectionData the intermediate values, or {@code null} at {@link InspectionLevel#INFO}
 * @param unvalidatedMock why a mocked result was taken without the check its {@code fieldValidationMode} asks for
 *     (Orrery knows no response shape for the state's resource), or {@code null} when it was checked, needed no
 *     check ({@link FieldValidationMode#NONE}, an error mock) or there was no mock; Orrery's own, not part of
 *     TestState's response JSON
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record TestStateResult(
        TestStateStatus status,
        @Nullable JsonNode output,
        @Nullable String error,
        @Nullable String cause,
        @Nullable String nextState,
        @Nullable InspectionData inspectionData,
        @Nullable String unvalidatedMock) {

    /**
     * Create a result whose mock, if any, was checked or needed no check.
     *
     * @param status how the state ended, never {@code null}
     * @param output the state output, or {@code null}
     * @param error the error, or {@code null}
     * @param cause the cause, or {@code null}
     * @param nextState the state to go to next, or {@code null}
     * @param inspectionData the intermediate values, or {@code null}
     */
    public TestStateResult(TestStateStatus status, @Nullable JsonNode output, @Nullable String error,
            @Nullable String cause, @Nullable String nextState, @Nullable InspectionData inspectionData) {
        this(status, output, error, cause, nextState, inspectionData, null);
    }

    /**
     * Return the result as TestState's response JSON: {@code output} and the inspection data's JSON values as JSON
     * text, absent fields left out.
     *
     * @return a new JSON object
     */
    public ObjectNode toJson() {
        return ResponseJson.of(this);
    }
}
