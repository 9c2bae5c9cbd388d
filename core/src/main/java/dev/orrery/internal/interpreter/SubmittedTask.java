package dev.orrery.internal.interpreter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.orrery.spi.TaskOutcome;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * The wait strategy of Task states that submit work and wait for its end ({@code .waitForTaskToken} callbacks,
 * {@code .sync} jobs): the service call's response is recorded as {@code TaskSubmitted}, then the state suspends
 * until the callback, the job's end, or a timeout.
 *
 * <p>A {@link TaskOutcome.Callback} declares the submission and the answer; a plain {@link TaskOutcome.Success}
 * is the final result given directly (as Step Functions Local's mocks do), submitted with an empty response.
 * Failures and calls without response keep the plain Task behaviour: the service call itself failed or hung.
 * An activity answered by a {@link TaskOutcome.Callback} waits the same way for its worker's SendTask* calls,
 * without a {@code TaskSubmitted} event (the worker's task token is the pending callback's).
 */
final class SubmittedTask {

    private SubmittedTask() {}

    /** Return whether the outcome of a call of the resource goes through a submission. */
    static boolean applies(TaskResource resource, TaskOutcome outcome) {
        if (outcome instanceof TaskOutcome.Callback && !resource.submits()
                && resource.kind() != TaskResource.Kind.ACTIVITY) {
            throw new IllegalArgumentException("A TaskOutcome.Callback answers only .waitForTaskToken, .sync, "
                    + ".sync:2 and activity resources, not " + resource.resource());
        }
        return outcome instanceof TaskOutcome.Callback
                || (resource.submits() && outcome instanceof TaskOutcome.Success);
    }

    /** Record the submission and suspend the state until its callback, its job's end or a timeout. */
    static StepResult submit(TaskHandler handler, TaskResource resource, Activation activation, JsonNode input,
            JsonNode payload, TaskOutcome outcome, @Nullable Integer timeoutSeconds,
            @Nullable Integer heartbeatSeconds) {
        open(handler, resource, activation, input, payload, outcome, timeoutSeconds, heartbeatSeconds);
        return new StepResult.Suspended();
    }

    /** Record the submission and open the wait; the state must then suspend. */
    static CallbackWait open(TaskHandler handler, TaskResource resource, Activation activation, JsonNode input,
            JsonNode payload, TaskOutcome outcome, @Nullable Integer timeoutSeconds,
            @Nullable Integer heartbeatSeconds) {
        TaskOutcome.Callback callback = outcome instanceof TaskOutcome.Callback declared ? declared
                : new TaskOutcome.Callback(JsonNodeFactory.instance.objectNode(), outcome);
        if (resource.kind() == TaskResource.Kind.SERVICE) {
            ObjectNode details = HistoryRecorder.withOutput(HistoryRecorder.details(), callback.submittedOutput());
            details.put("resource", resource.resource());
            details.put("resourceType", resource.resourceType());
            activation.record("TaskSubmitted", "taskSubmittedEventDetails", details);
        }
        String token = activation.taskToken();
        if (token == null) {
            token = TaskTokens.next(activation.run().random());
        }
        Instant timeoutAt = timeoutSeconds == null ? null : activation.run().now().plusSeconds(timeoutSeconds);
        CallbackWait wait = new CallbackWait(handler, activation, input, token, payload, heartbeatSeconds,
                callback.answer() == null);
        wait.arm(timeoutAt, callback.answer());
        return wait;
    }
}
