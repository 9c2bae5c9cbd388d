package dev.orrery.internal.teststate;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orrery.teststate.FieldValidationMode;
import dev.orrery.teststate.InspectionLevel;
import dev.orrery.teststate.StateConfiguration;
import dev.orrery.teststate.TestStateException;
import dev.orrery.teststate.TestStateMock;
import dev.orrery.teststate.TestStateRequest;
import org.jspecify.annotations.Nullable;

/**
 * Reads a TestState request in the API's JSON (what {@code aws stepfunctions test-state --cli-input-json} takes).
 * The fields the API takes as JSON text may also be given as JSON values: they are written back as text.
 */
public final class RequestJson {

    private RequestJson() {}

    /**
     * Read the request.
     *
     * @throws TestStateException {@code ValidationException} when a field has the wrong type or is missing
     */
    public static TestStateRequest read(JsonNode json) {
        if (!json.isObject()) {
            throw RequestChecks.validation("The request must be a JSON object");
        }
        String definition = text(json.get("definition"));
        if (definition == null) {
            throw RequestChecks.validation("1 validation error detected: Value null at 'definition' failed to "
                    + "satisfy constraint: Member must not be null");
        }
        JsonNode level = json.get("inspectionLevel");
        JsonNode reveal = json.get("revealSecrets");
        return new TestStateRequest(definition, string(json.get("roleArn")), text(json.get("input")),
                level == null || level.isNull() ? null : enumValue(InspectionLevel.class, level, "inspectionLevel"),
                reveal == null || reveal.isNull() ? null : reveal.asBoolean(), text(json.get("variables")),
                string(json.get("stateName")), mock(json.get("mock")), text(json.get("context")),
                configuration(json.get("stateConfiguration")));
    }

    private static @Nullable TestStateMock mock(@Nullable JsonNode mock) {
        if (mock == null || mock.isNull()) {
            return null;
        }
        JsonNode errorOutput = mock.get("errorOutput");
        JsonNode mode = mock.get("fieldValidationMode");
        boolean hasError = errorOutput != null && !errorOutput.isNull();
        return new TestStateMock(text(mock.get("result")), hasError ? errorName(errorOutput) : null,
                hasError ? string(errorOutput.get("cause")) : null,
                mode == null || mode.isNull() ? null : enumValue(FieldValidationMode.class, mode, "fieldValidationMode"));
    }

    /** Return the mocked error name; an errorOutput without one is an empty name (TestState requires one). */
    private static String errorName(JsonNode errorOutput) {
        String error = string(errorOutput.get("error"));
        return error == null ? "" : error;
    }

    private static @Nullable StateConfiguration configuration(@Nullable JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        JsonNode retries = node.get("retrierRetryCount");
        JsonNode failures = node.get("mapIterationFailureCount");
        return new StateConfiguration(retries == null || retries.isNull() ? null : retries.asInt(),
                string(node.get("errorCausedByState")),
                failures == null || failures.isNull() ? null : failures.asInt(), text(node.get("mapItemReaderData")));
    }

    private static <E extends Enum<E>> E enumValue(Class<E> type, JsonNode value, String field) {
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(value.asText())) {
                return constant;
            }
        }
        throw RequestChecks.validation("1 validation error detected: Value '" + value.asText() + "' at '" + field
                + "' failed to satisfy constraint: Member must satisfy enum value set: "
                + java.util.Arrays.toString(type.getEnumConstants()));
    }

    /** Return a JSON-text field: the string as it is, or a JSON value written as text. */
    private static @Nullable String text(@Nullable JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        return node.isTextual() ? node.asText() : node.toString();
    }

    private static @Nullable String string(@Nullable JsonNode node) {
        return node == null || node.isNull() ? null : node.asText();
    }
}
