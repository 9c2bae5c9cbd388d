package dev.orrery.junit;

import dev.orrery.model.State;
import dev.orrery.model.StateMachine;
import java.util.LinkedHashSet;
import java.util.Set;

/** Collects the names of every state of a state machine, nested Parallel branches and Map processors included. */
final class StateNames {

    private StateNames() {}

    static Set<String> of(StateMachine machine) {
        Set<String> names = new LinkedHashSet<>();
        machine.allStates().stream().map(State::name).forEach(names::add);
        return names;
    }
}
