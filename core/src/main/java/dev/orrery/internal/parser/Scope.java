package dev.orrery.internal.parser;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The states of one graph (the top level, a Parallel branch or a Map processor) and the transitions between them. */
final class Scope {

    /**
     * A transition found in the graph.
     *
     * @param from the state it leaves
     * @param field the field that names the target: Next or Default
     * @param target the state name it names
     * @param pointer where the name is written
     */
    record Target(String from, String field, String target, String pointer) {}

    private final String pointer;
    private final Map<String, String> states = new LinkedHashMap<>();
    private final List<Target> targets = new ArrayList<>();
    private final Set<String> terminals = new LinkedHashSet<>();

    Scope(String pointer) {
        this.pointer = pointer;
    }

    /** Return the pointer of the graph (of the object holding StartAt and States). */
    String pointer() {
        return pointer;
    }

    /** Record a state and the pointer of its definition. */
    void state(String name, String statePointer) {
        states.put(name, statePointer);
    }

    /** Record a transition. */
    void target(String from, String field, String target, String targetPointer) {
        targets.add(new Target(from, field, target, targetPointer));
    }

    /** Record that a state ends the graph (End, Succeed or Fail). */
    void terminal(String name) {
        terminals.add(name);
    }

    /** Return the states and their pointers, in definition order. */
    Map<String, String> states() {
        return states;
    }

    /** Return the transitions, in definition order. */
    List<Target> targets() {
        return targets;
    }

    /** Return the terminal states. */
    Set<String> terminals() {
        return terminals;
    }
}
