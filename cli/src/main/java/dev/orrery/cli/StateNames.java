package dev.orrery.cli;

import dev.orrery.model.Branch;
import dev.orrery.model.MapState;
import dev.orrery.model.ParallelState;
import dev.orrery.model.State;
import dev.orrery.model.StateMachine;
import dev.orrery.model.StateType;
import java.util.ArrayList;
import java.util.List;

/** The state names of a definition, nested Parallel branches and Map processors included, in definition order. */
final class StateNames {

    private StateNames() {}

    /** Return every state name. */
    static List<String> all(StateMachine machine) {
        List<String> names = new ArrayList<>();
        collect(machine.asBranch(), names, false);
        return names;
    }

    /** Return the names of the Task states. */
    static List<String> tasks(StateMachine machine) {
        List<String> names = new ArrayList<>();
        collect(machine.asBranch(), names, true);
        return names;
    }

    private static void collect(Branch branch, List<String> names, boolean tasksOnly) {
        for (State state : branch.states().values()) {
            if ((!tasksOnly || state.type() == StateType.TASK) && !names.contains(state.name())) {
                names.add(state.name());
            }
            if (state instanceof ParallelState parallel) {
                parallel.branches().forEach(b -> collect(b, names, tasksOnly));
            } else if (state instanceof MapState map) {
                collect(map.itemProcessor(), names, tasksOnly);
            }
        }
    }
}
