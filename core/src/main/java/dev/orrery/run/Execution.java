package dev.orrery.run;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orrery.history.ExecutionHistory;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A finished execution: its status, output or error, the path it took, every state visit and the history.
 *
 * <p>Immutable. The JSON values are shared: never mutate them ({@code deepCopy()} first).
 *
 * @param executionArn the execution's ARN, never {@code null}
 * @param status how it ended, never {@code null}
 * @param input the execution input, never {@code null}
 * @param output the output when it succeeded, else {@code null}
 * @param error the error name when it failed, else {@code null}
 * @param cause the cause when it failed and one was given, else {@code null}
 * @param path the names of the states entered, in order, nested states included, never {@code null}
 * @param visits one entry per state entered, in order, never {@code null}
 * @param history the history events, never {@code null}
 * @param startTime the virtual start instant, never {@code null}
 * @param stopTime the virtual stop instant, never {@code null}
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record Execution(
        String executionArn,
        ExecutionStatus status,
        JsonNode input,
        @Nullable JsonNode output,
        @Nullable String error,
        @Nullable String cause,
        List<String> path,
        List<StateVisit> visits,
        ExecutionHistory history,
        Instant startTime,
        Instant stopTime) {

    /**
     * Copy the lists.
     *
     * @param executionArn the execution's ARN, never {@code null}
     * @param status how it ended, never {@code null}
     * @param input the execution input, never {@code null}
     * @param output the output when it succeeded, else {@code null}
     * @param error the error name when it failed, else {@code null}
     * @param cause the cause when it failed and one was given, else {@code null}
     * @param path the names of the states entered, in order, nested states included, never {@code null}
     * @param visits one entry per state entered, in order, never {@code null}
     * @param history the history events, never {@code null}
     * @param startTime the virtual start instant, never {@code null}
     * @param stopTime the virtual stop instant, never {@code null}
     */
    public Execution {
        path = List.copyOf(path);
        visits = List.copyOf(visits);
    }

    /**
     * Return the virtual time from start to stop.
     *
     * @return the virtual time between {@code startTime} and {@code stopTime}
     */
    public Duration virtualDuration() {
        return Duration.between(startTime, stopTime);
    }

    /**
     * Return whether the execution succeeded.
     *
     * @return {@code true} when the status is {@code SUCCEEDED}
     */
    public boolean succeeded() {
        return status == ExecutionStatus.SUCCEEDED;
    }
}
