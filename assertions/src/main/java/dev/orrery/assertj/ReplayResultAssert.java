package dev.orrery.assertj;

import dev.orrery.replay.Divergence;
import dev.orrery.replay.ReplayResult;
import org.apiguardian.api.API;
import org.assertj.core.api.AbstractAssert;
import org.jspecify.annotations.Nullable;

/**
 * Assertions on the replay of a recorded execution: whether the definition reproduced the recording, and where it
 * diverged. Failure messages carry the replay's first divergence in full (the state, the field, the recorded and the
 * replayed value, and what the definition did instead).
 *
 * <pre>{@code
 * ReplayResult replay = Replay.of(RecordedExecution.read(Path.of("histories/incident-1234.json"))).against(machine);
 * assertThat(replay).divergesAt("Is the order valid?");   // the bug: the Choice took the wrong branch
 * assertThat(replay).reproducesRecording();               // after the fix: fails, the run no longer matches
 * }</pre>
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public class ReplayResultAssert extends AbstractAssert<ReplayResultAssert, ReplayResult> {

    /**
     * Create the assert; prefer {@link OrreryAssertions#assertThat(ReplayResult)}.
     *
     * @param actual the replay result, may be {@code null} (every assertion then fails)
     */
    public ReplayResultAssert(@Nullable ReplayResult actual) {
        super(actual, ReplayResultAssert.class);
    }

    /**
     * Verify that the definition reproduced the recording: same status, output, error, cause, path and events.
     *
     * <pre>{@code
     * assertThat(Replay.of(recording).against(sameDefinition)).reproducesRecording();   // passes
     * assertThat(Replay.of(recording).against(changedChoice)).reproducesRecording();    // fails with the divergence
     * }</pre>
     *
     * @return this assert
     */
    public ReplayResultAssert reproducesRecording() {
        isNotNull();
        if (!actual.reproduced()) {
            failWithMessage("Expecting the replay of %s to reproduce the recording but it diverged:%n  %s",
                    actual.recording().source(), actual.toString());
        }
        return myself;
    }

    /**
     * Verify that the replay diverged from the recording at the given state: the state that chose another next state
     * (a Choice, a Task whose Retry or Catch decided), or the state whose event differs, or the Task state the
     * recording has no answer for.
     *
     * <pre>{@code
     * assertThat(replay).divergesAt("Is the order valid?");   // passes when that Choice went elsewhere
     * assertThat(replay).divergesAt("Charge payment");        // fails, printing where it diverged
     * }</pre>
     *
     * @param state the state's name, never {@code null}
     * @return this assert
     */
    public ReplayResultAssert divergesAt(String state) {
        isNotNull();
        Divergence divergence = actual.divergence().orElse(null);
        if (divergence == null) {
            failWithMessage("Expecting the replay of %s to diverge at state \"%s\" but it reproduced the recording",
                    actual.recording().source(), state);
        } else if (!state.equals(divergence.state())) {
            failWithMessage("Expecting the replay of %s to diverge at state \"%s\" but it diverged %s:%n  %s",
                    actual.recording().source(), state, divergence.state() == null ? "outside any state"
                            : "at state \"" + divergence.state() + "\"", divergence.message());
        }
        return myself;
    }

    /**
     * Verify that the replay diverged in the given way.
     *
     * <pre>{@code
     * assertThat(replay).divergesWith(Divergence.Kind.UNANSWERED_CALL);   // the definition calls a task more often
     * }</pre>
     *
     * @param kind the kind of divergence, never {@code null}
     * @return this assert
     */
    public ReplayResultAssert divergesWith(Divergence.Kind kind) {
        isNotNull();
        Divergence divergence = actual.divergence().orElse(null);
        if (divergence == null || divergence.kind() != kind) {
            failWithMessage("Expecting the replay of %s to diverge with %s but %s", actual.recording().source(),
                    kind, divergence == null ? "it reproduced the recording"
                            : "it diverged with " + divergence.kind() + ":%n  " + divergence.message());
        }
        return myself;
    }
}
