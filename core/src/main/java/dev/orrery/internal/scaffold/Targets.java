package dev.orrery.internal.scaffold;

import dev.orrery.model.Branch;
import dev.orrery.model.Catcher;
import dev.orrery.model.ChoiceState;
import dev.orrery.model.MapState;
import dev.orrery.model.ParallelState;
import dev.orrery.model.State;
import dev.orrery.model.StateMachine;
import dev.orrery.model.TaskState;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The states of a definition by name (state names are unique in a whole state machine, nested ones included), the
 * Map or Parallel state around each nested state, and everything the cases must reach: every state, every Choice
 * rule and {@code Default}, every Catch edge.
 *
 * @param byName every state by name
 * @param parents the Map or Parallel state around each nested state, by the nested state's name
 * @param all the targets, in definition order
 */
record Targets(Map<String, State> byName, Map<String, State> parents, List<Target> all) {

    Targets {
        byName = Collections.unmodifiableMap(new LinkedHashMap<>(byName));
        parents = Collections.unmodifiableMap(new LinkedHashMap<>(parents));
        all = List.copyOf(all);
    }

    static Targets of(StateMachine machine) {
        Map<String, State> byName = new LinkedHashMap<>();
        Map<String, State> parents = new LinkedHashMap<>();
        List<Target> all = new ArrayList<>();
        collect(machine.states(), null, byName, parents, all);
        return new Targets(byName, parents, all);
    }

    private static void collect(Map<String, State> states, @Nullable State parent, Map<String, State> byName,
            Map<String, State> parents, List<Target> all) {
        for (State state : states.values()) {
            byName.put(state.name(), state);
            if (parent != null) {
                parents.put(state.name(), parent);
            }
            all.add(Target.state(state.name()));
            if (state instanceof ChoiceState choice) {
                for (int i = 0; i < choice.choices().size(); i++) {
                    all.add(new Target(Target.Kind.CHOICE_BRANCH, choice.name(), i, choice.choices().get(i).next()));
                }
                if (choice.defaultState() != null) {
                    all.add(new Target(Target.Kind.CHOICE_BRANCH, choice.name(), -1, choice.defaultState()));
                }
            }
            List<Catcher> catchers = catchers(state);
            for (int i = 0; i < catchers.size(); i++) {
                all.add(new Target(Target.Kind.CATCH, state.name(), i, catchers.get(i).next()));
            }
            for (Branch branch : branches(state)) {
                collect(branch.states(), state, byName, parents, all);
            }
        }
    }

    /** Return the Catch edge of a state's catcher, looked up in a state machine. */
    static Target catchEdge(StateMachine machine, String state, int index) {
        for (State candidate : machine.allStates()) {
            if (candidate.name().equals(state)) {
                return new Target(Target.Kind.CATCH, state, index, catchers(candidate).get(index).next());
            }
        }
        throw new IllegalArgumentException("no state \"" + state + "\"");
    }

    static List<Catcher> catchers(State state) {
        if (state instanceof TaskState task) {
            return task.errorHandling().catchers();
        }
        if (state instanceof ParallelState parallel) {
            return parallel.errorHandling().catchers();
        }
        return state instanceof MapState map ? map.errorHandling().catchers() : List.of();
    }

    static List<Branch> branches(State state) {
        if (state instanceof ParallelState parallel) {
            return parallel.branches();
        }
        return state instanceof MapState map ? List.of(map.itemProcessor()) : List.of();
    }

    /** Return the Task states inside a Map or Parallel state, at any depth, in definition order. */
    List<String> tasksInside(String container) {
        List<String> tasks = new ArrayList<>();
        for (State state : byName.values()) {
            if (state instanceof TaskState && isInside(state.name(), container)) {
                tasks.add(state.name());
            }
        }
        return tasks;
    }

    private boolean isInside(String state, String container) {
        State parent = parents.get(state);
        while (parent != null) {
            if (parent.name().equals(container)) {
                return true;
            }
            parent = parents.get(parent.name());
        }
        return false;
    }

    /** Return the Task states of the whole definition, in definition order. */
    List<TaskState> tasks() {
        return byName.values().stream().filter(TaskState.class::isInstance).map(TaskState.class::cast).toList();
    }
}
