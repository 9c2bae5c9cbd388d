package dev.orrery.internal.interpreter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.orrery.internal.json.DeferredFields;
import dev.orrery.internal.json.SmallFieldMap;
import dev.orrery.model.StateType;
import java.time.Instant;
import java.util.IdentityHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Builds the Context object ({@code $$}) with AWS's fields: Execution, StateMachine, State and Task. */
final class ContextObjects {

    // the keys of the objects built for every state, in the order they are added: shared by all of them
    private static final SmallFieldMap.Shape ROOT = SmallFieldMap.Shape.of("Execution", "StateMachine", "State",
            "Task");
    private static final SmallFieldMap.Shape STATE = SmallFieldMap.Shape.of("Name", "EnteredTime", "RetryCount");
    private static final SmallFieldMap.Shape EXECUTION = SmallFieldMap.Shape.of("Id", "Input", "StartTime", "Name",
            "RoleArn", "RedriveCount");
    private static final SmallFieldMap.Shape STATE_MACHINE = SmallFieldMap.Shape.of("Id", "Name");
    private static final SmallFieldMap.Shape TASK = SmallFieldMap.Shape.of("Token");

    private final RunArns arns;
    private final JsonNode input;
    private @Nullable ObjectNode execution;
    private @Nullable ObjectNode stateMachine;
    private @Nullable Instant lastInstant;
    private @Nullable TextNode lastTimestamp;
    private @Nullable JsonNode override;
    // made when a state first reads its Context object: many runs read none
    private @Nullable Map<CompiledState, Shared> sharedByState;

    /**
     * The last Context object built for a state: visits of the same state entered at the same virtual instant with
     * the same retry count and no task token (a loop's rounds, a Map's iterations) see equal objects, so they share
     * one, as they already share its Execution and StateMachine parts.
     */
    private record Shared(Instant enteredTime, int retryCount, JsonNode contextObject) {}

    /** Prepare the Context objects of one execution; they are built when a state first reads one. */
    ContextObjects(RunArns arns, JsonNode input) {
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
        Map<CompiledState, Shared> shares = sharedByState;
        if (shares == null) {
            shares = new IdentityHashMap<>(8);
            sharedByState = shares;
        }
        Shared shared = taskToken == null ? shares.get(state) : null;
        if (shared != null && shared.retryCount == retryCount && shared.enteredTime.equals(enteredTime)) {
            return shared.contextObject;
        }
        JsonNode built = build(state, enteredTime, retryCount, taskToken);
        if (taskToken == null) {
            shares.put(state, new Shared(enteredTime, retryCount, built));
        }
        return built;
    }

    /**
     * Return the Context object seen by a state entered at the given time, made when it is first read: most task
     * integrations never read the one their request carries. It is made from what this method captures alone (never
     * from this object's caches), so reading it later, or on another thread, changes nothing of the run.
     */
    JsonNode deferred(CompiledState state, Instant enteredTime, int retryCount, @Nullable String taskToken) {
        if (override != null) {
            return override;
        }
        return deferred(arns, input, execution, stateMachine, state, enteredTime, retryCount, taskToken);
    }

    /**
     * Return the Context object of a task request of a run that built none yet (see {@link #deferred(CompiledState,
     * Instant, int, String)}), with the Execution and StateMachine parts given or made when it is read.
     */
    static JsonNode deferred(RunArns runArns, JsonNode runInput, @Nullable ObjectNode executionNode,
            @Nullable ObjectNode machineNode, CompiledState state, Instant enteredTime, int retryCount,
            @Nullable String taskToken) {
        return new RequestContext(runArns, runInput, executionNode, machineNode, state, enteredTime, retryCount,
                taskToken).objectNode();
    }

    /** The fields of a task request's Context object, made from what the request was made with on the first read. */
    private static final class RequestContext extends DeferredFields {

        private final RunArns runArns;
        private final JsonNode runInput;
        private final @Nullable ObjectNode executionNode;
        private final @Nullable ObjectNode machineNode;
        private final CompiledState state;
        private final Instant enteredTime;
        private final int retryCount;
        private final @Nullable String taskToken;

        private RequestContext(RunArns runArns, JsonNode runInput, @Nullable ObjectNode executionNode,
                @Nullable ObjectNode machineNode, CompiledState state, Instant enteredTime, int retryCount,
                @Nullable String taskToken) {
            this.runArns = runArns;
            this.runInput = runInput;
            this.executionNode = executionNode;
            this.machineNode = machineNode;
            this.state = state;
            this.enteredTime = enteredTime;
            this.retryCount = retryCount;
            this.taskToken = taskToken;
        }

        @Override
        protected ObjectNode make() {
            return assemble(state, executionNode != null ? executionNode : describeExecution(runArns, runInput),
                    machineNode != null ? machineNode : describeStateMachine(runArns),
                    TextNode.valueOf(timestamp(enteredTime)), retryCount, taskToken);
        }
    }

    private ObjectNode build(CompiledState state, Instant enteredTime, int retryCount, @Nullable String taskToken) {
        ObjectNode executionNode = execution;
        ObjectNode machineNode = stateMachine;
        if (executionNode == null || machineNode == null) {
            executionNode = describeExecution(arns, input);
            machineNode = describeStateMachine(arns);
            execution = executionNode;
            stateMachine = machineNode;
        }
        return assemble(state, executionNode, machineNode, cachedTimestamp(enteredTime), retryCount, taskToken);
    }

    private static ObjectNode assemble(CompiledState state, ObjectNode executionNode, ObjectNode machineNode,
            TextNode enteredTime, int retryCount, @Nullable String taskToken) {
        ObjectNode root = SmallFieldMap.objectNode(ROOT);
        root.set("Execution", executionNode);
        root.set("StateMachine", machineNode);
        ObjectNode current = SmallFieldMap.objectNode(STATE);
        root.set("State", current);
        current.set("Name", state.nameNode());
        current.set("EnteredTime", enteredTime);
        if (state.type() == StateType.TASK) {
            current.set("RetryCount", IntNode.valueOf(retryCount));
        }
        if (taskToken != null) {
            ObjectNode task = SmallFieldMap.objectNode(TASK);
            task.set("Token", TextNode.valueOf(taskToken));
            root.set("Task", task);
        }
        return root;
    }

    private static ObjectNode describeExecution(RunArns arns, JsonNode input) {
        RunArns.ContextTexts texts = arns.texts();
        ObjectNode executionNode = SmallFieldMap.objectNode(EXECUTION);
        executionNode.set("Id", texts.executionId());
        executionNode.set("Input", input);
        executionNode.set("StartTime", texts.startTime());
        executionNode.set("Name", texts.executionName());
        executionNode.set("RoleArn", texts.roleArn());
        executionNode.set("RedriveCount", IntNode.valueOf(0));
        return executionNode;
    }

    private static ObjectNode describeStateMachine(RunArns arns) {
        RunArns.ContextTexts texts = arns.texts();
        ObjectNode machineNode = SmallFieldMap.objectNode(STATE_MACHINE);
        machineNode.set("Id", texts.stateMachineId());
        machineNode.set("Name", texts.stateMachineName());
        return machineNode;
    }

    /** Format the instant, reusing the last text: states entered at the same virtual instant share it. */
    private TextNode cachedTimestamp(Instant instant) {
        TextNode text = lastTimestamp;
        if (text == null || !instant.equals(lastInstant)) {
            text = TextNode.valueOf(timestamp(instant));
            lastTimestamp = text;
            lastInstant = instant;
        }
        return text;
    }

    /** Format an instant as AWS does in the Context object: UTC with milliseconds. */
    static String timestamp(Instant instant) {
        return UtcMillis.format(instant);
    }
}
