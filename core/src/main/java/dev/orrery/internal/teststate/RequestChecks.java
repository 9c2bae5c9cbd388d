package dev.orrery.internal.teststate;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orrery.teststate.StateConfiguration;
import dev.orrery.teststate.TestStateException;
import dev.orrery.teststate.TestStateMock;
import dev.orrery.teststate.TestStateRequest;
import org.jspecify.annotations.Nullable;

/**
 * The checks TestState makes of a request before it runs the state, with AWS's error codes and messages as recorded
 * on AWS (the TestState corpus, and LocalStack's TestState snapshots recorded on AWS: the Context object's fields and
 * a failure count above the mocked iterations).
 *
 * <p>Where no recording shows AWS's message, the message is Orrery's own, worded as AWS words its neighbours
 * ({@code TestState does not support ... when ...}): a Context object without a mock (the API reference: "This field
 * may only be specified if a mock is specified in the same request"), {@code mapIterationFailureCount} or
 * {@code mapItemReaderData} for a state they do not fit, {@code errorCausedByState} for a state that is no Map or
 * Parallel or naming no state inside it, and a Context object field of the wrong JSON type other than a string.
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
        if (mock == null && request.context() != null) {
            throw validation("TestState does not support Context when a mock is not specified.");
        }
        checkConfiguration(configuration, state, type);
    }

    /** Check that each setting of {@code stateConfiguration} fits the state under test. */
    private static void checkConfiguration(StateConfiguration configuration, JsonNode state, String type) {
        if (configuration.mapIterationFailureCount() != null && !type.equals("Map")) {
            throw validation("TestState does not support MapIterationFailureCount when the state is not a Map state.");
        }
        atLeastZero(configuration.mapIterationFailureCount(), "mapIterationFailureCount");
        atLeastZero(configuration.retrierRetryCount(), "retrierRetryCount");
        if (configuration.mapItemReaderData() != null && !(type.equals("Map") && state.has("ItemReader"))) {
            throw validation("TestState does not support MapItemReaderData when the state is not a Map state with "
                    + "an ItemReader.");
        }
        String causedBy = configuration.errorCausedByState();
        if (causedBy != null) {
            if (!type.equals("Map") && !type.equals("Parallel")) {
                throw validation("TestState does not support ErrorCausedByState when the state is not a Map or "
                        + "Parallel state.");
            }
            if (!containsState(state, causedBy)) {
                throw validation("ErrorCausedByState '" + causedBy + "' is not a state of the " + type + " state");
            }
        }
    }

    /** Check a count against the API's minimum of 0, with AWS's constraint message for request members. */
    private static void atLeastZero(@Nullable Integer count, String member) {
        if (count != null && count < 0) {
            throw validation("1 validation error detected: Value '" + count + "' at 'stateConfiguration." + member
                    + "' failed to satisfy constraint: Member must have value greater than or equal to 0");
        }
    }

    /** Return whether a state of the Map's processor or the Parallel's branches, at any depth, has the name. */
    private static boolean containsState(JsonNode state, String name) {
        java.util.ArrayDeque<JsonNode> pending = new java.util.ArrayDeque<>();
        pending.push(state);
        while (!pending.isEmpty()) {
            JsonNode next = pending.pop();
            java.util.List<JsonNode> graphs = new java.util.ArrayList<>();
            graphs.add(next.path("ItemProcessor"));
            graphs.add(next.path("Iterator"));
            next.path("Branches").forEach(graphs::add);
            for (JsonNode graph : graphs) {
                JsonNode states = graph.path("States");
                if (states.has(name)) {
                    return true;
                }
                states.forEach(pending::push);
            }
        }
        return false;
    }

    /**
     * Check {@code mapIterationFailureCount} against the Map's items. The developer guide: "The value for this field
     * cannot exceed the number of items in the input, or equal the number of items when testing a state within a
     * Map". More failures than items is refused with AWS's message, recorded by LocalStack's snapshot
     * {@code test_map_iteration_failure_count_exceeds_mock_result_items}; as many failures as items for a Map that
     * itself lies inside a Map's {@code ItemProcessor} is refused with Orrery's own message (no recording shows
     * AWS's), worded as that one. The items are known once the Map has selected them, so the check comes after the
     * (mocked, side-effect free) run.
     *
     * @param withinMap whether the Map under test lies inside another Map's {@code ItemProcessor}
     */
    static void checkFailureCount(int items, StateConfiguration configuration, boolean withinMap) {
        Integer failures = configuration.mapIterationFailureCount();
        if (failures == null || items < 0) {
            return;
        }
        if (failures > items) {
            throw validation("Map iteration failure count must be less than or equal to the number of Map iterations");
        }
        if (withinMap && failures == items) {
            throw validation("Map iteration failure count must be less than the number of Map iterations when "
                    + "testing a state within a Map");
        }
    }

    /** The fields a Context object given to TestState may have, and those of each of them that are strings. */
    private static final java.util.Map<String, java.util.Set<String>> CONTEXT_FIELDS = java.util.Map.of(
            "Execution", java.util.Set.of("Id", "Input", "Name", "RoleArn", "StartTime", "RedriveCount",
                    "RedriveTime"),
            "State", java.util.Set.of("EnteredTime", "Name", "RetryCount"),
            "StateMachine", java.util.Set.of("Id", "Name"),
            "Task", java.util.Set.of("Token"));

    private static final java.util.Set<String> CONTEXT_NUMBERS = java.util.Set.of("RedriveCount", "RetryCount");

    /**
     * Check a Context object from the request: its fields are the Context object's (AWS's messages, recorded by
     * LocalStack's snapshots {@code test_state_context_object_validation_failures}: {@code 'Map' field is not
     * supported when mocking a Context object}, {@code Field 'X' is not allowed}, {@code Execution.Id must be a
     * string}; a number field of another type is Orrery's wording, {@code State.RetryCount must be a number}), and a
     * {@code Task} field needs a callback or job pattern.
     */
    static void checkContext(JsonNode context, JsonNode state, String type) {
        if (!context.isObject()) {
            throw validation("Invalid Context object provided: a JSON object is expected");
        }
        if (context.has("Map")) {
            throw validation("Invalid Context object provided: 'Map' field is not supported when mocking a Context "
                    + "object");
        }
        for (java.util.Iterator<java.util.Map.Entry<String, JsonNode>> it = context.fields(); it.hasNext(); ) {
            java.util.Map.Entry<String, JsonNode> field = it.next();
            java.util.Set<String> allowed = CONTEXT_FIELDS.get(field.getKey());
            if (allowed == null) {
                throw validation("Invalid Context object provided: Field '" + field.getKey() + "' is not allowed");
            }
            if (!field.getValue().isObject()) {
                throw validation("Invalid Context object provided: " + field.getKey() + " must be an object");
            }
            for (java.util.Iterator<java.util.Map.Entry<String, JsonNode>> inner = field.getValue().fields();
                    inner.hasNext(); ) {
                java.util.Map.Entry<String, JsonNode> member = inner.next();
                String name = member.getKey();
                if (!allowed.contains(name)) {
                    throw validation("Invalid Context object provided: Field '" + name + "' is not allowed");
                }
                JsonNode value = member.getValue();
                if (CONTEXT_NUMBERS.contains(name) ? !value.isIntegralNumber()
                        : !name.equals("Input") && !value.isTextual() && !value.isNull()) {
                    throw validation("Invalid Context object provided: " + field.getKey() + "." + name + " must be a "
                            + (CONTEXT_NUMBERS.contains(name) ? "number" : "string"));
                }
            }
        }
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
