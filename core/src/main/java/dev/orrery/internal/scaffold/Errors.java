package dev.orrery.internal.scaffold;

import dev.orrery.model.Catcher;
import dev.orrery.model.State;
import dev.orrery.model.TaskState;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Scenarios that drive a Catch edge: every call of the state (or, for a Map or Parallel state, of a Task inside it
 * the host reached) throws an error the catcher names, one no earlier catcher names first.
 */
final class Errors {

    static final String CAUSE = "an error mocked to reach this catcher";

    private Errors() {}

    static List<Scenario> candidates(Targets targets, State state, List<Catcher> catchers, int index, Found host) {
        List<String> throwers = state instanceof TaskState ? List.of(state.name())
                : targets.tasksInside(state.name()).stream()
                        .filter(task -> host.reach().reachedState(task)).toList();
        List<Scenario> candidates = new ArrayList<>();
        for (String error : errors(catchers, index)) {
            for (String thrower : throwers) {
                candidates.add(host.scenario().withAnswers(thrower, List.of(new Response.Throws(error, CAUSE))));
            }
        }
        return candidates;
    }

    /** Return error names catcher {@code index} catches, those no earlier catcher names first. */
    static List<String> errors(List<Catcher> catchers, int index) {
        Set<String> names = new LinkedHashSet<>();
        for (String name : catchers.get(index).errorEquals()) {
            if (name.equals("States.ALL") || name.equals("States.TaskFailed")) {
                names.add("States.TaskFailed");
                names.add("Scaffold.MockedError");
                names.add("States.Timeout");
            } else {
                names.add(name);
            }
        }
        List<String> first = new ArrayList<>();
        List<String> later = new ArrayList<>();
        for (String name : names) {
            (caughtEarlier(catchers, index, name) ? later : first).add(name);
        }
        first.addAll(later);
        return first;
    }

    private static boolean caughtEarlier(List<Catcher> catchers, int index, String name) {
        for (int i = 0; i < index; i++) {
            List<String> earlier = catchers.get(i).errorEquals();
            if (earlier.contains(name) || earlier.contains("States.ALL")
                    || earlier.contains("States.TaskFailed") && !name.equals("States.Timeout")) {
                return true;
            }
        }
        return false;
    }
}
