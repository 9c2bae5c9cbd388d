package dev.orrery.coverage;

import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * One thing a test run can reach in a state machine: a state, a transition out of a state, or a retrier.
 *
 * <p>States are named by their {@code States} key, which is unique across the whole state machine (Parallel branches
 * and Map item processors included), so an item names its state without saying where it is nested.
 *
 * @param kind what kind of item it is, never {@code null}
 * @param state the name of the state it belongs to, never {@code null}
 * @param target the state the transition leads to; for a retrier its {@code ErrorEquals} as a JSON array, e.g.
 *     {@code ["Payment.Timeout","States.TaskFailed"]}; empty for a state and an {@code End}
 * @param index the 0-based index of the Choice rule, catcher or retrier in its array; -1 for other kinds
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record CoverageItem(Kind kind, String state, String target, int index) {

    /**
     * Check the fields.
     *
     * @param kind what kind of item it is, never {@code null}
     * @param state the name of the state it belongs to, never {@code null}
     * @param target the state the transition leads to, a retrier's {@code ErrorEquals} as a JSON array, or empty;
     *     never {@code null}
     * @param index the 0-based index in its array, or -1
     */
    public CoverageItem {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(target, "target");
    }

    /**
     * Return the item for entering a state.
     *
     * @param state the state name, never {@code null}
     * @return the item
     */
    public static CoverageItem state(String state) {
        return new CoverageItem(Kind.STATE, state, "", -1);
    }

    /**
     * Return whether the item is a transition (a {@code Next}, a Choice rule or {@code Default}, a {@code Catch} edge
     * or an {@code End}).
     *
     * @return {@code true} for transitions
     */
    public boolean isTransition() {
        return kind != Kind.STATE && kind != Kind.RETRIER;
    }

    /**
     * Return the item as one line of text, as the report lists it.
     *
     * <pre>{@code
     * Charge payment                              a state
     * Charge payment -> Ship order                its Next
     * Is the order valid? Choices[1] -> Reject    a Choice rule
     * Is the order valid? Default -> Reject       a Choice state's Default
     * Charge payment Catch[0] -> Refund           a catcher's edge
     * Ship order -> End                           an End
     * Charge payment Retry[0] ["Payment.Timeout"] a retrier
     * }</pre>
     *
     * @return the text, never {@code null}
     */
    @Override
    public String toString() {
        return switch (kind) {
            case STATE -> state;
            case NEXT -> state + " -> " + target;
            case CHOICE_RULE -> state + " Choices[" + index + "] -> " + target;
            case CHOICE_DEFAULT -> state + " Default -> " + target;
            case CATCH -> state + " Catch[" + index + "] -> " + target;
            case END -> state + " -> End";
            case RETRIER -> state + " Retry[" + index + "] " + target;
        };
    }

    /**
     * Return whether the other object is an item of the same kind, state, target and index (as a record compares;
     * written out so that the first comparison does not build the record's method handles at start-up).
     *
     * @param other the object to compare with, may be {@code null}
     * @return {@code true} when every component is equal
     */
    @Override
    public boolean equals(@Nullable Object other) {
        return this == other || other instanceof CoverageItem item && kind == item.kind && index == item.index
                && state.equals(item.state) && target.equals(item.target);
    }

    /**
     * Return the hash code a record of these components has.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return ((kind.hashCode() * 31 + state.hashCode()) * 31 + target.hashCode()) * 31 + Integer.hashCode(index);
    }

    /** What a {@link CoverageItem} is. */
    @API(status = API.Status.EXPERIMENTAL, since = "0.1")
    public enum Kind {
        /** A state: covered when it is entered. */
        STATE,
        /** A state's {@code Next}: covered when the state completes and the next state is entered. */
        NEXT,
        /** A Choice rule (by its index in {@code Choices}): covered when it leads to the next state. */
        CHOICE_RULE,
        /** A Choice state's {@code Default}: covered when no rule matched and the run went on to it. */
        CHOICE_DEFAULT,
        /** A catcher's edge (by its index in {@code Catch}): covered when the catcher caught an error. */
        CATCH,
        /** A state's {@code End}: covered when the state completes and ends its state machine, branch or iteration. */
        END,
        /** A retrier (by its index in {@code Retry}): covered when it retried the state at least once. */
        RETRIER
    }
}
