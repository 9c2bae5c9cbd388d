package dev.orrery.engine;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orrery.parse.SourcePosition;
import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * A callback answered at a virtual instant: {@code at} after the execution started, the task of {@code state} gets
 * SendTaskSuccess, SendTaskFailure or SendTaskHeartbeat.
 *
 * @param position where the callback is written, never {@code null}
 * @param at how long after the start the callback is sent, never {@code null}
 * @param state the Task state waiting for the callback, never {@code null}
 * @param kind which call is sent, never {@code null}
 * @param output the task's result for a success; JSON null otherwise
 * @param error the error of a failure, or {@code null}
 * @param cause the cause of a failure, or {@code null}
 */
record CallbackSpec(SourcePosition position, Duration at, String state, Kind kind, JsonNode output,
        @Nullable String error, @Nullable String cause) {

    /** Which callback call is sent. */
    enum Kind {
        /** SendTaskSuccess. */
        SUCCESS,
        /** SendTaskFailure. */
        FAILURE,
        /** SendTaskHeartbeat. */
        HEARTBEAT
    }
}
