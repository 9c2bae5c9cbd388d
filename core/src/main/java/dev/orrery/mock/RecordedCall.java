package dev.orrery.mock;

import dev.orrery.spi.TaskOutcome;
import dev.orrery.spi.TaskRequest;
import java.util.List;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * One Task call as a {@link MockSession} saw it.
 *
 * @param request the call: state, resource, effective payload, call number, retry count, Context object
 * @param outcome what the mocks answered
 * @param mock the description of the mock that answered, or {@code null} when a fallback or handler did
 * @param polls the polls of the {@code .sync} job the call ran, when a {@link JobPolls} answered it, up to the poll
 *     that ended the job (all of them when none did); else empty
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record RecordedCall(TaskRequest request, TaskOutcome outcome, @Nullable String mock, List<JobPoll> polls) {

    /**
     * Copy the polls.
     *
     * @param request the call: state, resource, effective payload, call number, retry count, Context object
     * @param outcome what the mocks answered
     * @param mock the description of the mock that answered, or {@code null} when a fallback or handler did
     * @param polls the polls of the {@code .sync} job the call ran, when a {@link JobPolls} answered it, up to the poll
     *     that ended the job (all of them when none did); else empty
     */
    public RecordedCall {
        polls = List.copyOf(polls);
    }

    /**
     * Create a recorded call that ran no polled job.
     *
     * @param request the call: state, resource, effective payload, call number, retry count, Context object
     * @param outcome what the mocks answered
     * @param mock the description of the mock that answered, or {@code null} when a fallback or handler did
     */
    public RecordedCall(TaskRequest request, TaskOutcome outcome, @Nullable String mock) {
        this(request, outcome, mock, List.of());
    }

    /**
     * Return a one-line summary: state, call number and payload.
     *
     * @return the summary, e.g. {@code Charge call #1 (0-based) with {"id":1}}
     */
    public String summary() {
        return request.stateName() + " call #" + request.invocation() + " (0-based) with " + request.payload();
    }
}
