package dev.orrery.internal.interpreter;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What a test registered by ARN around the state machine: the state machines that {@code states:startExecution}
 * tasks run in the same loop, and the activities that exist (when declared; else every activity exists).
 */
public final class NestedMachines {

    private static final NestedMachines NONE = new NestedMachines(Map.of(), null);

    private final Map<String, CompiledMachine> byArn;
    private final @Nullable Set<String> activities;

    private NestedMachines(Map<String, CompiledMachine> byArn, @Nullable Set<String> activities) {
        this.byArn = Map.copyOf(byArn);
        this.activities = activities == null ? null : Set.copyOf(activities);
    }

    /** Return an empty registry in which every activity exists. */
    public static NestedMachines none() {
        return NONE;
    }

    /** Return a copy with one more machine registered under the ARN. */
    public NestedMachines with(String stateMachineArn, CompiledMachine machine) {
        Map<String, CompiledMachine> copy = new HashMap<>(byArn);
        copy.put(stateMachineArn, machine);
        return new NestedMachines(copy, activities);
    }

    /**
     * Return a copy in which the given activities exist, besides those declared before; once activities are
     * declared (even none), every other activity does not exist.
     */
    public NestedMachines withActivities(Set<String> activityArns) {
        Set<String> declared = activities == null ? new LinkedHashSet<>() : new LinkedHashSet<>(activities);
        declared.addAll(activityArns);
        return new NestedMachines(byArn, declared);
    }

    @Nullable
    CompiledMachine get(String stateMachineArn) {
        return byArn.get(stateMachineArn);
    }

    boolean isEmpty() {
        return byArn.isEmpty();
    }

    /** Return whether the activity exists: declared, or no activity declared at all. */
    boolean activityExists(String activityArn) {
        return activities == null || activities.contains(activityArn);
    }
}
