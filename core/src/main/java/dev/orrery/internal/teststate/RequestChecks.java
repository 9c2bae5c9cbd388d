package dev.orrery.internal.teststate;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orrery.teststate.StateConfiguration;
import dev.orrery.teststate.TestStateException;
import dev.orrery.teststate.TestStateMock;
import dev.orrery.teststate.TestStateRequest;
import org.jspecify.annotations.Nullable;

/**
 * The checks TestState makes of a request before it runs the state, with AWS's error codes and messages as recorded
 * on AWS (the TestState corpus).
 */
final class RequestChecks {

    static final String VALIDATION = "ValidationException";
    static final String INVALID_DEFINITION = "InvalidDefinition";

    private RequestChecks() {}

    /** Check the request against the state under test (its JSON and its type). */
    static void check(TestStateRequest request, JsonNode state, String type) {
        TestStateMock mock = request.mock();
        StateConfiguration configuration =
                request.stateConfiguration() == null ? StateConfiguration.NONE : request.stateConfiguration();
        boolean compound = type.equals("Map") || type.equals("Parallel");
        if (mock != null && mock.result() != null && mock.hasError()) {
            throw validation("A test mock should have only one of the following fields: [result, errorOutput].");
        }
        if (mock != null && !type.equals("Task") && !compound) {
            throw validation("State type '" + type + "' is not supported when a mock is specified");
        }
        if (mock == null && configuration.mapIterationFailureCount() != null) {
            throw validation("TestState does not support MapIterationFailureCount when a mock is not specified.");
        }
        if (mock == null && compound) {
            throw new TestStateException(INVALID_DEFINITION, "TestState API does not support Map or Parallel states. "
                    + "Supported state types include: [Task, Wait, Pass, Succeed, Fail, Choice]");
        }
        if (mock != null && Boolean.TRUE.equals(request.revealSecrets())) {
            throw validation("TestState does not support RevealSecrets when a mock is specified.");
        }
        if (mock == null && type.equals("Task") && request.roleArn() == null) {
            throw validation("RoleArn must be specified when testing a Task state");
        }
    }

    /** Check a Context object from the request: a {@code Task} field needs a callback or job pattern. */
    static void checkContext(JsonNode context, JsonNode state, String type) {
        JsonNode resource = state.get("Resource");
        boolean submits = type.equals("Task") && resource != null && resource.isTextual()
                && (resource.asText().endsWith(".sync") || resource.asText().endsWith(".sync:2")
                        || resource.asText().endsWith(".waitForTaskToken"));
        if (context.has("Task") && !submits) {
            throw validation("Invalid Context object provided: Context object contains 'Task' when state is not a "
                    + "Task state with a '.sync' or '.waitForTaskToken' service integration pattern");
        }
    }

    /** Check a mocked result against the state it stands for (Map and Parallel results are arrays). */
    static void checkMockResult(JsonNode result, JsonNode state, String type) {
        if (type.equals("Parallel")) {
            JsonNode branches = state.get("Branches");
            int count = branches == null ? 0 : branches.size();
            if (!result.isArray() || result.size() != count) {
                throw validation(
                        "Mocked result must contain the same number of items as number of Parallel branches.");
            }
        } else if (type.equals("Map")) {
            if (state.has("ResultWriter")) {
                if (!result.isObject()) {
                    throw validation("Mocked result must be a JSON object.");
                }
            } else if (!result.isArray()) {
                throw validation("Mocked result must be an array.");
            }
        }
    }

    static TestStateException validation(String message) {
        return new TestStateException(VALIDATION, message);
    }

    /** Return the state's {@code Type} text, or {@code null}. */
    static @Nullable String type(JsonNode state) {
        JsonNode type = state.get("Type");
        return type != null && type.isTextual() ? type.asText() : null;
    }
}
