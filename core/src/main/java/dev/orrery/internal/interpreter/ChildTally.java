package dev.orrery.internal.interpreter;

import dev.orrery.run.ChildVisits;
import dev.orrery.run.VisitStep;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The counts behind {@link dev.orrery.run.Execution#childVisits()}, shared by an execution and every child execution
 * nested in it: per state machine, the child executions started and each step their states took. Its size follows
 * the state machines' sizes, never the number of children.
 */
final class ChildTally {

    /** The key of the top-level execution's own state machine. */
    private static final String OWN = "";

    // made on the first child: most executions start none
    private @Nullable Map<String, Counts> byMachine;

    /** Count a child execution of the state machine ({@code null}: the top-level execution's own). */
    void started(@Nullable String stateMachineArn) {
        counts(stateMachineArn).executions++;
    }

    /** Count one step of a state of a child execution of the state machine. */
    void step(@Nullable String stateMachineArn, VisitStep.Kind kind, String state, String target, int index) {
        counts(stateMachineArn).steps.computeIfAbsent(new VisitStep(kind, state, target, index), s -> new long[1])[0]++;
    }

    private Counts counts(@Nullable String stateMachineArn) {
        Map<String, Counts> all = byMachine;
        if (all == null) {
            all = new LinkedHashMap<>();
            byMachine = all;
        }
        return all.computeIfAbsent(stateMachineArn == null ? OWN : stateMachineArn, arn -> new Counts());
    }

    /** Return the counts so far, as immutable values. */
    List<ChildVisits> snapshot() {
        Map<String, Counts> counted = byMachine;
        if (counted == null) {
            return List.of();
        }
        List<ChildVisits> all = new ArrayList<>(counted.size());
        counted.forEach((arn, counts) -> {
            Map<VisitStep, Long> steps = new LinkedHashMap<>();
            counts.steps.forEach((step, count) -> steps.put(step, count[0]));
            all.add(new ChildVisits(arn.equals(OWN) ? null : arn, counts.executions, steps));
        });
        return all;
    }

    private static final class Counts {
        private long executions;
        private final Map<VisitStep, long[]> steps = new LinkedHashMap<>();
    }
}
