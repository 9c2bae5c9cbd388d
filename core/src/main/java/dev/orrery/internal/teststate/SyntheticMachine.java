package dev.orrery.internal.teststate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The state machine a tested state runs in: the state as its start state, and an empty {@code Succeed} state for each
 * state it may go to ({@code Next}, {@code Default}, a rule's or catcher's {@code Next}), so that the state runs once
 * and its next state is known without running anything else.
 */
final class SyntheticMachine {

    /** The name TestState gives a state sent on its own (its Context object's {@code State.Name}). */
    static final String SINGLE_STATE_NAME = "StateName";

    private SyntheticMachine() {}

    /** Build the machine around the state, in the query language the state inherits, if any. */
    static ObjectNode around(String name, JsonNode state, @Nullable JsonNode queryLanguage) {
        ObjectNode machine = JsonNodeFactory.instance.objectNode();
        if (queryLanguage != null) {
            machine.set("QueryLanguage", queryLanguage);
        }
        machine.put("StartAt", name);
        ObjectNode states = machine.putObject("States");
        states.set(name, state);
        for (String target : Transitions.of(state)) {
            if (!states.has(target)) {
                states.putObject(target).put("Type", "Succeed");
            }
        }
        return machine;
    }

    /** Find the named state anywhere in a definition (inside Parallel branches and Map processors too). */
    static @Nullable JsonNode find(JsonNode definition, String name) {
        JsonNode states = definition.get("States");
        if (states == null || !states.isObject()) {
            return null;
        }
        JsonNode found = states.get(name);
        if (found != null) {
            return found;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = states.fields(); it.hasNext(); ) {
            JsonNode state = it.next().getValue();
            for (String nested : new String[] {"ItemProcessor", "Iterator"}) {
                JsonNode inner = state.get(nested) == null ? null : find(state.get(nested), name);
                if (inner != null) {
                    return inner;
                }
            }
            JsonNode branches = state.get("Branches");
            if (branches != null && branches.isArray()) {
                for (JsonNode branch : branches) {
                    JsonNode inner = find(branch, name);
                    if (inner != null) {
                        return inner;
                    }
                }
            }
        }
        return null;
    }

    /**
     * Return whether the named state lies inside a Map state's {@code ItemProcessor} (or {@code Iterator}), at any
     * depth, rather than at the top level or only inside Parallel branches.
     */
    static boolean withinMap(JsonNode definition, String name) {
        return Boolean.TRUE.equals(withinMap(definition, name, false));
    }

    /** Return whether the named state of this graph lies inside a Map, or {@code null} when the graph has none. */
    private static @Nullable Boolean withinMap(JsonNode graph, String name, boolean insideMap) {
        JsonNode states = graph.get("States");
        if (states == null || !states.isObject()) {
            return null;
        }
        if (states.has(name)) {
            return insideMap;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = states.fields(); it.hasNext(); ) {
            JsonNode state = it.next().getValue();
            java.util.List<JsonNode> inner = new java.util.ArrayList<>();
            state.path("Branches").forEach(inner::add);
            int branches = inner.size();
            inner.add(state.path("ItemProcessor"));
            inner.add(state.path("Iterator"));
            for (int i = 0; i < inner.size(); i++) {
                Boolean found = withinMap(inner.get(i), name, insideMap || i >= branches);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
