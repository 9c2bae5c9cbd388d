package dev.orrery.internal.interpreter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.orrery.internal.eval.StatesException;
import dev.orrery.internal.history.EventKind;
import dev.orrery.internal.interpreter.TaskResource.Phase;
import dev.orrery.internal.json.SmallFieldMap;
import dev.orrery.model.ErrorHandling;
import dev.orrery.model.TaskState;
import dev.orrery.spi.TaskOutcome;
import dev.orrery.spi.TaskRequest;
import org.jspecify.annotations.Nullable;

/**
 * Task: resolves the parameters, asks the integration for the outcome, waits its virtual latency (or times out at
 * TimeoutSeconds), then applies ResultSelector, ResultPath and OutputPath.
 */
final class TaskHandler extends CompiledState {

    // the keys of the events' details in the order they are set: a details object shares its shape's key array
    private static final SmallFieldMap.Shape SCHEDULED = SmallFieldMap.Shape.of("input", "inputDetails", "resource");
    private static final SmallFieldMap.Shape SERVICE_SCHEDULED = SmallFieldMap.Shape.of("resource", "resourceType",
            "region", "parameters");
    private static final SmallFieldMap.Shape SERVICE_STARTED = SmallFieldMap.Shape.of("resource", "resourceType");
    private static final SmallFieldMap.Shape SERVICE_SUCCEEDED = SmallFieldMap.Shape.of("resource", "resourceType",
            "output", "outputDetails");
    private static final SmallFieldMap.Shape FAILED = SmallFieldMap.Shape.of("error", "cause");
    private static final SmallFieldMap.Shape SERVICE_FAILED = SmallFieldMap.Shape.of("resource", "resourceType",
            "error", "cause");

    private final TaskState state;
    private final StateIo io;
    private final TaskResource resource;
    // the resource and its type as the immutable text nodes every event of every call shares
    private final TextNode resourceNode;
    private final TextNode resourceTypeNode;
    // the kind of a Lambda function's or activity's scheduled event with the usual details: it keeps the input
    private final EventKind scheduledWithInput;
    private final TaskTimeouts timeouts;
    private final @Nullable TaskCredentials credentials;
    private @Nullable CompiledState next;

    TaskHandler(TaskState state, StateIo io) {
        super(state);
        this.state = state;
        this.io = io;
        this.resource = TaskResource.of(state.resource());
        this.resourceNode = TextNode.valueOf(resource.resource());
        this.resourceTypeNode = TextNode.valueOf(resource.resourceType());
        this.scheduledWithInput = EventKind.withInputAnd(resource.kind().event(Phase.SCHEDULED),
                resource.kind().details(Phase.SCHEDULED), "resource", resourceNode);
        this.timeouts = TaskTimeouts.compile(state);
        this.credentials = TaskCredentials.compile(state);
    }

    @Override
    void link(CompiledGraph graph) {
        next = graph.target(state.transition());
    }

    @Override
    ErrorHandling errorHandling() {
        return state.errorHandling();
    }

    @Override
    StepResult execute(Activation activation, JsonNode input) {
        if (resource.submits()) {
            activation.taskToken(TaskTokens.next(activation.run().random()));
        }
        JsonNode payload = io.effectiveInput(input, activation);
        Integer timeoutSeconds = timeouts.timeoutSeconds(input, activation);
        Integer heartbeatSeconds = timeouts.heartbeatSeconds(input, activation);
        if (resource.kind() == TaskResource.Kind.ACTIVITY && !activation.run().nested().activityExists(
                resource.resource())) {
            throw StatesException.runtime("The activity " + resource.resource() + " does not exist.");
        }
        String roleArn = credentials == null ? null : credentials.roleArn(input, activation);
        scheduled(activation, payload, timeoutSeconds, heartbeatSeconds, roleArn);
        if (resource.kind() != TaskResource.Kind.ACTIVITY) {
            recordStarted(activation);
        }
        CompiledMachine child = NestedExecution.target(resource, payload, activation.run());
        if (child != null) {
            return NestedExecution.start(this, resource, activation, input, payload, child, timeoutSeconds,
                    heartbeatSeconds);
        }
        int invocation = activation.run().nextInvocation(state.name());
        TaskOutcome outcome = activation.run().integration().invoke(new TaskRequest(state.name(), state.resource(),
                payload, invocation, activation.retryCount(), activation.taskToken(),
                activation.requestContextObject()));
        if (resource.kind() == TaskResource.Kind.ACTIVITY && !awaitsWorker(outcome)) {
            recordStarted(activation);
        }
        if (SubmittedTask.applies(resource, outcome)) {
            return SubmittedTask.submit(this, resource, activation, input, payload, outcome, timeoutSeconds,
                    heartbeatSeconds);
        }
        if (timeoutSeconds == null && heartbeatSeconds == null
                && (outcome instanceof TaskOutcome.Success || outcome instanceof TaskOutcome.Failure)) {
            // the usual call: nothing can end it before its outcome arrives (what TaskEnd.of works out)
            return new StepResult.TaskCompletion(this, activation, input, outcome);
        }
        TaskEnd end = TaskEnd.of(outcome, timeoutSeconds, heartbeatSeconds);
        return switch (end.kind()) {
            case NEVER -> new StepResult.Suspended();
            case TIMED_OUT -> new StepResult.Await(end.after(), () -> timedOut(activation, false));
            case HEARTBEAT_TIMED_OUT -> new StepResult.Await(end.after(), () -> timedOut(activation, true));
            case COMPLETED -> new StepResult.Await(end.after(), () -> completed(activation, input, outcome));
        };
    }

    /**
     * Return whether the outcome leaves an activity task to a worker played by test code, which starts it
     * ({@code ActivityStarted}) when it takes the task or first answers it.
     */
    private static boolean awaitsWorker(TaskOutcome outcome) {
        return outcome instanceof TaskOutcome.Callback callback && callback.answer() == null;
    }

    TaskResource resource() {
        return resource;
    }

    StepResult completed(Activation activation, JsonNode input, TaskOutcome outcome) {
        if (outcome instanceof TaskOutcome.Failure failure) {
            return failed(activation, failure.error(), failure.cause());
        }
        JsonNode result = ((TaskOutcome.Success) outcome).result();
        String problem = activation.run().payloadProblem(result, resultLabel());
        if (problem != null) {
            return failed(activation, "States.DataLimitExceeded", problem);
        }
        if (resource.kind() == TaskResource.Kind.SERVICE) {
            record(activation, Phase.SUCCEEDED, HistoryRecorder.withOutput(serviceDetails(SERVICE_SUCCEEDED,
                    SERVICE_SUCCEEDED), result));
        } else {
            activation.record(resource.kind().succeededWithOutput(), result, Phase.SUCCEEDED.attemptRole());
        }
        return new StepResult.Continue(next, io.resultOutput(input, result, activation));
    }

    private StepResult failed(Activation activation, String error, @Nullable String cause) {
        StepResult.Failed failed = new StepResult.Failed(error, cause);
        if (resource.kind() != TaskResource.Kind.SERVICE) {
            // the usual details, {error, cause}: the event keeps the failure the state goes on with
            activation.recordFailure(resource.kind().failedWithError(), failed);
            return failed;
        }
        ObjectNode details = HistoryRecorder.withError(serviceDetails(FAILED, SERVICE_FAILED),
                error.isEmpty() ? null : error, cause);
        record(activation, Phase.FAILED, details);
        return failed;
    }

    /**
     * Time the call out: a {@code *TimedOut} event with {@code States.Timeout}, for a missed heartbeat too (AWS records
     * heartbeat timeouts so; only ErrorEquals {@code States.HeartbeatTimeout} tells them apart).
     */
    StepResult timedOut(Activation activation, boolean heartbeat) {
        ObjectNode details = HistoryRecorder.withError(serviceDetails(FAILED, SERVICE_FAILED), "States.Timeout", null);
        record(activation, Phase.TIMED_OUT, details);
        return new StepResult.Failed("States.Timeout", null, heartbeat);
    }

    /** Return how AWS names the task in a DataLimitExceeded cause: the ARN, or the integration's service. */
    private String resultLabel() {
        return resource.kind() == TaskResource.Kind.SERVICE && !resource.resourceType().isEmpty()
                ? resource.resourceType() : resource.resource();
    }

    private void scheduled(Activation activation, JsonNode payload, @Nullable Integer timeout,
            @Nullable Integer heartbeat, @Nullable String roleArn) {
        boolean withHeartbeat = heartbeat != null && resource.kind() != TaskResource.Kind.LAMBDA_FUNCTION;
        if (resource.kind() != TaskResource.Kind.SERVICE && timeout == null && !withHeartbeat && roleArn == null) {
            // the usual details, {input, inputDetails, resource}: the event keeps the input alone
            activation.record(scheduledWithInput, payload, Phase.SCHEDULED.attemptRole());
            return;
        }
        ObjectNode details = serviceDetails(SCHEDULED, SERVICE_SCHEDULED);
        if (resource.kind() == TaskResource.Kind.SERVICE) {
            details.put("region", activation.run().options().region());
            details.set("parameters", payload);
        } else {
            HistoryRecorder.withInput(details, payload);
            details.set("resource", resourceNode);
        }
        if (timeout != null) {
            details.put("timeoutInSeconds", timeout);
        }
        if (withHeartbeat) {
            details.put("heartbeatInSeconds", heartbeat);
        }
        if (roleArn != null) {
            details.putObject("taskCredentials").put("roleArn", roleArn);
        }
        record(activation, Phase.SCHEDULED, details);
    }

    private void recordStarted(Activation activation) {
        ObjectNode details = switch (resource.kind()) {
            case LAMBDA_FUNCTION -> null;
            case ACTIVITY -> HistoryRecorder.details();
            case SERVICE -> serviceDetails(SERVICE_STARTED, SERVICE_STARTED);
        };
        record(activation, Phase.STARTED, details);
    }

    private void record(Activation activation, Phase phase, @Nullable ObjectNode details) {
        activation.record(resource.kind().eventKind(phase), details, phase.attemptRole());
    }

    /**
     * Return a new details object, holding the resource and its type for a service integration, expected to receive
     * the keys of the given shape (the service shape's for a service integration) in order.
     */
    private ObjectNode serviceDetails(SmallFieldMap.Shape shape, SmallFieldMap.Shape serviceShape) {
        if (resource.kind() != TaskResource.Kind.SERVICE) {
            return HistoryRecorder.details(shape);
        }
        ObjectNode details = HistoryRecorder.details(serviceShape);
        details.set("resource", resourceNode);
        details.set("resourceType", resourceTypeNode);
        return details;
    }
}
