package dev.orrery.internal.interpreter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.orrery.internal.eval.StatesException;
import dev.orrery.internal.interpreter.TaskResource.Phase;
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

    private final TaskState state;
    private final StateIo io;
    private final TaskResource resource;
    private final TaskTimeouts timeouts;
    private final @Nullable TaskCredentials credentials;
    private @Nullable CompiledState next;

    TaskHandler(TaskState state, StateIo io) {
        super(state);
        this.state = state;
        this.io = io;
        this.resource = TaskResource.of(state.resource());
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
            activation.record(resource.kind().event(Phase.STARTED), startedKey(), startedDetails());
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
            activation.record(resource.kind().event(Phase.STARTED), startedKey(), startedDetails());
        }
        if (SubmittedTask.applies(resource, outcome)) {
            return SubmittedTask.submit(this, resource, activation, input, payload, outcome, timeoutSeconds,
                    heartbeatSeconds);
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
        activation.record(resource.kind().event(Phase.SUCCEEDED), resource.kind().details(Phase.SUCCEEDED),
                HistoryRecorder.withOutput(serviceDetails(), result));
        return new StepResult.Continue(next, io.resultOutput(input, result, activation));
    }

    private StepResult failed(Activation activation, String error, @Nullable String cause) {
        ObjectNode details = HistoryRecorder.withError(serviceDetails(), error.isEmpty() ? null : error, cause);
        activation.record(resource.kind().event(Phase.FAILED), resource.kind().details(Phase.FAILED), details);
        return new StepResult.Failed(error, cause);
    }

    /**
     * Time the call out: a {@code *TimedOut} event with {@code States.Timeout}, for a missed heartbeat too (AWS records
     * heartbeat timeouts so; only ErrorEquals {@code States.HeartbeatTimeout} tells them apart).
     */
    StepResult timedOut(Activation activation, boolean heartbeat) {
        ObjectNode details = HistoryRecorder.withError(serviceDetails(), "States.Timeout", null);
        activation.record(resource.kind().event(Phase.TIMED_OUT), resource.kind().details(Phase.TIMED_OUT),
                details);
        return new StepResult.Failed("States.Timeout", null, heartbeat);
    }

    /** Return how AWS names the task in a DataLimitExceeded cause: the ARN, or the integration's service. */
    private String resultLabel() {
        return resource.kind() == TaskResource.Kind.SERVICE && !resource.resourceType().isEmpty()
                ? resource.resourceType() : resource.resource();
    }

    private void scheduled(Activation activation, JsonNode payload, @Nullable Integer timeout,
            @Nullable Integer heartbeat, @Nullable String roleArn) {
        ObjectNode details = serviceDetails();
        if (resource.kind() == TaskResource.Kind.SERVICE) {
            details.put("region", activation.run().options().region());
            details.set("parameters", payload);
        } else {
            HistoryRecorder.withInput(details, payload);
            details.put("resource", resource.resource());
        }
        if (timeout != null) {
            details.put("timeoutInSeconds", timeout);
        }
        if (heartbeat != null && resource.kind() != TaskResource.Kind.LAMBDA_FUNCTION) {
            details.put("heartbeatInSeconds", heartbeat);
        }
        if (roleArn != null) {
            details.putObject("taskCredentials").put("roleArn", roleArn);
        }
        activation.record(resource.kind().event(Phase.SCHEDULED), resource.kind().details(Phase.SCHEDULED),
                details);
    }

    private @Nullable String startedKey() {
        return resource.kind() == TaskResource.Kind.LAMBDA_FUNCTION ? null : resource.kind().details(Phase.STARTED);
    }

    private @Nullable ObjectNode startedDetails() {
        return switch (resource.kind()) {
            case LAMBDA_FUNCTION -> null;
            case ACTIVITY -> HistoryRecorder.details();
            case SERVICE -> serviceDetails();
        };
    }

    private ObjectNode serviceDetails() {
        ObjectNode details = HistoryRecorder.details();
        if (resource.kind() == TaskResource.Kind.SERVICE) {
            details.put("resource", resource.resource());
            details.put("resourceType", resource.resourceType());
        }
        return details;
    }
}
