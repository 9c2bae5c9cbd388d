package dev.orrery.engine;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * One answer of a mocked Task state, repeated for {@code times} calls.
 *
 * @param kind what the answer does, never {@code null}
 * @param value the result, payload or submitted output; JSON null when the kind takes none
 * @param error the error name of a failure, or {@code null}
 * @param cause the cause of a failure, or {@code null}
 * @param latency the virtual time the call takes, or {@code null} for none
 * @param times how many consecutive calls the answer answers, at least 1
 */
record AnswerSpec(Kind kind, JsonNode value, @Nullable String error, @Nullable String cause,
        @Nullable Duration latency, int times) {

    /** What an answer does. */
    enum Kind {
        /** Return the value as the task's result. */
        RETURNS,
        /** Return the value as a Lambda function's payload (wrapped in the Invoke envelope for lambda:invoke). */
        RETURNS_PAYLOAD,
        /** Fail with the error and cause. */
        FAILS,
        /** Never answer: only the state's timeouts end the call. */
        TIMES_OUT,
        /** Submit a callback call with the value as the service's response; a callback of the case answers it. */
        AWAITS_CALLBACK
    }
}
