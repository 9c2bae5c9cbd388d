package dev.orrery.engine;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orrery.mock.JobPolls;
import java.time.Duration;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One answer of a mocked Task state, repeated for {@code times} calls.
 *
 * @param kind what the answer does, never {@code null}
 * @param value the result, payload or submitted output; JSON null when the kind takes none
 * @param error the error name of a failure, the service's exception name or the Lambda error type, or {@code null}
 * @param cause the cause of a failure or the Lambda error message, or {@code null}
 * @param latency the virtual time the call takes, or {@code null} for none
 * @param heartbeats the offsets from the start of the call at which the task sends heartbeats
 * @param job the polls of a {@code .sync} job, or {@code null} when the kind is not {@link Kind#RUNS_JOB}
 * @param times how many consecutive calls the answer answers, at least 1
 */
record AnswerSpec(Kind kind, JsonNode value, @Nullable String error, @Nullable String cause,
        @Nullable Duration latency, List<Duration> heartbeats, @Nullable JobPolls job, int times) {

    /** Copy the heartbeats. */
    AnswerSpec {
        heartbeats = List.copyOf(heartbeats);
    }

    /** What an answer does. */
    enum Kind {
        /** Return the value as the task's result. */
        RETURNS,
        /** Return the value as a Lambda function's payload (wrapped in the Invoke envelope for lambda:invoke). */
        RETURNS_PAYLOAD,
        /** Fail with the error and cause. */
        FAILS,
        /** Fail as the service does when it throws the named exception. */
        THROWS_SERVICE_EXCEPTION,
        /** Fail as a Lambda function that raised an error of the type and message. */
        THROWS_LAMBDA_ERROR,
        /** Never answer: only the state's timeouts end the call. */
        TIMES_OUT,
        /** Submit a callback call with the value as the service's response; a callback of the case answers it. */
        AWAITS_CALLBACK,
        /** Submit a {@code .sync} job and answer with the poll that ends it. */
        RUNS_JOB
    }
}
