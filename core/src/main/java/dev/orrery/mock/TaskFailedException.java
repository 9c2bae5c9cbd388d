package dev.orrery.mock;

import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/** Thrown by a {@link TaskHandler} to fail the Task with an error name and cause, as the service would. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class TaskFailedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** @serial the error name, never {@code null} */
    private final String error;

    /** @serial the cause text, or {@code null} */
    private final @Nullable String taskCause;

    /**
     * Create the failure with the given error name (e.g. {@code Lambda.TooManyRequestsException}) and cause.
     *
     * @param error the error name, never {@code null}
     * @param cause the cause text, or {@code null}
     */
    public TaskFailedException(String error, @Nullable String cause) {
        super(error + (cause == null ? "" : ": " + cause));
        this.error = Objects.requireNonNull(error, "error");
        this.taskCause = cause;
    }

    /**
     * Return the error name.
     *
     * @return the error name
     */
    public String error() {
        return error;
    }

    /**
     * Return the cause text, or {@code null}.
     *
     * @return the cause text, or {@code null}
     */
    public @Nullable String cause() {
        return taskCause;
    }
}
