package dev.orrery.mock;

import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/** Thrown by a {@link TaskHandler} to fail the Task with an error name and cause, as the service would. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class TaskFailedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String error;
    private final @Nullable String taskCause;

    /** Create the failure with the given error name (e.g. {@code Lambda.TooManyRequestsException}) and cause. */
    public TaskFailedException(String error, @Nullable String cause) {
        super(error + (cause == null ? "" : ": " + cause));
        this.error = Objects.requireNonNull(error, "error");
        this.taskCause = cause;
    }

    /** Return the error name. */
    public String error() {
        return error;
    }

    /** Return the cause text, or {@code null}. */
    public @Nullable String cause() {
        return taskCause;
    }
}
