package dev.orrery.internal.interpreter;

import java.util.List;
import java.util.stream.Collectors;

/** The cause of a run that reached a state still holding {@code ${...}} placeholders (Orrery's own wording). */
final class UnresolvedPlaceholders {

    private UnresolvedPlaceholders() {}

    /** Return the cause naming the state, its placeholders and how to substitute them. */
    static String cause(CompiledState state) {
        List<String> names = state.unresolved();
        String listed = names.stream().map(name -> "${" + name + "}").collect(Collectors.joining(", "));
        String first = names.get(0);
        return "The state '" + state.name() + "' still holds the placeholder" + (names.size() > 1 ? "s " : " ")
                + listed + ", which AWS substitutes when the state machine is deployed. Substitute "
                + (names.size() > 1 ? "them" : "it") + " before running: StateMachineDefinitions...substitute(\""
                + first + "\", value) in Java, substitutions = \"" + first + "=value\" on @StateMachineTest, or"
                + " --substitution " + first + "=value on the command line.";
    }
}
