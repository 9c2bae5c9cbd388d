package dev.orrery.internal.interpreter;

import dev.orrery.model.Branch;
import dev.orrery.model.MapState;
import dev.orrery.model.ParallelState;
import dev.orrery.model.State;
import dev.orrery.model.StateMachine;
import dev.orrery.model.TaskState;
import dev.orrery.parse.Diagnostic;
import dev.orrery.parse.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** What an Express state machine may not use: {@code .sync}, {@code .waitForTaskToken} and activities. */
final class ExpressRules {

    /** The longest an Express execution may run, in seconds (five minutes). */
    static final int MAX_DURATION_SECONDS = 300;

    private ExpressRules() {}

    /** Return AWS's diagnostics for the Task resources an Express state machine does not support. */
    static List<Diagnostic> check(StateMachine stateMachine) {
        List<Diagnostic> diagnostics = new ArrayList<>();
        check(stateMachine.asBranch(), "", diagnostics);
        return diagnostics;
    }

    private static void check(Branch branch, String pointer, List<Diagnostic> diagnostics) {
        for (Map.Entry<String, State> entry : branch.states().entrySet()) {
            String statePointer = pointer + "/States/" + entry.getKey();
            State state = entry.getValue();
            if (state instanceof TaskState task) {
                String message = unsupported(TaskResource.of(task.resource()));
                if (message != null) {
                    diagnostics.add(new Diagnostic(Severity.ERROR, "SCHEMA_VALIDATION_FAILED", message,
                            statePointer + "/Resource", null));
                }
            } else if (state instanceof ParallelState parallel) {
                for (int i = 0; i < parallel.branches().size(); i++) {
                    check(parallel.branches().get(i), statePointer + "/Branches/" + i, diagnostics);
                }
            } else if (state instanceof MapState map) {
                check(map.itemProcessor(), statePointer + "/" + (map.legacyIterator() ? "Iterator" : "ItemProcessor"),
                        diagnostics);
            }
        }
    }

    private static @Nullable String unsupported(TaskResource resource) {
        if (resource.kind() == TaskResource.Kind.ACTIVITY) {
            return "Express state machine does not support Activity ARN";
        }
        if (resource.waitsForTaskToken()) {
            // AWS's text ends with a space (ValidateStateMachineDefinition and InvalidDefinition both show it)
            return "Express state machine does not support '.waitForTaskToken' service integration ";
        }
        if (resource.submits()) {
            return "Express state machine does not support '.sync' service integration";
        }
        return null;
    }
}
