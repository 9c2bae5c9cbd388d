package dev.orrery.internal.coverage;

import dev.orrery.coverage.Coverage;
import dev.orrery.coverage.StateMachineCoverage;
import dev.orrery.model.StateMachine;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * The coverage recorded so far, one {@link StateMachineCoverage} per source, in the order the sources were first
 * recorded: what the JUnit extension's collector and {@code orrery serve --coverage} both keep.
 *
 * <p>A source may be recorded with another definition than before: the Step Functions endpoint records under the
 * state machine's ARN, which an update keeps (and a state machine deleted and created again may take anew). The hits
 * are then counted on the items of the definition that ran and merged into what the source had, so that the new
 * definition's states are not lost and the old one's hits stay.
 *
 * <p>Not thread-safe: its owners synchronise.
 */
public final class CoverageBySource {

    private final Map<String, StateMachineCoverage> recorded = new LinkedHashMap<>();
    // the definition last recorded under each source
    private final Map<String, StateMachine> definitions = new HashMap<>();

    /**
     * Add hits of a state machine to the coverage of its source.
     *
     * @param name the name the report shows
     * @param source where the definition came from
     * @param stateMachine the state machine that ran
     * @param record counts the hits on a coverage of the source (an execution's, or child executions')
     */
    public void add(String name, String source, StateMachine stateMachine,
            UnaryOperator<StateMachineCoverage> record) {
        StateMachineCoverage current = recorded.get(source);
        StateMachine last = definitions.put(source, stateMachine);
        if (current == null) {
            recorded.put(source, record.apply(StateMachineCoverage.of(name, source, stateMachine)));
        } else if (last == stateMachine || stateMachine.equals(last)) {
            recorded.put(source, record.apply(current));
        } else {
            recorded.put(source, current.merge(record.apply(StateMachineCoverage.of(name, source, stateMachine))));
        }
    }

    /** Return the coverage recorded so far. */
    public Coverage coverage() {
        return new Coverage(new ArrayList<>(recorded.values()));
    }
}
