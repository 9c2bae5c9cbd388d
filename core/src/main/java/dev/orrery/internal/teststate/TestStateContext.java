package dev.orrery.internal.teststate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.orrery.run.ExecutionOptions;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.jspecify.annotations.Nullable;

/**
 * The Context object TestState gives a state when the request has none, in the shape recorded on AWS: an Express
 * execution ARN ({@code ...:express:<machine>:<execution>}), the request's role ({@code null} without one), no
 * {@code RedriveCount}, the state named {@code StateName}, and {@code RetryCount} for the states that can retry: the
 * retries already made ({@code retrierRetryCount}), 0 when not given, as the state sees it on the attempt after them.
 * For a state inside a Map's {@code ItemProcessor} (named with {@code stateName}), the Context object also has the
 * Map's item, as the developer guide's "Automatic Context population" lists it: {@code Map.Item.Index} 0 (the first
 * iteration) and {@code Map.Item.Value} the input. The guide's {@code Map.Item.Key} and {@code Map.Item.Source}
 * ("for Distributed Maps with certain ItemReader configurations") are left out: it does not say which.
 */
final class TestStateContext {

    private static final DateTimeFormatter MILLIS =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private TestStateContext() {}

    static ObjectNode build(ExecutionOptions options, JsonNode input, @Nullable String roleArn, String stateType,
            @Nullable String taskToken, int retryCount, boolean withinMap) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        String time = MILLIS.format(options.startTime());
        ObjectNode execution = root.putObject("Execution");
        String prefix = "arn:aws:states:" + options.region() + ":" + options.accountId() + ":";
        execution.put("Id", prefix + "express:" + options.stateMachineName() + ":" + options.executionName());
        execution.set("Input", input);
        execution.put("Name", options.executionName());
        execution.put("RoleArn", roleArn);
        execution.put("StartTime", time);
        ObjectNode machine = root.putObject("StateMachine");
        machine.put("Id", prefix + "stateMachine:" + options.stateMachineName());
        machine.put("Name", options.stateMachineName());
        ObjectNode state = root.putObject("State");
        state.put("Name", SyntheticMachine.SINGLE_STATE_NAME);
        state.put("EnteredTime", time);
        if (stateType.equals("Task") || stateType.equals("Map") || stateType.equals("Parallel")) {
            state.put("RetryCount", retryCount);
        }
        if (taskToken != null) {
            root.putObject("Task").put("Token", taskToken);
        }
        if (withinMap) {
            ObjectNode item = root.putObject("Map").putObject("Item");
            item.put("Index", 0);
            item.set("Value", input);
        }
        return root;
    }
}
