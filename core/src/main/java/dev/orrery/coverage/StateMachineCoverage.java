package dev.orrery.coverage;

import dev.orrery.internal.coverage.CoverageUniverse;
import dev.orrery.internal.coverage.ExecutionHits;
import dev.orrery.model.StateMachine;
import dev.orrery.run.ChildVisits;
import dev.orrery.run.Execution;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
import org.apiguardian.api.API;

/**
 * The coverage of one state machine: every item a test run can reach, each with how many times it was reached.
 *
 * <p>Immutable: {@link #record(Execution)} and {@link #merge(StateMachineCoverage)} return new values, so results of
 * several tests, test classes or JVMs add up in any order.
 *
 * <pre>{@code
 * StateMachineCoverage coverage = StateMachineCoverage.of("order", "order.asl.json", stateMachine)
 *         .record(execution);
 * coverage.states();        // e.g. 7/9 (77.8%)
 * coverage.missed();        // e.g. [Payment declined, Is the payment approved? Default -> Payment declined]
 * }</pre>
 *
 * @param name a short name of the state machine, e.g. its file name, never {@code null}
 * @param source where its definition came from (a file, a class path resource, a template's state machine); two
 *     coverages of the same source are of the same state machine, never {@code null}
 * @param states every state, nested ones included, in definition order, never {@code null}
 * @param hits every item, in definition order, with the number of times it was reached (0 when missed), never
 *     {@code null}
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record StateMachineCoverage(String name, String source, List<CoverageState> states,
        Map<CoverageItem, Long> hits) {

    /**
     * Copy the states and hits, keeping their order.
     *
     * @param name a short name of the state machine, never {@code null}
     * @param source where its definition came from, never {@code null}
     * @param states every state, in definition order, never {@code null}
     * @param hits every item with its hits, in definition order, never {@code null}
     */
    public StateMachineCoverage {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(source, "source");
        states = List.copyOf(states);
        hits = Collections.unmodifiableMap(new LinkedHashMap<>(hits));
    }

    /**
     * Return the coverage of a state machine no execution has reached yet: every item with 0 hits.
     *
     * @param name a short name of the state machine, e.g. its file name, never {@code null}
     * @param source where its definition came from, never {@code null}
     * @param stateMachine the state machine, never {@code null}
     * @return the empty coverage
     */
    public static StateMachineCoverage of(String name, String source, StateMachine stateMachine) {
        Map<CoverageItem, Long> hits = new LinkedHashMap<>();
        CoverageUniverse.items(stateMachine).forEach(item -> hits.put(item, 0L));
        return new StateMachineCoverage(name, source, CoverageUniverse.states(stateMachine), hits);
    }

    /**
     * Return this coverage with the hits of one finished execution of the state machine added.
     *
     * <p>States are counted from {@link Execution#visits()}. A transition is counted when a state completes and the
     * next state of the same scope (top level, Parallel branch or Map iteration) is one it can lead to, or when it
     * completes with nothing after it and has {@code End}; for a Choice state, the rule {@link
     * dev.orrery.run.StateVisit#matchedChoiceRule()} names, or its {@code Default}. A catcher and its edge are counted
     * when {@link dev.orrery.run.StateVisit#caughtBy()} names it; a retrier for each failed attempt followed by
     * another, as the first retrier whose {@code ErrorEquals} matches the attempt's error. The steps of the child
     * executions of the execution's distributed Map states ({@link Execution#childVisits()} of its own state machine)
     * are added as {@link #record(ChildVisits)} adds them.
     *
     * @param execution a finished execution of this state machine, never {@code null}
     * @return a new coverage with the execution's hits added
     */
    public StateMachineCoverage record(Execution execution) {
        Map<CoverageItem, Long> sum = new LinkedHashMap<>(hits);
        ExecutionHits.of(execution, hits.keySet()).forEach((item, count) -> sum.merge(item, count, Long::sum));
        return new StateMachineCoverage(name, source, states, sum);
    }

    /**
     * Return this coverage with the steps of child executions of the state machine added: each entered state, each
     * transition taken (the Choice rule that matched, the {@code Default}, a {@code Next}, an {@code End}), each
     * catcher that caught and each retry, as many times as it happened. Use it for the child executions
     * {@code states:startExecution} tasks started on this state machine ({@link ChildVisits#stateMachineArn()} names
     * it); {@link #record(Execution)} adds those of an execution's own distributed Map states.
     *
     * @param children the steps of child executions of this state machine, never {@code null}
     * @return a new coverage with their hits added
     */
    public StateMachineCoverage record(ChildVisits children) {
        Map<CoverageItem, Long> sum = new LinkedHashMap<>(hits);
        ExecutionHits.of(children, hits.keySet()).forEach((item, count) -> sum.merge(item, count, Long::sum));
        return new StateMachineCoverage(name, source, states, sum);
    }

    /**
     * Return the sum of this coverage and another of the same state machine: hits are added item by item; an item
     * only one of them knows (the definition changed between them) is kept with its hits.
     *
     * @param other another coverage of the same source, never {@code null}
     * @return the merged coverage, with this one's name and states
     * @throws IllegalArgumentException when the other coverage is of another source
     */
    public StateMachineCoverage merge(StateMachineCoverage other) {
        if (!source.equals(other.source)) {
            throw new IllegalArgumentException("Cannot merge the coverage of " + other.source + " into that of "
                    + source);
        }
        Map<CoverageItem, Long> sum = new LinkedHashMap<>(hits);
        other.hits.forEach((item, count) -> sum.merge(item, count, Long::sum));
        List<CoverageState> allStates = new ArrayList<>(states);
        other.states.stream().filter(s -> allStates.stream().noneMatch(t -> t.name().equals(s.name())))
                .forEach(allStates::add);
        return new StateMachineCoverage(name, source, allStates, sum);
    }

    /**
     * Return how many times an item was reached.
     *
     * @param item the item, never {@code null}
     * @return its hits, 0 when it was missed or is not an item of this state machine
     */
    public long hits(CoverageItem item) {
        return hits.getOrDefault(item, 0L);
    }

    /**
     * Return the states entered at least once, out of all states.
     *
     * @return the count, never {@code null}
     */
    public CoverageCount stateCount() {
        return count(item -> item.kind() == CoverageItem.Kind.STATE);
    }

    /**
     * Return the transitions taken at least once ({@code Next}, Choice rules and {@code Default}, {@code Catch}
     * edges, {@code End}), out of all transitions.
     *
     * @return the count, never {@code null}
     */
    public CoverageCount transitionCount() {
        return count(CoverageItem::isTransition);
    }

    /**
     * Return the retriers that retried at least once, out of all retriers.
     *
     * @return the count, never {@code null}
     */
    public CoverageCount retrierCount() {
        return count(item -> item.kind() == CoverageItem.Kind.RETRIER);
    }

    /**
     * Return the catchers that caught at least once, out of all catchers (the same as their {@code Catch} edges).
     *
     * @return the count, never {@code null}
     */
    public CoverageCount catcherCount() {
        return count(item -> item.kind() == CoverageItem.Kind.CATCH);
    }

    /**
     * Return the items never reached, in definition order.
     *
     * @return the missed items, never {@code null}
     */
    public List<CoverageItem> missed() {
        return hits.entrySet().stream().filter(e -> e.getValue() == 0).map(Map.Entry::getKey).toList();
    }

    /**
     * Return the one-line summary the build output prints, e.g.
     * {@code Orrery coverage approval.asl.json: states 9/11 (81.8%), transitions 11/16 (68.8%), retriers 1/1
     * (100.0%), catchers 1/2 (50.0%)}.
     *
     * @return the line, never {@code null}
     */
    public String summary() {
        return String.format(Locale.ROOT, "Orrery coverage %s: states %s, transitions %s, retriers %s, catchers %s",
                name, stateCount(), transitionCount(), retrierCount(), catcherCount());
    }

    private CoverageCount count(Predicate<CoverageItem> kind) {
        int total = 0;
        int covered = 0;
        for (Map.Entry<CoverageItem, Long> entry : hits.entrySet()) {
            if (kind.test(entry.getKey())) {
                total++;
                covered += entry.getValue() > 0 ? 1 : 0;
            }
        }
        return new CoverageCount(total, covered);
    }
}
