package dev.orrery.history;

import java.util.Set;
import org.apiguardian.api.API;

/**
 * The log levels of a state machine's CloudWatch Logs logging configuration ({@code LoggingConfiguration.level}),
 * with the event types each one logs as the Step Functions developer guide lists them ("Log levels"):
 * {@code ALL} logs every event, {@code OFF} none; {@code ERROR} and {@code FATAL} log only the listed failure
 * events.
 *
 * <p>Express workflows keep no execution history in Step Functions ({@code GetExecutionHistory} is not available
 * for them): their history is what CloudWatch Logs receive, which {@link ExecutionHistory#loggedAt(LogLevel)}
 * selects.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum LogLevel {
    /** Log every event type. */
    ALL(Set.of()),
    /** Log the failure events: the execution's end when it did not succeed, and the failures of states and tasks. */
    ERROR(Set.of("ExecutionAborted", "ExecutionFailed", "ExecutionTimedOut", "FailStateEntered",
            "LambdaFunctionFailed", "LambdaFunctionScheduleFailed", "LambdaFunctionStartFailed",
            "LambdaFunctionTimedOut", "MapIterationAborted", "MapIterationFailed", "MapStateAborted",
            "MapStateFailed", "ParallelStateAborted", "ParallelStateFailed", "TaskFailed", "TaskStartFailed",
            "TaskStateAborted", "TaskSubmitFailed", "TaskTimedOut", "WaitStateAborted")),
    /** Log only the end of an execution that did not succeed: aborted, failed or timed out. */
    FATAL(Set.of("ExecutionAborted", "ExecutionFailed", "ExecutionTimedOut")),
    /** Log nothing. */
    OFF(Set.of());

    private final Set<String> listed;

    LogLevel(Set<String> listed) {
        this.listed = listed;
    }

    /**
     * Return whether an event of the type is logged at this level.
     *
     * @param eventType the history event type, e.g. {@code TaskFailed}, never {@code null}
     * @return {@code true} when the event is logged
     */
    public boolean logs(String eventType) {
        return switch (this) {
            case ALL -> true;
            case OFF -> false;
            case ERROR, FATAL -> listed.contains(eventType);
        };
    }
}
