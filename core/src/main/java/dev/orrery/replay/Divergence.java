package dev.orrery.replay;

import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The first place where a replayed run differs from the recording, in words a person can act on.
 *
 * @param kind what differs
 * @param state the state where the run diverged (for a different next state, the state that chose it: a Choice, or
 *     the Task whose Catch or Retry decided), or {@code null} when no state is involved (the execution's input)
 * @param eventIndex the 0-based index in the recorded history of the first differing event, or -1 when the
 *     difference is not an event's
 * @param field what differs, e.g. {@code next state}, {@code output.total}, {@code event type}, {@code status}
 * @param expected what the recording has, as text
 * @param actual what the replayed definition did, as text
 * @param message the whole explanation: where, what, expected and actual, and what the definition did instead
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record Divergence(Kind kind, @Nullable String state, int eventIndex, String field, String expected,
        String actual, String message) {

    /** What kind of difference a {@link Divergence} is. */
    @API(status = API.Status.EXPERIMENTAL, since = "0.1")
    public enum Kind {
        /** The definition went to another state than the recording did. */
        NEXT_STATE,
        /** An event differs in a field (an input, an output, a task's parameters, an error). */
        EVENT,
        /** A Wait state waited, or a retry waited, another time than in the recording. */
        WAIT,
        /** The execution ended with another status, output, error or cause. */
        RESULT,
        /** The definition called a task the recording never answered; the replay stopped there. */
        UNANSWERED_CALL,
        /** The definition did not end: it waited for something nothing answers, or ran past a guard. */
        DID_NOT_END
    }

    /** Return the message. */
    @Override
    public String toString() {
        return message;
    }
}
