package dev.orrery.junit;

import dev.orrery.model.Branch;
import dev.orrery.model.MapState;
import dev.orrery.model.ParallelState;
import dev.orrery.model.State;
import dev.orrery.model.StateMachine;
import java.util.LinkedHashSet;
import java.util.Set;

/** Collects the names of every state of a state machine, nested Parallel branches and Map processors included. */
final class StateNames {

    private StateNames() {}

    static Set<String> of(StateMachine machine) {
        Set<String> names = new LinkedHashSet<>();
        collect(machine.asBranch(), names);
        return names;
    }

    private static void collect(Branch branch, Set<String> names) {
        for (State state : branch.states().values()) {
            names.add(state.name());
            if (state instanceof ParallelState parallel) {
                parallel.branches().forEach(b -> collect(b, names));
            } else if (state instanceof MapState map) {
                collect(map.itemProcessor(), names);
            }
        }
    }
}
