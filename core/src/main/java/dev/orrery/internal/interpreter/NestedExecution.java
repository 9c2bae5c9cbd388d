package dev.orrery.internal.interpreter;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.orrery.internal.json.JsonTrees;
import dev.orrery.run.Execution;
import dev.orrery.run.ExecutionOptions;
import dev.orrery.run.ExecutionStatus;
import dev.orrery.spi.TaskOutcome;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * {@code arn:aws:states:::states:startExecution(.sync|.sync:2)} of a state machine the test registered: the child
 * execution runs in the same event loop with its own history. Without {@code .sync} the task returns the execution's
 * ARN and start date at once; with it the task is submitted and ends with the child, returning DescribeExecution's
 * fields (Input and Output as JSON text for {@code .sync}, as JSON values for {@code .sync:2}); a child that does
 * not succeed fails the task with {@code States.TaskFailed} and those fields as the cause.
 */
final class NestedExecution {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private NestedExecution() {}

    /** Return the registered machine a call starts, or {@code null} when the call is the integration's to answer. */
    static @Nullable CompiledMachine target(TaskResource resource, JsonNode payload, ExecutionRun run) {
        if (run.nested().isEmpty() || !resource.resourceType().equals("states")
                || !resource.resource().startsWith("startExecution")) {
            return null;
        }
        return run.nested().get(payload.path("StateMachineArn").asText());
    }

    /** Start the child execution; with {@code .sync} suspend the state until it ends. */
    static StepResult start(TaskHandler handler, TaskResource resource, Activation activation, JsonNode input,
            JsonNode payload, CompiledMachine child, @Nullable Integer timeoutSeconds,
            @Nullable Integer heartbeatSeconds) {
        ExecutionRun run = activation.run();
        String arn = payload.path("StateMachineArn").asText();
        String name = payload.path("Name").isTextual() ? payload.get("Name").asText()
                : new UUID(run.random().nextLong(), run.random().nextLong()).toString();
        ExecutionOptions options = run.options().withStateMachineName(arn.substring(arn.lastIndexOf(':') + 1))
                .withExecutionName(name).withStartTime(run.now());
        JsonNode childInput = childInput(payload.get("Input"));
        ObjectNode started = NODES.objectNode();
        started.put("ExecutionArn", options.executionArn());
        started.put("StartDate", run.now().toEpochMilli());
        boolean sync = resource.submits();
        String version = resource.resource().endsWith(":2") ? "2" : "1";
        CallbackWait[] wait = new CallbackWait[1];
        ExecutionRun childRun = new ExecutionRun(child, childInput, run.integration(), options, run.scheduler(),
                run.callbacks(), run.nested(), ended -> {
                    if (wait[0] != null && wait[0].isOpen()) {
                        wait[0].answer(outcome(ended, arn, version));
                    }
                }, run.children(), arn);
        run.children().started(arn);
        childRun.begin();
        if (!sync) {
            return handler.completed(activation, input, TaskOutcome.success(started));
        }
        wait[0] = SubmittedTask.open(handler, resource, activation, input, payload,
                new TaskOutcome.Callback(started, TaskOutcome.NoResponse.silent()), timeoutSeconds, heartbeatSeconds);
        return new StepResult.Suspended();
    }

    private static JsonNode childInput(@Nullable JsonNode input) {
        if (input == null || input.isNull()) {
            return NODES.objectNode();
        }
        if (input.isTextual()) {
            try {
                return JsonTrees.readTree(input.asText());
            } catch (JsonProcessingException e) {
                return input;
            }
        }
        return input;
    }

    private static TaskOutcome outcome(Execution ended, String stateMachineArn, String version) {
        boolean json = version.equals("2");
        ObjectNode described = NODES.objectNode();
        if (ended.status() != ExecutionStatus.SUCCEEDED) {
            putIfPresent(described, "Cause", ended.cause());
            putIfPresent(described, "Error", ended.error());
        }
        described.put("ExecutionArn", ended.executionArn());
        described.set("Input", json ? ended.input() : NODES.textNode(ended.input().toString()));
        described.putObject("InputDetails").put("Included", true);
        described.put("Name", ended.executionArn().substring(ended.executionArn().lastIndexOf(':') + 1));
        if (ended.status() == ExecutionStatus.SUCCEEDED) {
            JsonNode output = ended.output();
            described.set("Output", json ? output : NODES.textNode(String.valueOf(output)));
            described.putObject("OutputDetails").put("Included", true);
            described.put("RedriveCount", 0);
            described.put("RedriveStatus", "NOT_REDRIVABLE");
            described.put("RedriveStatusReason", "Execution is SUCCEEDED and cannot be redriven");
        }
        described.put("StartDate", epochMillis(ended.startTime()));
        described.put("StateMachineArn", stateMachineArn);
        described.put("Status", ended.status().name());
        described.put("StopDate", epochMillis(ended.stopTime()));
        return ended.status() == ExecutionStatus.SUCCEEDED ? TaskOutcome.success(described)
                : TaskOutcome.failure("States.TaskFailed", described.toString());
    }

    private static long epochMillis(Instant instant) {
        return instant.toEpochMilli();
    }

    private static void putIfPresent(ObjectNode node, String field, @Nullable String value) {
        if (value != null) {
            node.put(field, value);
        }
    }
}
