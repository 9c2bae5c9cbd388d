package dev.orrery.mock;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orrery.spi.TaskIntegration;
import dev.orrery.spi.TaskOutcome;
import dev.orrery.spi.TaskRequest;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** Stateless answers: constant outcomes, Lambda payloads, service exceptions, Java handlers, latency decorators. */
final class Answers {

    private Answers() {}

    static TaskIntegration outcome(TaskOutcome outcome) {
        Objects.requireNonNull(outcome, "outcome");
        return request -> outcome;
    }

    static TaskIntegration lambdaPayload(JsonNode payload) {
        Objects.requireNonNull(payload, "payload");
        return request -> TaskOutcome.success(AwsResponses.lambda(request, payload));
    }

    static TaskIntegration serviceException(String exceptionName, @Nullable String cause) {
        Objects.requireNonNull(exceptionName, "exceptionName");
        return request -> TaskOutcome.failure(AwsErrors.errorName(request.resource(), exceptionName), cause);
    }

    static TaskIntegration lambdaError(String errorType, String errorMessage) {
        Objects.requireNonNull(errorType, "errorType");
        Objects.requireNonNull(errorMessage, "errorMessage");
        return request -> TaskOutcome.failure(errorType,
                AwsResponses.lambdaErrorCause(request, errorType, errorMessage));
    }

    static TaskIntegration handler(TaskHandler handler) {
        Objects.requireNonNull(handler, "handler");
        return request -> {
            JsonNode result;
            try {
                result = handler.handle(request);
            } catch (TaskFailedException e) {
                return TaskOutcome.failure(e.error(), e.cause());
            }
            if (result == null) {
                throw new IllegalStateException("The TaskHandler for state \"" + request.stateName()
                        + "\" returned null (an unstubbed Mockito mock?): return a JSON value or throw a "
                        + "TaskFailedException");
            }
            return TaskOutcome.success(result);
        };
    }

    static TaskIntegration job(JobPolls polls) {
        return new JobAnswer(Objects.requireNonNull(polls, "polls"));
    }

    /** The answer of a {@code .sync} job told as poll results; a record so that sessions can read its polls. */
    record JobAnswer(JobPolls polls) implements TaskIntegration {
        @Override
        public TaskOutcome invoke(TaskRequest request) {
            return polls.outcome(request);
        }
    }

    static TaskIntegration withLatency(TaskIntegration answer, Duration latency) {
        Objects.requireNonNull(latency, "latency");
        return request -> {
            TaskOutcome outcome = answer.invoke(request);
            if (outcome instanceof TaskOutcome.Success s) {
                return new TaskOutcome.Success(s.result(), latency, s.heartbeats());
            }
            if (outcome instanceof TaskOutcome.Failure f) {
                return new TaskOutcome.Failure(f.error(), f.cause(), latency, f.heartbeats());
            }
            return outcome;
        };
    }

    static TaskIntegration withHeartbeats(TaskIntegration answer, List<Duration> heartbeats) {
        List<Duration> copy = List.copyOf(heartbeats);
        return request -> {
            TaskOutcome outcome = answer.invoke(request);
            if (outcome instanceof TaskOutcome.Success s) {
                return new TaskOutcome.Success(s.result(), s.latency(), copy);
            }
            if (outcome instanceof TaskOutcome.Failure f) {
                return new TaskOutcome.Failure(f.error(), f.cause(), f.latency(), copy);
            }
            return new TaskOutcome.NoResponse(copy);
        };
    }
}
