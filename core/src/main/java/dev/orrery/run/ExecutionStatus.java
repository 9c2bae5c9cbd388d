package dev.orrery.run;

import org.apiguardian.api.API;

/** The status of an execution, named as in AWS's DescribeExecution. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum ExecutionStatus {
    /** Still running: only seen while test code has paused the loop. */
    RUNNING,
    /** Ended in a Succeed state or an End transition. */
    SUCCEEDED,
    /** Ended with an error. */
    FAILED,
    /** The state machine's TimeoutSeconds passed on the virtual clock. */
    TIMED_OUT,
    /** Stopped by test code. */
    ABORTED
}
