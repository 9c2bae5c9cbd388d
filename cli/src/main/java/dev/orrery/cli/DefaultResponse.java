package dev.orrery.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.orrery.internal.text.ClosestNames;
import dev.orrery.mock.TaskMocks;
import dev.orrery.model.StateMachine;
import dev.orrery.spi.UnmockedTaskException;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The default response of {@code orrery run}: {@code --default-mock JSON} or a {@code "*"} entry of the mocks file
 * answers every Task state that nothing else mocks; and the check that every other key of a mocks file names a state.
 */
final class DefaultResponse {

    /** The key of the mocks file entry that answers every Task state without its own entry. */
    static final String ANY_STATE = "*";

    /** A call range that covers every call of a state. */
    private static final String EVERY_CALL = "0-999999999";

    private DefaultResponse() {}

    /** Return the responses of {@code --default-mock JSON}: the value returned by every call. */
    static ObjectNode everyCallReturns(JsonNode result) {
        ObjectNode response = JsonNodeFactory.instance.objectNode();
        response.putObject(EVERY_CALL).set("Return", result);
        return response;
    }

    /**
     * Check that every key of a mocks file names a Task state of the definition (or is {@code "*"}).
     *
     * @throws UsageException naming the first unknown key with the closest state names
     */
    static void checkKeys(String file, JsonNode responses, StateMachine machine) throws UsageException {
        List<String> tasks = StateNames.tasks(machine);
        for (Map.Entry<String, JsonNode> entry : responses.properties()) {
            String key = entry.getKey();
            if (!key.equals(ANY_STATE) && !tasks.contains(key)) {
                String what = StateNames.all(machine).contains(key) ? "\"" + key + "\" is not a Task state"
                        : "no Task state \"" + key + "\"" + ClosestNames.didYouMean(key, tasks);
                throw new UsageException("--mocks file " + file + " (/" + key.replace("~", "~0").replace("/", "~1")
                        + "): " + what + "; the definition's Task states are " + tasks
                        + " (\"*\" answers every Task state without an entry)");
            }
        }
    }

    /**
     * Check that every state a mock configuration's test case mocks is a Task state of the definition.
     *
     * @throws UsageException naming the first unknown state with the closest state names
     */
    static void checkStates(String where, List<String> mocked, StateMachine machine) throws UsageException {
        List<String> tasks = StateNames.tasks(machine);
        for (String state : mocked) {
            if (!tasks.contains(state)) {
                throw new UsageException(where + ": no Task state \"" + state + "\""
                        + ClosestNames.didYouMean(state, tasks) + "; the definition's Task states are " + tasks);
            }
        }
    }

    /** Return the mocks with the default answering, per state and call number, every Task state they do not mock. */
    static TaskMocks around(TaskMocks mocks, @Nullable JsonNode defaultResponses, StateMachine machine) {
        if (defaultResponses == null) {
            return mocks;
        }
        ObjectNode byState = JsonNodeFactory.instance.objectNode();
        StateNames.tasks(machine).forEach(state -> byState.set(state, defaultResponses));
        TaskMocks defaults = TaskMocks.fromStepFunctionsLocal(byState);
        return TaskMocks.builder().otherwise(request -> {
            try {
                return mocks.invoke(request);
            } catch (UnmockedTaskException unmocked) {
                return defaults.invoke(request);
            }
        }).build();
    }
}
