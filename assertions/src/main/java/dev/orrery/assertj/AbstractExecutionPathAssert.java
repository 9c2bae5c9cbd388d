package dev.orrery.assertj;

import dev.orrery.run.Execution;
import java.util.List;
import org.apiguardian.api.API;
import org.assertj.core.api.AbstractAssert;
import org.assertj.core.error.ErrorMessageFactory;
import org.jspecify.annotations.Nullable;

/**
 * Assertions on the path of an execution: the states it entered, in which order and how often, and the retries and
 * catches along the way.
 *
 * <p>{@link ExecutionAssert} is the concrete class; the path assertions live here so that later asserts over a part
 * of an execution (a Parallel branch, a Map iteration) can share them.
 *
 * <p>Every state name given must be a state of the state machine that ran, at any level ({@link
 * Execution#stateNames()}, or the states {@link ExecutionAssert#definedBy} gave): a misspelt name fails at once,
 * saying that there is no such state and suggesting the closest names, rather than passing or failing for another
 * reason (so {@code neverVisited("Refnud")} fails).
 *
 * @param <SELF> the concrete assert type, returned by every assertion for chaining
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public abstract class AbstractExecutionPathAssert<SELF extends AbstractExecutionPathAssert<SELF>>
        extends AbstractAssert<SELF, Execution> {

    // the state names definedBy gave, in definition order; null to use the execution's own
    @Nullable List<String> definedStates;

    /**
     * Create an assert over the execution.
     *
     * @param actual the execution, may be {@code null} (every assertion then fails)
     * @param selfType the concrete assert type
     */
    protected AbstractExecutionPathAssert(@Nullable Execution actual, Class<?> selfType) {
        super(actual, selfType);
    }

    // ---------------------------------------------------------------- path

    /**
     * Verify that the execution entered exactly these states, in this order (nested states included).
     *
     * <pre>{@code
     * assertThat(execution).hasPath("Validate", "ChargeCard", "Ship");  // passes when that is the whole path
     * assertThat(execution).hasPath("Validate", "ChargeCard");          // fails: the path went on to "Ship"
     * }</pre>
     *
     * <p>The message prints both paths and the first step where they differ.
     *
     * @param states the expected path, never {@code null}
     * @return this assert
     */
    public SELF hasPath(String... states) {
        isNotNull();
        hasStates(List.of(states));
        return check(PathChecks.exact(actual, List.of(states)));
    }

    /**
     * Verify that the path begins with these states.
     *
     * <pre>{@code
     * assertThat(execution).hasPathStartingWith("Validate", "ChargeCard");  // passes for Validate, ChargeCard, Ship
     * assertThat(execution).hasPathStartingWith("ChargeCard");              // fails: it started at "Validate"
     * }</pre>
     *
     * @param states the expected first states, never {@code null}
     * @return this assert
     */
    public SELF hasPathStartingWith(String... states) {
        isNotNull();
        hasStates(List.of(states));
        return check(PathChecks.startsWith(actual, List.of(states)));
    }

    /**
     * Verify that the last state entered is the given one.
     *
     * <pre>{@code
     * assertThat(execution).endedAt("Ship");     // passes when "Ship" was the last state entered
     * assertThat(execution).endedAt("Refund");   // fails when it ended elsewhere
     * }</pre>
     *
     * @param state the expected last state, never {@code null}
     * @return this assert
     */
    public SELF endedAt(String state) {
        isNotNull();
        hasStates(List.of(state));
        List<String> path = actual.path();
        boolean holds = !path.isEmpty() && path.get(path.size() - 1).equals(state);
        return check(holds ? null : ShouldHaveEndedAt.shouldHaveEndedAt(actual, state));
    }

    /**
     * Verify that the execution visited these states in this order, with any states in between.
     *
     * <pre>{@code
     * assertThat(execution).hasVisitedInOrder("Validate", "Ship");   // passes for Validate, ChargeCard, Ship
     * assertThat(execution).hasVisitedInOrder("Ship", "Validate");   // fails: "Validate" not visited after "Ship"
     * }</pre>
     *
     * @param states the states in their expected order, never {@code null}
     * @return this assert
     */
    public SELF hasVisitedInOrder(String... states) {
        isNotNull();
        hasStates(List.of(states));
        return check(PathChecks.inOrder(actual, List.of(states)));
    }

    /**
     * Verify that the execution visited each of these states at least once, in any order.
     *
     * <pre>{@code
     * assertThat(execution).hasVisited("Ship", "Validate");   // passes when both were entered
     * assertThat(execution).hasVisited("Refund");             // fails: the message lists the states never visited
     * }</pre>
     *
     * @param states the states, never {@code null}
     * @return this assert
     */
    public SELF hasVisited(String... states) {
        isNotNull();
        hasStates(List.of(states));
        return check(PathChecks.contains(actual, List.of(states)));
    }

    /**
     * Verify that the execution never entered any of these states.
     *
     * <pre>{@code
     * assertThat(execution).neverVisited("Refund");   // passes when "Refund" is not on the path
     * assertThat(execution).neverVisited("Ship");     // fails: the message gives the step it was visited at
     * }</pre>
     *
     * @param states the states, never {@code null}
     * @return this assert
     */
    public SELF neverVisited(String... states) {
        isNotNull();
        hasStates(List.of(states));
        return check(PathChecks.never(actual, List.of(states)));
    }

    /**
     * Verify that the execution entered the state exactly this many times.
     *
     * <pre>{@code
     * assertThat(execution).hasVisitedTimes("Poll", 3);   // passes when "Poll" is on the path 3 times
     * assertThat(execution).hasVisitedTimes("Poll", 1);   // fails when it is there 3 times
     * }</pre>
     *
     * @param state the state's name, never {@code null}
     * @param times the expected number of entries
     * @return this assert
     */
    public SELF hasVisitedTimes(String state, int times) {
        isNotNull();
        hasStates(List.of(state));
        return check(PathChecks.times(actual, state, times));
    }

    /**
     * Verify the number of transitions from one state to the next: the path's length minus one.
     *
     * <pre>{@code
     * assertThat(execution).hasTransitionCount(2);   // passes for Validate, ChargeCard, Ship
     * assertThat(execution).hasTransitionCount(3);   // fails for that path
     * }</pre>
     *
     * @param expected the expected number of transitions
     * @return this assert
     */
    public SELF hasTransitionCount(int expected) {
        isNotNull();
        return check(PathChecks.transitions(actual, expected));
    }

    // ---------------------------------------------------------------- retries and catches

    /**
     * Verify the total number of retries over all states.
     *
     * <pre>{@code
     * assertThat(execution).hasRetries(2);   // passes when the states were retried twice in all
     * assertThat(execution).hasRetries(0);   // fails then; the message lists the retries by state
     * }</pre>
     *
     * @param expected the expected number of retries
     * @return this assert
     */
    public SELF hasRetries(int expected) {
        isNotNull();
        return check(PathChecks.retries(actual, expected));
    }

    /**
     * Verify the total number of errors caught by Catch clauses over all states.
     *
     * <pre>{@code
     * assertThat(execution).hasCatches(1);   // passes when one state caught one error
     * assertThat(execution).hasCatches(0);   // fails then; the message lists the errors caught by state
     * }</pre>
     *
     * @param expected the expected number of caught errors
     * @return this assert
     */
    public SELF hasCatches(int expected) {
        isNotNull();
        return check(PathChecks.catches(actual, expected));
    }

    /**
     * Fail at once, with the closest names, when a name is no state of the state machine: the states
     * {@link ExecutionAssert#definedBy} gave, else the execution's own {@link Execution#stateNames()}; no check when
     * both are unknown.
     */
    void hasStates(List<String> names) {
        check(unknownState(names));
    }

    /** Return the failure for the first name that is no state of the state machine, or {@code null}. */
    @Nullable ErrorMessageFactory unknownState(List<String> names) {
        List<String> known = knownStates();
        for (String name : names) {
            if (!known.isEmpty() && !known.contains(name)) {
                return ShouldHaveState.shouldHaveState(actual, name, known);
            }
        }
        return null;
    }

    /** Return the state machine's state names, in definition order when given by {@code definedBy}, else sorted. */
    List<String> knownStates() {
        List<String> defined = definedStates;
        if (defined != null) {
            return defined;
        }
        return actual.stateNames().isEmpty() ? List.of() : actual.stateNames().stream().sorted().toList();
    }

    /** Throw the failure when there is one, else return this assert. */
    SELF check(@Nullable ErrorMessageFactory failure) {
        if (failure != null) {
            throwAssertionError(failure);
        }
        return myself;
    }
}
