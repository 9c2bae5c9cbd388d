package dev.orrery.internal.interpreter;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.orrery.internal.variables.AssignedVariables;

/** How a state's assigned variables appear in its StateExited event, as AWS records them. */
final class AssignStep {

    private AssignStep() {}

    /** Add {@code assignedVariables} and {@code assignedVariablesDetails} to exit details, when anything was assigned. */
    static void describe(ObjectNode details, AssignedVariables assigned) {
        if (assigned.isEmpty()) {
            return;
        }
        details.set("assignedVariables", assigned.toJson());
        details.putObject("assignedVariablesDetails").put("truncated", false);
    }
}
