package dev.orrery.run;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * One kind of step a state visit takes, as {@link ChildVisits} counts it: the state was entered, it was left for
 * the next state of its scope (or ended its scope), a catcher caught its error, or a retrier retried it.
 *
 * @param kind what happened, never {@code null}
 * @param state the name of the state, never {@code null}
 * @param target for {@link Kind#LEFT} the state entered next in the same scope (top level, Parallel branch or Map
 *     iteration), empty when the state ended its scope; for {@link Kind#CAUGHT} the catcher's {@code Next}; empty for
 *     the other kinds
 * @param index for {@link Kind#LEFT} the {@link StateVisit#matchedChoiceRule()} of the visit; for
 *     {@link Kind#CAUGHT} the 0-based index of the catcher in {@code Catch}; for {@link Kind#RETRIED} the 0-based
 *     index of the retrier in {@code Retry}; -1 for {@link Kind#ENTERED}
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record VisitStep(Kind kind, String state, String target, int index) {

    /**
     * Check the fields.
     *
     * @param kind what happened, never {@code null}
     * @param state the name of the state, never {@code null}
     * @param target the next state, the catcher's {@code Next}, or empty; never {@code null}
     * @param index the Choice rule, catcher or retrier index, or -1
     */
    public VisitStep {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(target, "target");
    }

    /** What a {@link VisitStep} is. */
    @API(status = API.Status.EXPERIMENTAL, since = "0.1")
    public enum Kind {
        /** The state was entered. */
        ENTERED,
        /** The state completed and the run went on to its target, or ended the scope when the target is empty. */
        LEFT,
        /** A catcher caught the state's error and the run went on to the catcher's {@code Next}. */
        CAUGHT,
        /** A retrier retried the state once. */
        RETRIED
    }
}
