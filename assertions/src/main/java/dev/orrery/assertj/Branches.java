package dev.orrery.assertj;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orrery.history.ExecutionHistory;
import dev.orrery.run.Execution;
import dev.orrery.run.ExecutionStatus;
import dev.orrery.run.StateVisit;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Derives the execution of one Parallel branch or Map iteration from the visits' origins, so every execution
 * assertion applies to it: its path and visits (nested states included), its input, and its status and output as
 * its last top-level state ended. It carries no history of its own.
 */
final class Branches {

    private Branches() {}

    /** Return the number of branches or iterations the visit of a Parallel or Map state ran. */
    static int count(Execution execution, StateVisit parent) {
        return (int) execution.visits().stream()
                .filter(visit -> visit.origin().parentEnteredEventId() == parent.origin().enteredEventId())
                .mapToInt(visit -> visit.origin().branchIndex()).distinct().count();
    }

    /** Return branch or iteration {@code index} of the visit as an execution, or {@code null} when it has none. */
    static @Nullable Execution of(Execution execution, StateVisit parent, String kind, int index) {
        long parentId = parent.origin().enteredEventId();
        Set<Long> inside = new HashSet<>();
        List<StateVisit> visits = new ArrayList<>();
        List<StateVisit> direct = new ArrayList<>();
        for (StateVisit visit : execution.visits()) {
            boolean isDirect = visit.origin().parentEnteredEventId() == parentId && visit.origin().branchIndex() == index;
            if (isDirect || inside.contains(visit.origin().parentEnteredEventId())) {
                inside.add(visit.origin().enteredEventId());
                visits.add(visit);
                if (isDirect) {
                    direct.add(visit);
                }
            }
        }
        if (direct.isEmpty() || parentId == 0) {
            return null;
        }
        StateVisit last = direct.get(direct.size() - 1);
        boolean succeeded = last.output() != null && last.error() == null;
        String error = last.error() == null || last.error().isEmpty() ? null : last.error();
        JsonNode output = succeeded ? last.output() : null;
        Instant stop = visits.stream().map(v -> v.exited() != null ? v.exited() : v.entered())
                .max(Instant::compareTo).orElse(direct.get(0).entered());
        return new Execution(execution.executionArn() + "/" + parent.name() + "/" + kind + "/" + index,
                succeeded ? ExecutionStatus.SUCCEEDED : ExecutionStatus.FAILED, direct.get(0).input(), output,
                succeeded ? null : error, null, visits.stream().map(StateVisit::name).toList(), visits,
                new ExecutionHistory(List.of()), direct.get(0).entered(), stop, execution.stateNames());
    }
}
