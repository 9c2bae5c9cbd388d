package dev.orrery.internal.scaffold;

import dev.orrery.scaffold.ScaffoldCase;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the generator found for one definition.
 *
 * @param cases the test cases, the first one the run with every placeholder
 * @param placeholders each Task state's placeholder, in definition order
 * @param notes what the cases do not reach and why, one line each
 * @param targets how many states, Choice branches and Catch edges the definition has
 * @param reached how many of them the cases reach together
 */
public record Generated(List<ScaffoldCase> cases, Map<String, Placeholder> placeholders, List<String> notes,
        int targets, int reached) {

    /** Copy the collections. */
    public Generated {
        cases = List.copyOf(cases);
        placeholders = Collections.unmodifiableMap(new LinkedHashMap<>(placeholders));
        notes = List.copyOf(notes);
    }
}
