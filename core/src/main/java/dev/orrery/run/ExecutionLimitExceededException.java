package dev.orrery.run;

import org.apiguardian.api.API;

/**
 * Thrown when a run exceeds a guard of {@link ExecutionOptions}: too many state transitions (an endless loop, most
 * likely) or too much virtual time. The message shows the end of the path taken and the option to raise.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class ExecutionLimitExceededException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * Create the exception with a message that names the guard and the path so far.
     *
     * @param message the message naming the guard and the path so far, never {@code null}
     */
    public ExecutionLimitExceededException(String message) {
        super(message);
    }
}
