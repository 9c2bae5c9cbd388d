package dev.orrery.run;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orrery.model.StateType;
import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * One entry into a state during an execution: what it received, what it produced and when.
 *
 * <p>Immutable: each accessor that returns JSON ({@link #input()}, {@link #output()}, {@link #variables()}) returns a
 * fresh deep copy on each call, so mutating it changes neither this visit nor any run (see {@link Execution}).
 *
 * @param name the state name, never {@code null}
 * @param type the state type, never {@code null}
 * @param input the state's raw input, never {@code null}
 * @param output the state's output, or {@code null} when it did not complete successfully
 * @param entered the virtual time the state was entered, never {@code null}
 * @param exited the virtual time the state was left, or {@code null} when it never was
 * @param retries how many times the state was retried during this visit
 * @param error the error the state ended with (caught or not), or {@code null}
 * @param variables the workflow variables the state's path sees after the visit (its {@code Assign} applied),
 *     sorted by name; empty when there are none
 * @param origin where the visit ran: its own event id and, inside a Parallel branch or Map iteration, which one
 * @param caughtBy the 0-based index, in the state's {@code Catch} array, of the catcher that handled the visit's
 *     error; -1 when no catcher did
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record StateVisit(
        String name,
        StateType type,
        JsonNode input,
        @Nullable JsonNode output,
        Instant entered,
        @Nullable Instant exited,
        int retries,
        @Nullable String error,
        Map<String, JsonNode> variables,
        Origin origin,
        int caughtBy) {

    /**
     * Copy the variables.
     *
     * @param name the state name, never {@code null}
     * @param type the state type, never {@code null}
     * @param input the state's raw input, never {@code null}
     * @param output the state's output, or {@code null} when it did not complete successfully
     * @param entered the virtual time the state was entered, never {@code null}
     * @param exited the virtual time the state was left, or {@code null} when it never was
     * @param retries how many times the state was retried during this visit
     * @param error the error the state ended with (caught or not), or {@code null}
     * @param variables the workflow variables the state's path sees after the visit (its {@code Assign} applied),
     *     sorted by name; empty when there are none
     * @param origin where the visit ran: its own event id and, inside a Parallel branch or Map iteration, which one
     * @param caughtBy the 0-based index, in the state's {@code Catch} array, of the catcher that handled the visit's
     *     error; -1 when no catcher did
     */
    public StateVisit {
        variables = variables.isEmpty() ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(variables));
    }

    /**
     * Return a copy of the state's raw input.
     *
     * @return a fresh deep copy of the input, never {@code null}
     */
    @Override
    public JsonNode input() {
        return input.deepCopy();
    }

    /**
     * Return a copy of the state's output.
     *
     * @return a fresh deep copy of the output, or {@code null} when the state did not complete successfully
     */
    @Override
    public @Nullable JsonNode output() {
        return output == null ? null : output.deepCopy();
    }

    /**
     * Return a copy of the workflow variables the state's path sees after the visit, sorted by name.
     *
     * @return an unmodifiable map of fresh deep copies, empty when there are none
     */
    @Override
    public Map<String, JsonNode> variables() {
        if (variables.isEmpty()) {
            return variables;
        }
        Map<String, JsonNode> copies = new TreeMap<>();
        variables.forEach((name, value) -> copies.put(name, value.deepCopy()));
        return Collections.unmodifiableMap(copies);
    }

    /**
     * Create a visit of unknown origin.
     *
     * @param name the state name, never {@code null}
     * @param type the state type, never {@code null}
     * @param input the state's raw input, never {@code null}
     * @param output the state's output, or {@code null} when it did not complete successfully
     * @param entered the virtual time the state was entered, never {@code null}
     * @param exited the virtual time the state was left, or {@code null} when it never was
     * @param retries how many times the state was retried during this visit
     * @param error the error the state ended with (caught or not), or {@code null}
     * @param variables the workflow variables the state's path sees after the visit (its {@code Assign} applied),
     *     sorted by name; empty when there are none
     */
    public StateVisit(String name, StateType type, JsonNode input, @Nullable JsonNode output, Instant entered,
            @Nullable Instant exited, int retries, @Nullable String error, Map<String, JsonNode> variables) {
        this(name, type, input, output, entered, exited, retries, error, variables, Origin.UNKNOWN, -1);
    }

    /**
     * Create a visit without variables.
     *
     * @param name the state name, never {@code null}
     * @param type the state type, never {@code null}
     * @param input the state's raw input, never {@code null}
     * @param output the state's output, or {@code null} when it did not complete successfully
     * @param entered the virtual time the state was entered, never {@code null}
     * @param exited the virtual time the state was left, or {@code null} when it never was
     * @param retries how many times the state was retried during this visit
     * @param error the error the state ended with (caught or not), or {@code null}
     */
    public StateVisit(String name, StateType type, JsonNode input, @Nullable JsonNode output, Instant entered,
            @Nullable Instant exited, int retries, @Nullable String error) {
        this(name, type, input, output, entered, exited, retries, error, Map.of());
    }

    /**
     * Where a visit ran.
     *
     * @param enteredEventId the id of the visit's {@code StateEntered} event, 0 when unknown
     * @param parentEnteredEventId for a state inside a Parallel branch or Map iteration, the id of the
     *     {@code StateEntered} event of that Parallel or Map state's visit; 0 at the top level
     * @param branchIndex the 0-based branch or iteration index inside that parent; -1 at the top level
     */
    @API(status = API.Status.EXPERIMENTAL, since = "0.1")
    public record Origin(long enteredEventId, long parentEnteredEventId, int branchIndex) {

        /** The origin of a visit built without one. */
        public static final Origin UNKNOWN = new Origin(0, 0, -1);

        /**
         * Return whether the visit ran at the top level of the execution.
         *
         * @return {@code true} when the visit has no enclosing Parallel or Map visit (also for {@link #UNKNOWN})
         */
        public boolean isTopLevel() {
            return parentEnteredEventId == 0;
        }
    }
}
