package dev.orrery.internal.teststate;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashSet;
import java.util.Set;

/** The names of the states a state definition may go to, read from its JSON. */
final class Transitions {

    private Transitions() {}

    /** Return the targets of {@code Next}, {@code Default}, each Choice rule's and each catcher's {@code Next}. */
    static Set<String> of(JsonNode state) {
        Set<String> targets = new LinkedHashSet<>();
        add(targets, state.get("Next"));
        add(targets, state.get("Default"));
        for (String list : new String[] {"Choices", "Catch"}) {
            JsonNode entries = state.get(list);
            if (entries != null && entries.isArray()) {
                entries.forEach(entry -> add(targets, entry.get("Next")));
            }
        }
        return targets;
    }

    private static void add(Set<String> targets, JsonNode name) {
        if (name != null && name.isTextual()) {
            targets.add(name.asText());
        }
    }
}
