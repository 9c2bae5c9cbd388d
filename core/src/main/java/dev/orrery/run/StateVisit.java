package dev.orrery.run;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orrery.model.StateType;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
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
 *     sorted by name; empty when there are none; {@link #visibleVariables()} says so by its name
 * @param origin where the visit ran: its own event id and, inside a Parallel branch or Map iteration, which one
 * @param caughtBy the 0-based index, in the state's {@code Catch} array, of the catcher that handled the visit's
 *     error; -1 when no catcher did
 * @param dataFlow the intermediate values of the visit's input and output processing, as TestState's inspection
 *     data names them; {@link DataFlow#NONE} when the visit recorded none
 * @param attempts each attempt of the state's work during the visit, in order, with its virtual times: each call of a
 *     Task state, each run of a Parallel or Map state that has a {@code Retry}; the first is the original call, the
 *     others its retries. Empty for other states (and for a visit built without them)
 * @param matchedChoiceRule for a Choice state that chose its next state, the 0-based index in {@code Choices} of
 *     the rule that matched, or {@link #DEFAULT_CHOICE} when none did and it went to its {@code Default};
 *     {@link #NO_CHOICE} for every other visit (another state type, a Choice that failed, a visit built without it)
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
        int caughtBy,
        DataFlow dataFlow,
        List<Attempt> attempts,
        int matchedChoiceRule) {

    /** The {@link #matchedChoiceRule()} of a visit that is not a Choice state's choosing its next state. */
    public static final int NO_CHOICE = -1;

    /** The {@link #matchedChoiceRule()} of a Choice state whose rules did not match, that went to its Default. */
    public static final int DEFAULT_CHOICE = -2;

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
     * @param dataFlow the intermediate values of the visit's input and output processing, never {@code null}
     * @param attempts each attempt of the state's work during the visit, in order, never {@code null}
     * @param matchedChoiceRule the index of the Choice rule that matched, {@link #DEFAULT_CHOICE} or
     *     {@link #NO_CHOICE}
     */
    public StateVisit {
        variables = variables.isEmpty() ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(variables));
        attempts = attempts.isEmpty() ? List.of() : List.copyOf(attempts);
    }

    /**
     * Create a visit that is not a Choice state's choosing its next state ({@link #matchedChoiceRule()} is
     * {@link #NO_CHOICE}).
     *
     * @param name the state name, never {@code null}
     * @param type the state type, never {@code null}
     * @param input the state's raw input, never {@code null}
     * @param output the state's output, or {@code null} when it did not complete successfully
     * @param entered the virtual time the state was entered, never {@code null}
     * @param exited the virtual time the state was left, or {@code null} when it never was
     * @param retries how many times the state was retried during this visit
     * @param error the error the state ended with (caught or not), or {@code null}
     * @param variables the workflow variables the state's path sees after the visit, sorted by name
     * @param origin where the visit ran
     * @param caughtBy the 0-based index of the catcher that handled the visit's error; -1 when no catcher did
     * @param dataFlow the intermediate values of the visit's input and output processing, never {@code null}
     * @param attempts each attempt of the state's work during the visit, in order, never {@code null}
     */
    public StateVisit(String name, StateType type, JsonNode input, @Nullable JsonNode output, Instant entered,
            @Nullable Instant exited, int retries, @Nullable String error, Map<String, JsonNode> variables,
            Origin origin, int caughtBy, DataFlow dataFlow, List<Attempt> attempts) {
        this(name, type, input, output, entered, exited, retries, error, variables, origin, caughtBy, dataFlow,
                attempts, NO_CHOICE);
    }

    /**
     * Create a visit without recorded attempts.
     *
     * @param name the state name, never {@code null}
     * @param type the state type, never {@code null}
     * @param input the state's raw input, never {@code null}
     * @param output the state's output, or {@code null} when it did not complete successfully
     * @param entered the virtual time the state was entered, never {@code null}
     * @param exited the virtual time the state was left, or {@code null} when it never was
     * @param retries how many times the state was retried during this visit
     * @param error the error the state ended with (caught or not), or {@code null}
     * @param variables the workflow variables the state's path sees after the visit, sorted by name
     * @param origin where the visit ran
     * @param caughtBy the 0-based index of the catcher that handled the visit's error; -1 when no catcher did
     * @param dataFlow the intermediate values of the visit's input and output processing, never {@code null}
     */
    public StateVisit(String name, StateType type, JsonNode input, @Nullable JsonNode output, Instant entered,
            @Nullable Instant exited, int retries, @Nullable String error, Map<String, JsonNode> variables,
            Origin origin, int caughtBy, DataFlow dataFlow) {
        this(name, type, input, output, entered, exited, retries, error, variables, origin, caughtBy, dataFlow,
                List.of());
    }

    /**
     * Create a visit without recorded data flow stages.
     *
     * @param name the state name, never {@code null}
     * @param type the state type, never {@code null}
     * @param input the state's raw input, never {@code null}
     * @param output the state's output, or {@code null} when it did not complete successfully
     * @param entered the virtual time the state was entered, never {@code null}
     * @param exited the virtual time the state was left, or {@code null} when it never was
     * @param retries how many times the state was retried during this visit
     * @param error the error the state ended with (caught or not), or {@code null}
     * @param variables the workflow variables the state's path sees after the visit, sorted by name
     * @param origin where the visit ran
     * @param caughtBy the 0-based index of the catcher that handled the visit's error; -1 when no catcher did
     */
    public StateVisit(String name, StateType type, JsonNode input, @Nullable JsonNode output, Instant entered,
            @Nullable Instant exited, int retries, @Nullable String error, Map<String, JsonNode> variables,
            Origin origin, int caughtBy) {
        this(name, type, input, output, entered, exited, retries, error, variables, origin, caughtBy, DataFlow.NONE);
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
     * Return every workflow variable the state's path sees after the visit, its own {@code Assign} applied, sorted
     * by name: not only those this visit assigned (for those, see the {@code assignedVariables} of its
     * {@code StateExited} event). The same map as {@link #variables()}.
     *
     * @return the variables visible after the visit, empty when there are none
     */
    public Map<String, JsonNode> visibleVariables() {
        return variables;
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

    /**
     * The intermediate values of one visit's data flow, in the order Step Functions computes them and under the names
     * of TestState's {@code inspectionData}. Like every JSON getter of a run, each accessor returns a fresh deep copy,
     * so changing it changes nothing else. After retries they are the last attempt's.
     *
     * @param afterInputPath the input after {@code InputPath} (JSONPath states; the input itself when there is none),
     *     or {@code null} when the state has no input processing or failed before it
     * @param afterParameters the effective input after {@code Parameters} (JSONPath), or {@code null} when the state
     *     has none
     * @param afterArguments the effective input after {@code Arguments} (JSONata), or {@code null} when the state has
     *     none
     * @param result the state's raw result (a task result, the array of a Parallel or Map), or {@code null}
     * @param afterResultSelector the result after {@code ResultSelector} (JSONPath; the result itself when there is
     *     none), or {@code null}
     * @param afterResultPath the result placed into the raw input by {@code ResultPath}, before {@code OutputPath}
     *     (JSONPath), or {@code null}
     */
    @API(status = API.Status.EXPERIMENTAL, since = "0.1")
    public record DataFlow(
            @Nullable JsonNode afterInputPath,
            @Nullable JsonNode afterParameters,
            @Nullable JsonNode afterArguments,
            @Nullable JsonNode result,
            @Nullable JsonNode afterResultSelector,
            @Nullable JsonNode afterResultPath) {

        /** The data flow of a visit that recorded no stage. */
        public static final DataFlow NONE = new DataFlow(null, null, null, null, null, null);

        /**
         * Return a copy of the input after {@code InputPath}.
         *
         * @return a fresh deep copy, or {@code null} when the visit did not record this stage
         */
        @Override
        public @Nullable JsonNode afterInputPath() {
            return afterInputPath == null ? null : afterInputPath.deepCopy();
        }

        /**
         * Return a copy of the effective input after {@code Parameters}.
         *
         * @return a fresh deep copy, or {@code null} when the visit did not record this stage
         */
        @Override
        public @Nullable JsonNode afterParameters() {
            return afterParameters == null ? null : afterParameters.deepCopy();
        }

        /**
         * Return a copy of the effective input after {@code Arguments}.
         *
         * @return a fresh deep copy, or {@code null} when the visit did not record this stage
         */
        @Override
        public @Nullable JsonNode afterArguments() {
            return afterArguments == null ? null : afterArguments.deepCopy();
        }

        /**
         * Return a copy of the state's raw result.
         *
         * @return a fresh deep copy, or {@code null} when the visit did not record this stage
         */
        @Override
        public @Nullable JsonNode result() {
            return result == null ? null : result.deepCopy();
        }

        /**
         * Return a copy of the result after {@code ResultSelector}.
         *
         * @return a fresh deep copy, or {@code null} when the visit did not record this stage
         */
        @Override
        public @Nullable JsonNode afterResultSelector() {
            return afterResultSelector == null ? null : afterResultSelector.deepCopy();
        }

        /**
         * Return a copy of the result placed by {@code ResultPath}.
         *
         * @return a fresh deep copy, or {@code null} when the visit did not record this stage
         */
        @Override
        public @Nullable JsonNode afterResultPath() {
            return afterResultPath == null ? null : afterResultPath.deepCopy();
        }
    }
}
