package dev.orrery.coverage;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The coverage of every state machine a test run reached, one {@link StateMachineCoverage} per source.
 *
 * <p>Immutable and mergeable: the coverage of several JVMs (Surefire forks) is the {@link #merge(Coverage)} of
 * theirs.
 *
 * @param stateMachines one coverage per source, in the order they were first recorded, never {@code null}
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record Coverage(List<StateMachineCoverage> stateMachines) {

    /**
     * Copy the list, merging coverages of the same source.
     *
     * @param stateMachines the coverages, never {@code null}
     */
    public Coverage {
        List<StateMachineCoverage> merged = new ArrayList<>();
        for (StateMachineCoverage coverage : stateMachines) {
            add(merged, coverage);
        }
        stateMachines = List.copyOf(merged);
    }

    /**
     * Return the coverage of no state machine.
     *
     * @return an empty coverage
     */
    public static Coverage empty() {
        return new Coverage(List.of());
    }

    /**
     * Return this coverage with one state machine's coverage added (merged with the one of the same source).
     *
     * @param coverage the coverage to add, never {@code null}
     * @return a new coverage
     */
    public Coverage with(StateMachineCoverage coverage) {
        List<StateMachineCoverage> all = new ArrayList<>(stateMachines);
        all.add(coverage);
        return new Coverage(all);
    }

    /**
     * Return the sum of this coverage and another: hits of the same state machine are added.
     *
     * @param other the other coverage, never {@code null}
     * @return a new coverage
     */
    public Coverage merge(Coverage other) {
        List<StateMachineCoverage> all = new ArrayList<>(stateMachines);
        all.addAll(other.stateMachines);
        return new Coverage(all);
    }

    /**
     * Return the coverage of the state machine of this source.
     *
     * @param source the source, never {@code null}
     * @return its coverage, or empty when no execution of it was recorded
     */
    public Optional<StateMachineCoverage> stateMachine(String source) {
        return stateMachines.stream().filter(c -> c.source().equals(source)).findFirst();
    }

    private static void add(List<StateMachineCoverage> all, StateMachineCoverage coverage) {
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).source().equals(coverage.source())) {
                all.set(i, all.get(i).merge(coverage));
                return;
            }
        }
        all.add(coverage);
    }
}
