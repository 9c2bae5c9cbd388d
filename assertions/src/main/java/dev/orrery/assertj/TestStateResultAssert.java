package dev.orrery.assertj;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orrery.teststate.InspectionData;
import dev.orrery.teststate.TestStateResult;
import dev.orrery.teststate.TestStateStatus;
import java.util.Objects;
import java.util.function.Function;
import org.apiguardian.api.API;
import org.assertj.core.annotation.CheckReturnValue;
import org.assertj.core.api.AbstractAssert;
import org.jspecify.annotations.Nullable;

/**
 * Assertions on the answer of a state tested in isolation ({@code StateTester}): status, next state, error, cause,
 * and navigation to the output and the inspection data.
 *
 * <pre>{@code
 * assertThat(result).hasStatus(CAUGHT_ERROR).hasNextState("Refund");   // passes for a caught error
 * assertThat(result).hasStatus(SUCCEEDED);   // fails then, printing the result's JSON
 * }</pre>
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public class TestStateResultAssert extends AbstractAssert<TestStateResultAssert, TestStateResult> {

    /**
     * Create an assert; prefer {@code OrreryAssertions.assertThat(TestStateResult)}.
     *
     * @param actual the result, may be {@code null} (every assertion then fails)
     */
    public TestStateResultAssert(@Nullable TestStateResult actual) {
        super(actual, TestStateResultAssert.class);
    }

    /**
     * Verify the status.
     *
     * <pre>{@code
     * assertThat(result).hasStatus(SUCCEEDED);   // passes when the state completed
     * assertThat(result).hasStatus(RETRIABLE);   // fails then
     * }</pre>
     *
     * @param expected the status, never {@code null}
     * @return this assert
     */
    public TestStateResultAssert hasStatus(TestStateStatus expected) {
        return field("status", expected, checked().status());
    }

    /**
     * Verify the next state ({@code null} for none).
     *
     * <pre>{@code
     * assertThat(result).hasNextState("Ship");   // passes when the state goes to Ship
     * assertThat(result).hasNextState(null);     // fails then
     * }</pre>
     *
     * @param expected the next state's name, or {@code null}
     * @return this assert
     */
    public TestStateResultAssert hasNextState(@Nullable String expected) {
        return field("next state", expected, checked().nextState());
    }

    /**
     * Verify the error.
     *
     * <pre>{@code
     * assertThat(result).hasError("Payment.Declined");   // passes for that error
     * assertThat(result).hasError("States.Timeout");     // fails then
     * }</pre>
     *
     * @param expected the error name, or {@code null}
     * @return this assert
     */
    public TestStateResultAssert hasError(@Nullable String expected) {
        return field("error", expected, checked().error());
    }

    /**
     * Verify the cause.
     *
     * <pre>{@code
     * assertThat(result).hasCause("card expired");   // passes for that cause
     * assertThat(result).hasCause("");               // fails then
     * }</pre>
     *
     * @param expected the cause, or {@code null}
     * @return this assert
     */
    public TestStateResultAssert hasCause(@Nullable String expected) {
        return field("cause", expected, checked().cause());
    }

    /**
     * Navigate to the output (missing when the state failed).
     *
     * <pre>{@code
     * assertThat(result).output().at("$.status").isEqualTo("OK");   // passes for that output
     * assertThat(result).output().isMissing();                      // fails then
     * }</pre>
     *
     * @return a JSON assert over the output
     */
    @CheckReturnValue
    public JsonAssert output() {
        return new JsonAssert(JsonValue.of("output of the tested state", checked().output()));
    }

    /**
     * Navigate to the effective input after {@code Parameters} in the inspection data.
     *
     * <pre>{@code
     * assertThat(result).afterParameters().isEqualToJson("{\"amount\": 42}");   // passes at DEBUG
     * assertThat(result).afterParameters().isMissing();   // passes at INFO: there is no inspection data
     * }</pre>
     *
     * @return a JSON assert over the stage
     */
    @CheckReturnValue
    public JsonAssert afterParameters() {
        return inspection("afterParameters", InspectionData::afterParameters);
    }

    /**
     * Navigate to the effective input after {@code Arguments} in the inspection data.
     *
     * <pre>{@code
     * assertThat(result).afterArguments().at("$.FunctionName").isEqualTo("charge");   // passes at DEBUG
     * assertThat(result).afterArguments().isMissing();   // passes at INFO
     * }</pre>
     *
     * @return a JSON assert over the stage
     */
    @CheckReturnValue
    public JsonAssert afterArguments() {
        return inspection("afterArguments", InspectionData::afterArguments);
    }

    /**
     * Navigate to the raw result in the inspection data.
     *
     * <pre>{@code
     * assertThat(result).result().at("$.Payload.status").isEqualTo("OK");   // passes at DEBUG
     * assertThat(result).result().isMissing();   // passes at INFO
     * }</pre>
     *
     * @return a JSON assert over the result
     */
    @CheckReturnValue
    public JsonAssert result() {
        return inspection("result", InspectionData::result);
    }

    /**
     * Navigate to the result placed by {@code ResultPath} in the inspection data.
     *
     * <pre>{@code
     * assertThat(result).afterResultPath().at("$.charge.status").isEqualTo("OK");   // passes at DEBUG
     * assertThat(result).afterResultPath().isMissing();   // passes at INFO
     * }</pre>
     *
     * @return a JSON assert over the stage
     */
    @CheckReturnValue
    public JsonAssert afterResultPath() {
        return inspection("afterResultPath", InspectionData::afterResultPath);
    }

    private JsonAssert inspection(String field, Function<InspectionData, @Nullable JsonNode> read) {
        InspectionData data = checked().inspectionData();
        return new JsonAssert(JsonValue.of("inspectionData." + field + " of the tested state",
                data == null ? null : read.apply(data)));
    }

    private TestStateResult checked() {
        isNotNull();
        return actual;
    }

    private TestStateResultAssert field(String name, @Nullable Object expected, @Nullable Object value) {
        if (!Objects.equals(expected, value)) {
            throwAssertionError(ShouldHaveTestStateField.shouldHave(checked(), name, expected, value));
        }
        return this;
    }
}
