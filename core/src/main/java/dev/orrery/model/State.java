package dev.orrery.model;

import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A state of a state machine: one record per ASL state type.
 *
 * <p>Use {@link #accept(Visitor)} for exhaustive dispatch over the eight types.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public sealed interface State
        permits TaskState, PassState, ChoiceState, WaitState, SucceedState, FailState, ParallelState, MapState {

    /** Return the state's name (its key in {@code States}). */
    String name();

    /** Return the state's type. */
    StateType type();

    /** Return the {@code Comment}, or {@code null}. */
    @Nullable
    String comment();

    /** Return the effective query language: the state's own, else its state machine's. */
    QueryLanguage queryLanguage();

    /** Return the input and output processing fields. */
    InputOutput io();

    /** Dispatch to the visitor method for this state's type. */
    <R> R accept(Visitor<R> visitor);

    /**
     * A visitor over the eight state types.
     *
     * @param <R> the result type
     */
    interface Visitor<R> {
        /** Visit a Task state. */
        R visitTask(TaskState state);

        /** Visit a Pass state. */
        R visitPass(PassState state);

        /** Visit a Choice state. */
        R visitChoice(ChoiceState state);

        /** Visit a Wait state. */
        R visitWait(WaitState state);

        /** Visit a Succeed state. */
        R visitSucceed(SucceedState state);

        /** Visit a Fail state. */
        R visitFail(FailState state);

        /** Visit a Parallel state. */
        R visitParallel(ParallelState state);

        /** Visit a Map state. */
        R visitMap(MapState state);
    }
}
