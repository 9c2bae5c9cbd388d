package dev.orrery.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A nested state graph: a Parallel branch, or a Map state's {@code ItemProcessor} (or legacy {@code Iterator}).
 *
 * @param comment the {@code Comment}, or {@code null}
 * @param startAt the {@code StartAt} state name, never {@code null}
 * @param states the {@code States}, in definition order, never {@code null}
 * @param queryLanguage the branch's effective query language
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record Branch(
        @Nullable String comment, String startAt, Map<String, State> states, QueryLanguage queryLanguage) {

    /**
     * Copy the states, keeping their order.
     *
     * @param comment the {@code Comment}, or {@code null}
     * @param startAt the {@code StartAt} state name, never {@code null}
     * @param states the {@code States}, in definition order, never {@code null}
     * @param queryLanguage the branch's effective query language
     */
    public Branch {
        states = Collections.unmodifiableMap(new LinkedHashMap<>(states));
    }

    /**
     * Return the named state, or {@code null} when the graph has none of that name.
     *
     * @param name the state name, never {@code null}
     * @return the state, or {@code null}
     */
    public @Nullable State state(String name) {
        return states.get(name);
    }
}
