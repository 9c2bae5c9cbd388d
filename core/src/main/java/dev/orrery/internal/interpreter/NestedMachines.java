package dev.orrery.internal.interpreter;

import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** The state machines a test registered by ARN, which {@code states:startExecution} tasks run in the same loop. */
public final class NestedMachines {

    private static final NestedMachines NONE = new NestedMachines(Map.of());

    private final Map<String, CompiledMachine> byArn;

    private NestedMachines(Map<String, CompiledMachine> byArn) {
        this.byArn = Map.copyOf(byArn);
    }

    /** Return an empty registry. */
    public static NestedMachines none() {
        return NONE;
    }

    /** Return a copy with one more machine registered under the ARN. */
    public NestedMachines with(String stateMachineArn, CompiledMachine machine) {
        Map<String, CompiledMachine> copy = new HashMap<>(byArn);
        copy.put(stateMachineArn, machine);
        return new NestedMachines(copy);
    }

    @Nullable
    CompiledMachine get(String stateMachineArn) {
        return byArn.get(stateMachineArn);
    }

    boolean isEmpty() {
        return byArn.isEmpty();
    }
}
