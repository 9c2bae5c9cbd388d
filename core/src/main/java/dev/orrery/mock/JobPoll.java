package dev.orrery.mock;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * One poll of a {@code .sync} job by Step Functions, as declared by {@link JobPolls}: when it happened, what the
 * service described, and what that status means.
 *
 * @param after the virtual time from the job's submission to the poll, never {@code null}
 * @param result the service's description of the job at that poll (e.g. a DescribeJobs entry), never {@code null}
 * @param status the job's status the poll read, never {@code null}
 * @param outcome whether the job still runs, succeeded or failed at that poll, never {@code null}
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record JobPoll(Duration after, JsonNode result, String status, Outcome outcome) {

    /** What a poll tells Step Functions about the job. */
    @API(status = API.Status.EXPERIMENTAL, since = "0.1")
    public enum Outcome {
        /** The job still runs: Step Functions polls again after the interval. */
        RUNNING,
        /** The job ended well: the poll's result is the task's result. */
        SUCCEEDED,
        /** The job ended badly: the task fails with {@code States.TaskFailed}, the poll's result as cause. */
        FAILED
    }

    /**
     * Check that nothing is missing.
     *
     * @param after the virtual time from the job's submission to the poll, never {@code null}
     * @param result the service's description of the job at that poll (e.g. a DescribeJobs entry), never {@code null}
     * @param status the job's status the poll read, never {@code null}
     * @param outcome whether the job still runs, succeeded or failed at that poll, never {@code null}
     */
    public JobPoll {
        Objects.requireNonNull(after, "after");
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(outcome, "outcome");
    }
}
