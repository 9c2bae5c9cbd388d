package dev.orrery.junit.coverage;

import dev.orrery.coverage.CoverageCount;
import dev.orrery.coverage.StateMachineCoverage;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The minimum shares of states and transitions a state machine must reach; {@link #NONE} where nothing is required.
 *
 * @param states the minimum share of states entered, between 0 and 1, or {@link #NONE}
 * @param transitions the minimum share of transitions taken, between 0 and 1, or {@link #NONE}
 */
record Thresholds(double states, double transitions) {

    /** The value of a minimum that is not set. */
    static final double NONE = -1;

    static final Thresholds UNSET = new Thresholds(NONE, NONE);

    /** Return the share, checked to lie between 0 and 1 (or be {@link #NONE}). */
    static double check(double share, String where) {
        if (share != NONE && (share < 0 || share > 1 || Double.isNaN(share))) {
            throw new IllegalArgumentException(where + " must be a share between 0 and 1 (e.g. 0.8 for 80%) but was "
                    + share);
        }
        return share;
    }

    /** Return these thresholds where set, else the other's. */
    Thresholds orElse(Thresholds other) {
        return new Thresholds(states == NONE ? other.states : states,
                transitions == NONE ? other.transitions : transitions);
    }

    /** Return a line per minimum the coverage does not reach, empty when it reaches all. */
    List<String> failures(StateMachineCoverage coverage) {
        List<String> failures = new ArrayList<>();
        check(failures, coverage, "states", coverage.stateCount(), states, "orrery.coverage.minimumStates");
        check(failures, coverage, "transitions", coverage.transitionCount(), transitions,
                "orrery.coverage.minimumTransitions");
        return failures;
    }

    private static void check(List<String> failures, StateMachineCoverage coverage, String what,
            CoverageCount count, double minimum, String property) {
        if (minimum != NONE && count.ratio() + 1e-9 < minimum) {
            failures.add(String.format(Locale.ROOT, "%s (%s): %s coverage is %s but the minimum is %.1f%% (%s)",
                    coverage.name(), coverage.source(), what, count, minimum * 100, property));
        }
    }
}
