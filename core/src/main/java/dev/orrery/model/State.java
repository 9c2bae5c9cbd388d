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

    /**
     * Return the state's name (its key in {@code States}).
     *
     * @return the state's name
     */
    String name();

    /**
     * Return the state's type.
     *
     * @return the state's type
     */
    StateType type();

    /**
     * Return the {@code Comment}, or {@code null}.
     *
     * @return the comment, or {@code null}
     */
    @Nullable
    String comment();

    /**
     * Return the effective query language: the state's own, else its state machine's.
     *
     * @return the effective query language
     */
    QueryLanguage queryLanguage();

    /**
     * Return the input and output processing fields.
     *
     * @return the state's input and output processing
     */
    InputOutput io();

    /**
     * Return where the state goes when it completes: its {@code Next} or {@code End}; {@code null} for Choice, Succeed
     * and Fail states, which have neither.
     *
     * @return the transition, or {@code null}
     */
    default @Nullable Transition transition() {
        return null;
    }

    /**
     * Return the state's {@code Retry} and {@code Catch}: Task, Parallel and Map states have them, the others have
     * {@link ErrorHandling#NONE}.
     *
     * @return the error handling, never {@code null}
     */
    default ErrorHandling errorHandling() {
        return ErrorHandling.NONE;
    }

    /**
     * Dispatch to the visitor method for this state's type.
     *
     * @param <R> the visitor's result type
     * @param visitor the visitor, never {@code null}
     * @return what the visitor returns
     */
    <R> R accept(Visitor<R> visitor);

    /**
     * A visitor over the eight state types.
     *
     * @param <R> the result type
     */
    @API(status = API.Status.EXPERIMENTAL, since = "0.1")
    interface Visitor<R> {
        /**
         * Visit a Task state.
         *
         * @param state the Task state, never {@code null}
         * @return the visitor's result
         */
        R visitTask(TaskState state);

        /**
         * Visit a Pass state.
         *
         * @param state the Pass state, never {@code null}
         * @return the visitor's result
         */
        R visitPass(PassState state);

        /**
         * Visit a Choice state.
         *
         * @param state the Choice state, never {@code null}
         * @return the visitor's result
         */
        R visitChoice(ChoiceState state);

        /**
         * Visit a Wait state.
         *
         * @param state the Wait state, never {@code null}
         * @return the visitor's result
         */
        R visitWait(WaitState state);

        /**
         * Visit a Succeed state.
         *
         * @param state the Succeed state, never {@code null}
         * @return the visitor's result
         */
        R visitSucceed(SucceedState state);

        /**
         * Visit a Fail state.
         *
         * @param state the Fail state, never {@code null}
         * @return the visitor's result
         */
        R visitFail(FailState state);

        /**
         * Visit a Parallel state.
         *
         * @param state the Parallel state, never {@code null}
         * @return the visitor's result
         */
        R visitParallel(ParallelState state);

        /**
         * Visit a Map state.
         *
         * @param state the Map state, never {@code null}
         * @return the visitor's result
         */
        R visitMap(MapState state);
    }
}
