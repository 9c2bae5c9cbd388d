package dev.orrery.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A parsed, valid state machine definition: the immutable root of the model.
 *
 * @param comment the {@code Comment}, or {@code null}
 * @param startAt the {@code StartAt} state name, never {@code null}
 * @param states the top-level {@code States}, in definition order, never {@code null}
 * @param version the {@code Version}, or {@code null}
 * @param timeoutSeconds the execution's {@code TimeoutSeconds}, or {@code null}
 * @param queryLanguage the top-level {@code QueryLanguage} ({@code JSONPath} when absent)
 * @param unresolvedPlaceholders the {@code ${...}} placeholders left unsubstituted, by the name of the state that holds
 *     them ({@code ""} for the top level); a run fails on entering such a state, never {@code null}
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record StateMachine(
        @Nullable String comment,
        String startAt,
        Map<String, State> states,
        @Nullable String version,
        @Nullable Integer timeoutSeconds,
        QueryLanguage queryLanguage,
        Map<String, List<String>> unresolvedPlaceholders) {

    /**
     * Copy the states, keeping their order.
     *
     * @param comment the {@code Comment}, or {@code null}
     * @param startAt the {@code StartAt} state name, never {@code null}
     * @param states the top-level {@code States}, in definition order, never {@code null}
     * @param version the {@code Version}, or {@code null}
     * @param timeoutSeconds the execution's {@code TimeoutSeconds}, or {@code null}
     * @param queryLanguage the top-level {@code QueryLanguage} ({@code JSONPath} when absent)
     * @param unresolvedPlaceholders the {@code ${...}} placeholders left unsubstituted, by state name, never
     *     {@code null}
     */
    public StateMachine {
        states = Collections.unmodifiableMap(new LinkedHashMap<>(states));
        Map<String, List<String>> copy = new LinkedHashMap<>();
        unresolvedPlaceholders.forEach((state, names) -> copy.put(state, List.copyOf(names)));
        unresolvedPlaceholders = Collections.unmodifiableMap(copy);
    }

    /**
     * Create a state machine without unresolved placeholders.
     *
     * @param comment the {@code Comment}, or {@code null}
     * @param startAt the {@code StartAt} state name, never {@code null}
     * @param states the top-level {@code States}, in definition order, never {@code null}
     * @param version the {@code Version}, or {@code null}
     * @param timeoutSeconds the execution's {@code TimeoutSeconds}, or {@code null}
     * @param queryLanguage the top-level {@code QueryLanguage} ({@code JSONPath} when absent)
     */
    public StateMachine(@Nullable String comment, String startAt, Map<String, State> states, @Nullable String version,
            @Nullable Integer timeoutSeconds, QueryLanguage queryLanguage) {
        this(comment, startAt, states, version, timeoutSeconds, queryLanguage, Map.of());
    }

    /**
     * Return this state machine with the given unresolved placeholders.
     *
     * @param placeholders the placeholder names by state name, never {@code null}
     * @return a copy holding the placeholders
     */
    public StateMachine withUnresolvedPlaceholders(Map<String, List<String>> placeholders) {
        return new StateMachine(comment, startAt, states, version, timeoutSeconds, queryLanguage, placeholders);
    }

    /**
     * Return the named top-level state, or {@code null} when there is none of that name.
     *
     * @param name the state name, never {@code null}
     * @return the state, or {@code null}
     */
    public @Nullable State state(String name) {
        return states.get(name);
    }

    /**
     * Return the top-level states as a branch, the shape the interpreter runs.
     *
     * @return a branch with the same {@code StartAt}, states and query language
     */
    public Branch asBranch() {
        return new Branch(comment, startAt, states, queryLanguage);
    }

    /**
     * Return every state of the definition, nested ones included: each state followed by the states of its Parallel
     * branches or Map item processor, in definition order.
     *
     * @return the states, never {@code null}
     */
    public List<State> allStates() {
        List<State> all = new ArrayList<>();
        collect(states.values(), all);
        return List.copyOf(all);
    }

    private static void collect(Collection<State> states, List<State> all) {
        for (State state : states) {
            all.add(state);
            if (state instanceof ParallelState parallel) {
                parallel.branches().forEach(branch -> collect(branch.states().values(), all));
            } else if (state instanceof MapState map) {
                collect(map.itemProcessor().states().values(), all);
            }
        }
    }
}
