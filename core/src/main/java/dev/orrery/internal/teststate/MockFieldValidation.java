package dev.orrery.internal.teststate;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orrery.teststate.FieldValidationMode;
import org.jspecify.annotations.Nullable;

/**
 * TestState's check of a mocked result against the service's API response shape. Orrery does not carry the response
 * shapes of the AWS services: every mocked result is accepted as it is, whatever the mode. The guide says so.
 */
final class MockFieldValidation {

    private MockFieldValidation() {}

    /** Check the result; Orrery knows no response shape, so nothing is rejected. */
    static void check(JsonNode result, JsonNode state, String type, @Nullable FieldValidationMode mode) {
        // no response shape is known: the result is taken as it is (see the TestState guide)
    }
}
