package dev.orrery.replay;

import dev.orrery.run.Execution;
import java.util.Optional;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The outcome of replaying a recording against a definition: the replayed execution and, unless it reproduced the
 * recording, the first divergence.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class ReplayResult {

    private final RecordedExecution recording;
    private final Execution execution;
    private final @Nullable Divergence divergence;

    ReplayResult(RecordedExecution recording, Execution execution, @Nullable Divergence divergence) {
        this.recording = recording;
        this.execution = execution;
        this.divergence = divergence;
    }

    /**
     * Return the recording that was replayed.
     *
     * @return the recording
     */
    public RecordedExecution recording() {
        return recording;
    }

    /**
     * Return the replayed execution; when the replay stopped early (a task the recording never answered, a run that
     * could not end), the execution as it stood then, {@link dev.orrery.run.ExecutionStatus#RUNNING}.
     *
     * @return the replayed execution
     */
    public Execution execution() {
        return execution;
    }

    /**
     * Return whether the definition reproduced the recording: same status, output, error, cause, path and events.
     *
     * @return {@code true} when nothing diverged
     */
    public boolean reproduced() {
        return divergence == null;
    }

    /**
     * Return the first divergence from the recording.
     *
     * @return the divergence, or empty when the recording was reproduced
     */
    public Optional<Divergence> divergence() {
        return Optional.ofNullable(divergence);
    }

    /**
     * Return {@code reproduced}, or the divergence's message.
     *
     * @return the outcome in words
     */
    @Override
    public String toString() {
        return divergence == null ? "reproduced" : divergence.message();
    }
}
