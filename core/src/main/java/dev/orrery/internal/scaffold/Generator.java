package dev.orrery.internal.scaffold;

import dev.orrery.model.StateMachine;
import dev.orrery.scaffold.ScaffoldCase;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Generates the scaffold of a state machine: placeholders, the case search, the cases and the notes. */
public final class Generator {

    private Generator() {}

    /**
     * Generate the scaffold of a state machine.
     *
     * @param machine the parsed definition
     * @return the cases, placeholders and notes
     */
    public static Generated generate(StateMachine machine) {
        CaseSearch search = new CaseSearch(machine);
        Targets targets = search.targets();
        Map<String, Placeholder> placeholders = CaseSearch.placeholders(targets);
        List<Found> found = search.search(placeholders);
        Set<Target> covered = new LinkedHashSet<>();
        found.forEach(one -> covered.addAll(one.reach().covered()));
        covered.retainAll(targets.all());
        List<ScaffoldCase> cases = Cases.of(found, machine);
        List<String> notes = new ArrayList<>(Notes.unreached(targets, covered));
        placeholders.forEach((state, placeholder) -> {
            if (placeholder.note() != null) {
                notes.add("Task \"" + state + "\" (" + placeholder.integration() + "): " + placeholder.note());
            }
        });
        return new Generated(cases, placeholders, notes, targets.all().size(), covered.size());
    }
}
