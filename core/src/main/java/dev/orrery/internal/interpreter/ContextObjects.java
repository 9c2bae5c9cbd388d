package dev.orrery.internal.interpreter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.orrery.model.StateType;
import dev.orrery.run.ExecutionOptions;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import org.jspecify.annotations.Nullable;

/** Builds the Context object ({@code $$}) with AWS's fields: Execution, StateMachine, State and Task. */
final class ContextObjects {

    private static final DateTimeFormatter MILLIS = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(java.time.ZoneOffset.UTC);

    private final ObjectNode execution;
    private final ObjectNode stateMachine;

    ContextObjects(ExecutionOptions options, JsonNode input) {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        execution = nodes.objectNode();
        execution.put("Id", options.executionArn());
        execution.set("Input", input);
        execution.put("StartTime", timestamp(options.startTime()));
        execution.put("Name", options.executionName());
        execution.put("RoleArn", options.roleArn());
        execution.put("RedriveCount", 0);
        stateMachine = nodes.objectNode();
        stateMachine.put("Id", options.stateMachineArn());
        stateMachine.put("Name", options.stateMachineName());
    }

    /** Return the Context object seen by a state entered at the given time. */
    JsonNode forState(CompiledState state, Instant enteredTime, int retryCount, @Nullable String taskToken) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.set("Execution", execution);
        root.set("StateMachine", stateMachine);
        ObjectNode current = root.putObject("State");
        current.put("Name", state.name());
        current.put("EnteredTime", timestamp(enteredTime));
        if (state.type() == StateType.TASK) {
            current.put("RetryCount", retryCount);
        }
        if (taskToken != null) {
            root.putObject("Task").put("Token", taskToken);
        }
        return root;
    }

    /** Return a copy of a state's Context object with {@code Map.Item.Index} and {@code Map.Item.Value} added. */
    static JsonNode withMapItem(JsonNode stateContext, int index, JsonNode value) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.setAll((ObjectNode) stateContext);
        ObjectNode item = root.putObject("Map").putObject("Item");
        item.put("Index", index);
        item.set("Value", value);
        return root;
    }

    /** Format an instant as AWS does in the Context object: UTC with milliseconds. */
    static String timestamp(Instant instant) {
        return MILLIS.format(instant.truncatedTo(ChronoUnit.MILLIS));
    }
}
