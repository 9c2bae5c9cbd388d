package dev.orrery.run;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orrery.history.ExecutionHistory;
import dev.orrery.internal.history.RecordedVisits;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A finished execution: its status, output or error, the path it took, every state visit and the history.
 *
 * <p>Immutable, and independent of every other execution. Orrery copies the JSON a test gives it once, when it
 * receives it (the execution input, mocked results, callback outputs), never mutates a value after handing it on, and
 * shares values between states, runs and threads internally; so every accessor that returns JSON ({@link #input()},
 * {@link #output()}, {@link StateVisit#input()}, {@link dev.orrery.history.HistoryEvent#details()},
 * {@link dev.orrery.history.ExecutionHistory#toAwsJson()}) returns a fresh deep copy on each call. Mutating what it
 * returns changes neither this execution nor any other run; keep the returned value when it is read often.
 *
 * @param executionArn the execution's ARN, never {@code null}
 * @param status how it ended, never {@code null}
 * @param input the execution input, never {@code null}
 * @param output the output when it succeeded, else {@code null}
 * @param error the error name when it failed, else {@code null}
 * @param cause the cause when it failed and one was given, else {@code null}
 * @param path the names of the states entered, in order, nested states included, never {@code null}
 * @param visits one entry per state entered, in order, never {@code null}; a run's visits are kept compactly and
 *     each {@link StateVisit} is made when it is read (equal, not the same object, on each read)
 * @param history the history events, never {@code null}
 * @param startTime the virtual start instant, never {@code null}
 * @param stopTime the virtual stop instant, never {@code null}
 * @param stateNames the name of every state of the state machine that ran, nested states (Parallel branches, Map
 *     item processors) included, whether entered or not; empty when unknown (an execution built by hand with the
 *     shorter constructor). Orrery computes it once per compiled state machine and shares it between runs
 * @param childVisits what the execution's child executions did (a distributed Map's, a {@code states:startExecution}
 *     task's on a registered state machine), counted per state machine in the order each was first started; empty
 *     when it started none. See {@link ChildVisits}
 * @since 0.1
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
        Instant stopTime,
        Set<String> stateNames,
        List<ChildVisits> childVisits) {

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
     * @param stateNames the name of every state of the state machine, nested states included; empty when unknown.
     *     An unmodifiable set made by {@link Set#of} or {@link Set#copyOf} is kept as it is, not copied
     * @param childVisits what the execution's child executions did, per state machine, never {@code null}
     */
    public Execution {
        // a run's own path reads the names of its visits, which are immutable
        path = path instanceof RecordedVisits.Names ? path : List.copyOf(path);
        // a run's own visits are already immutable and kept compactly: each visit is made when it is read
        visits = visits instanceof RecordedVisits ? visits : List.copyOf(visits);
        stateNames = Set.copyOf(stateNames);
        childVisits = List.copyOf(childVisits);
    }

    /**
     * Create an execution that started no child executions ({@link #childVisits()} is empty).
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
     * @param stateNames the name of every state of the state machine, nested states included; empty when unknown
     */
    public Execution(String executionArn, ExecutionStatus status, JsonNode input, @Nullable JsonNode output,
            @Nullable String error, @Nullable String cause, List<String> path, List<StateVisit> visits,
            ExecutionHistory history, Instant startTime, Instant stopTime, Set<String> stateNames) {
        this(executionArn, status, input, output, error, cause, path, visits, history, startTime, stopTime,
                stateNames, List.of());
    }

    /**
     * Create an execution whose state machine's states are unknown ({@link #stateNames()} is empty).
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
    public Execution(String executionArn, ExecutionStatus status, JsonNode input, @Nullable JsonNode output,
            @Nullable String error, @Nullable String cause, List<String> path, List<StateVisit> visits,
            ExecutionHistory history, Instant startTime, Instant stopTime) {
        this(executionArn, status, input, output, error, cause, path, visits, history, startTime, stopTime, Set.of());
    }

    /**
     * Return whether the state machine that ran has a state of this name, at any level.
     *
     * @param name a state name, never {@code null}
     * @return {@code true} when it is one of {@link #stateNames()}, or when those are unknown (empty)
     */
    public boolean hasState(String name) {
        return stateNames.isEmpty() || stateNames.contains(name);
    }

    /**
     * Return a copy of the execution input; see the class comment.
     *
     * @return a fresh deep copy of the input, never {@code null}
     */
    @Override
    public JsonNode input() {
        return input.deepCopy();
    }

    /**
     * Return a copy of the output when the execution succeeded; see the class comment.
     *
     * @return a fresh deep copy of the output, or {@code null} when the execution did not succeed
     */
    @Override
    public @Nullable JsonNode output() {
        return output == null ? null : output.deepCopy();
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
