package dev.orrery.internal.interpreter;

import dev.orrery.model.Branch;
import dev.orrery.model.State;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** The compiled states of one graph (the top level, a Parallel branch or a Map item processor). */
final class CompiledGraph {

    private final Map<String, CompiledState> states = new HashMap<>();
    private final CompiledState start;

    CompiledGraph(Branch branch, StateCompiler compiler) {
        for (State state : branch.states().values()) {
            states.put(state.name(), compiler.compile(state));
        }
        CompiledState first = states.get(branch.startAt());
        if (first == null) {
            throw new IllegalArgumentException("StartAt names no state: " + branch.startAt());
        }
        this.start = first;
        states.values().forEach(state -> state.linkAll(this));
    }

    /** Return the state the graph starts at. */
    CompiledState start() {
        return start;
    }

    /** Return the named state; a valid definition guarantees it exists. */
    CompiledState state(String name) {
        CompiledState state = states.get(name);
        if (state == null) {
            throw new IllegalArgumentException("no state named '" + name + "' in this graph");
        }
        return state;
    }

    /** Return the target of a transition: the named state, or {@code null} for the end. */
    @Nullable
    CompiledState target(dev.orrery.model.Transition transition) {
        return transition instanceof dev.orrery.model.Transition.Next next ? state(next.stateName()) : null;
    }
}
