package dev.orrery.mock;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orrery.spi.TaskOutcome;
import dev.orrery.spi.TaskRequest;
import java.time.Duration;
import java.util.regex.Pattern;

/**
 * Fails an {@code ecs:runTask.sync} or {@code ecs:runTask.waitForTaskToken} call whose RunTask response has a
 * non-empty {@code Failures} field, as AWS documents for the optimized ECS integration: "the task is failed with an
 * {@code AmazonECS.Unknown} error". The request-response {@code ecs:runTask} returns such a response unchanged. AWS
 * documents no cause text, so the cause is the {@code Failures} array as compact JSON.
 */
final class EcsRunTaskFailures {

    /** The error AWS fails the task with. */
    static final String ERROR = "AmazonECS.Unknown";

    private static final Pattern RUN_TASK =
            Pattern.compile("arn:[^:]+:states:[^:]*:[^:]*:ecs:runTask\\.(sync|waitForTaskToken)");

    private EcsRunTaskFailures() {}

    /** Return the outcome AWS gives the call: a failure when its submission reports failures, else the outcome. */
    static TaskOutcome check(TaskRequest request, TaskOutcome outcome) {
        if (outcome instanceof TaskOutcome.Callback callback && failed(request, callback.submittedOutput())) {
            return new TaskOutcome.Failure(ERROR, callback.submittedOutput().get("Failures").toString(),
                    Duration.ZERO);
        }
        return outcome;
    }

    /** Return whether the RunTask response of the request's call reports failures that fail the task. */
    static boolean failed(TaskRequest request, JsonNode submittedOutput) {
        JsonNode failures = submittedOutput.get("Failures");
        return failures != null && failures.isArray() && !failures.isEmpty()
                && RUN_TASK.matcher(request.resource()).matches();
    }
}
