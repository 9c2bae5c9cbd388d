package dev.orrery.cli;

import dev.orrery.model.State;
import dev.orrery.model.StateMachine;
import dev.orrery.model.StateType;
import java.util.List;

/** The state names of a definition, nested Parallel branches and Map processors included, in definition order. */
final class StateNames {

    private StateNames() {}

    /** Return every state name. */
    static List<String> all(StateMachine machine) {
        return machine.allStates().stream().map(State::name).distinct().toList();
    }

    /** Return the names of the Task states. */
    static List<String> tasks(StateMachine machine) {
        return machine.allStates().stream().filter(state -> state.type() == StateType.TASK).map(State::name)
                .distinct().toList();
    }
}
