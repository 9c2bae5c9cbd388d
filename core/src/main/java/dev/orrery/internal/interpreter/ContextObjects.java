package dev.orrery.internal.interpreter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.orrery.model.StateType;
import dev.orrery.run.ExecutionOptions;
import java.time.Instant;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Builds the Context object ({@code $$}) with AWS's fields: Execution, StateMachine, State and Task. */
final class ContextObjects {

    private final ExecutionOptions options;
    private final RunArns arns;
    private final JsonNode input;
    private @Nullable ObjectNode execution;
    private @Nullable ObjectNode stateMachine;
    private @Nullable Instant lastInstant;
    private String lastTimestamp = "";
    private @Nullable JsonNode override;
    private final Map<CompiledState, Shared> sharedByState = new IdentityHashMap<>();

    /**
     * The last Context object built for a state: visits of the same state entered at the same virtual instant with
     * the same retry count and no task token (a loop's rounds, a Map's iterations) see equal objects, so they share
     * one, as they already share its Execution and StateMachine parts.
     */
    private record Shared(Instant enteredTime, int retryCount, JsonNode contextObject) {}

    /** Prepare the Context objects of one execution; they are built when a state first reads one. */
    ContextObjects(ExecutionOptions options, RunArns arns, JsonNode input) {
        this.options = options;
        this.arns = arns;
        this.input = input;
    }

    /** Use the given Context object for every state instead of building one (TestState's {@code context}). */
    void override(@Nullable JsonNode context) {
        this.override = context;
    }

    /** Return the Context object seen by a state entered at the given time. */
    JsonNode forState(CompiledState state, Instant enteredTime, int retryCount, @Nullable String taskToken) {
        if (override != null) {
            return override;
        }
        Shared shared = taskToken == null ? sharedByState.get(state) : null;
        if (shared != null && shared.retryCount == retryCount && shared.enteredTime.equals(enteredTime)) {
            return shared.contextObject;
        }
        JsonNode built = build(state, enteredTime, retryCount, taskToken);
        if (taskToken == null) {
            sharedByState.put(state, new Shared(enteredTime, retryCount, built));
        }
        return built;
    }

    private JsonNode build(CompiledState state, Instant enteredTime, int retryCount, @Nullable String taskToken) {
        if (execution == null || stateMachine == null) {
            describeExecution();
        }
        ObjectNode root = new ObjectNode(JsonNodeFactory.instance, new LinkedHashMap<>(8));
        root.set("Execution", execution);
        root.set("StateMachine", stateMachine);
        ObjectNode current = new ObjectNode(JsonNodeFactory.instance, new LinkedHashMap<>(4));
        root.set("State", current);
        current.put("Name", state.name());
        current.put("EnteredTime", cachedTimestamp(enteredTime));
        if (state.type() == StateType.TASK) {
            current.put("RetryCount", retryCount);
        }
        if (taskToken != null) {
            root.putObject("Task").put("Token", taskToken);
        }
        return root;
    }

    private void describeExecution() {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        ObjectNode executionNode = nodes.objectNode();
        executionNode.put("Id", arns.execution());
        executionNode.set("Input", input);
        executionNode.put("StartTime", cachedTimestamp(options.startTime()));
        executionNode.put("Name", options.executionName());
        executionNode.put("RoleArn", options.roleArn());
        executionNode.put("RedriveCount", 0);
        ObjectNode machineNode = nodes.objectNode();
        machineNode.put("Id", arns.stateMachine());
        machineNode.put("Name", options.stateMachineName());
        execution = executionNode;
        stateMachine = machineNode;
    }

    /** Format the instant, reusing the last text: states entered at the same virtual instant share it. */
    private String cachedTimestamp(Instant instant) {
        if (!instant.equals(lastInstant)) {
            lastTimestamp = timestamp(instant);
            lastInstant = instant;
        }
        return lastTimestamp;
    }

    /** Format an instant as AWS does in the Context object: UTC with milliseconds. */
    static String timestamp(Instant instant) {
        return UtcMillis.format(instant);
    }
}
