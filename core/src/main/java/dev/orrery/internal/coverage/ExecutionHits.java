package dev.orrery.internal.coverage;

import dev.orrery.coverage.CoverageItem;
import dev.orrery.coverage.CoverageItem.Kind;
import dev.orrery.run.Attempt;
import dev.orrery.run.ChildVisits;
import dev.orrery.run.Execution;
import dev.orrery.run.StateVisit;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The items one execution reached, counted, read from its visits: each visit hits its state, its retriers (one hit
 * per failed attempt followed by another) and the transition it left by; and from the steps its child executions
 * took ({@link ChildVisits}), each counted as many times as it happened.
 */
public final class ExecutionHits {

    private final List<StateVisit> visits;
    private final Set<CoverageItem> items;
    private final int[] successors;
    private final Map<CoverageItem, Long> hits = new LinkedHashMap<>();

    private ExecutionHits(Execution execution, Set<CoverageItem> items) {
        this(execution.visits(), items);
    }

    private ExecutionHits(List<StateVisit> visits, Set<CoverageItem> items) {
        this.visits = visits;
        this.items = items;
        this.successors = successors(visits);
    }

    /** Return, for each visit, the index of the next visit of the same scope, or -1; in one pass from the end. */
    private static int[] successors(List<StateVisit> visits) {
        int[] successors = new int[visits.size()];
        Map<List<Long>, Integer> nextInScope = new HashMap<>();
        for (int i = visits.size() - 1; i >= 0; i--) {
            StateVisit.Origin origin = visits.get(i).origin();
            List<Long> scope = List.of(origin.parentEnteredEventId(), (long) origin.branchIndex());
            Integer next = nextInScope.put(scope, i);
            successors[i] = next == null ? -1 : next;
        }
        return successors;
    }

    /**
     * Return the hits of the execution on the given items, with those of the child executions its distributed Map
     * states ran; visits of states not among the items are ignored.
     */
    public static Map<CoverageItem, Long> of(Execution execution, Set<CoverageItem> items) {
        ExecutionHits walk = new ExecutionHits(execution, items);
        for (int i = 0; i < walk.visits.size(); i++) {
            walk.visit(i);
        }
        for (ChildVisits children : execution.childVisits()) {
            if (children.stateMachineArn() == null) {
                walk.steps(children);
            }
        }
        return walk.hits;
    }

    /** Return the hits of the steps child executions took on the given items. */
    public static Map<CoverageItem, Long> of(ChildVisits children, Set<CoverageItem> items) {
        ExecutionHits walk = new ExecutionHits(List.of(), items);
        walk.steps(children);
        return walk.hits;
    }

    private void steps(ChildVisits children) {
        children.steps().forEach((step, count) -> {
            switch (step.kind()) {
                case ENTERED -> hit(CoverageItem.state(step.state()), count);
                case LEFT -> hit(step.target().isEmpty() ? end(step.state())
                        : transition(step.state(), step.target(), step.index()), count);
                case CAUGHT -> hit(catcher(step.state(), step.index()), count);
                case RETRIED -> hit(retrier(step.state(), step.index()), count);
            }
        });
    }

    private void visit(int index) {
        StateVisit visit = visits.get(index);
        hit(CoverageItem.state(visit.name()));
        List<Attempt> attempts = visit.attempts();
        for (int i = 0; i + 1 < attempts.size(); i++) {
            String error = attempts.get(i).error();
            if (error != null) {
                hit(retrier(visit.name(), error));
            }
        }
        if (visit.caughtBy() >= 0) {
            hit(catcher(visit.name(), visit.caughtBy()));
        } else if (visit.error() == null && visit.exited() != null) {
            hit(left(visit, successor(index)));
        }
    }

    /** Return the transition a completed visit left by, or {@code null} when none of its items explains it. */
    private @Nullable CoverageItem left(StateVisit visit, @Nullable StateVisit next) {
        if (next != null) {
            CoverageItem item = transition(visit.name(), next.name(), visit.matchedChoiceRule());
            if (item != null) {
                return item;
            }
        }
        return end(visit.name());
    }

    private @Nullable CoverageItem end(String state) {
        CoverageItem end = new CoverageItem(Kind.END, state, "", -1);
        return items.contains(end) ? end : null;
    }

    /**
     * Return the transition from a state to the next: the Choice rule that matched or the {@code Default} when the
     * visit says which, else its {@code Next}, else the first Choice rule or {@code Default} leading there (a visit
     * that does not say, e.g. one built by hand); {@code null} when none leads there.
     */
    private @Nullable CoverageItem transition(String state, String next, int matchedChoiceRule) {
        CoverageItem known = matchedChoiceRule >= 0 ? new CoverageItem(Kind.CHOICE_RULE, state, next,
                matchedChoiceRule)
                : matchedChoiceRule == StateVisit.DEFAULT_CHOICE ? new CoverageItem(Kind.CHOICE_DEFAULT, state, next,
                        -1)
                : new CoverageItem(Kind.NEXT, state, next, -1);
        if (items.contains(known)) {
            return known;
        }
        for (CoverageItem item : items) {
            if (item.state().equals(state) && item.isTransition() && item.kind() != Kind.CATCH
                    && item.target().equals(next)) {
                return item;
            }
        }
        return null;
    }

    /** Return the next visit in the same scope (top level, Parallel branch or Map iteration), or {@code null}. */
    private @Nullable StateVisit successor(int index) {
        return successors[index] < 0 ? null : visits.get(successors[index]);
    }

    private @Nullable CoverageItem retrier(String state, int index) {
        for (CoverageItem item : items) {
            if (item.kind() == Kind.RETRIER && item.state().equals(state) && item.index() == index) {
                return item;
            }
        }
        return null;
    }

    private @Nullable CoverageItem retrier(String state, String error) {
        for (boolean heartbeat : new boolean[] {false, true}) {
            for (CoverageItem item : items) {
                if (item.kind() == Kind.RETRIER && item.state().equals(state)
                        && ErrorNames.matches(ErrorNames.fromJson(item.target()), error, heartbeat)) {
                    return item;
                }
            }
        }
        return null;
    }

    private CoverageItem catcher(String state, int index) {
        for (CoverageItem item : items) {
            if (item.kind() == Kind.CATCH && item.state().equals(state) && item.index() == index) {
                return item;
            }
        }
        return new CoverageItem(Kind.CATCH, state, "", index);
    }

    private void hit(@Nullable CoverageItem item) {
        hit(item, 1L);
    }

    private void hit(@Nullable CoverageItem item, long count) {
        if (item != null && count > 0 && items.contains(item)) {
            hits.merge(item, count, Long::sum);
        }
    }
}
