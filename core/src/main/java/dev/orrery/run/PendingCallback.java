package dev.orrery.run;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A Task state waiting for its callback: the token to answer with and what the task was sent.
 *
 * <p>{@link #parameters()} returns a fresh deep copy on each call (see {@link Execution}).
 *
 * @param stateName the Task state's name
 * @param taskToken the task token ({@code $$.Task.Token}) to pass to SendTaskSuccess, SendTaskFailure or
 *     SendTaskHeartbeat
 * @param parameters the effective parameters the task was called with (they usually carry the token)
 * @param since the virtual instant the task submitted its work
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record PendingCallback(String stateName, String taskToken, JsonNode parameters, Instant since) {
    /**
     * Check that nothing is missing.
     *
     * @param stateName the Task state's name
     * @param taskToken the task token ({@code $$.Task.Token}) to pass to SendTaskSuccess, SendTaskFailure or
     *     SendTaskHeartbeat
     * @param parameters the effective parameters the task was called with (they usually carry the token)
     * @param since the virtual instant the task submitted its work
     */
    public PendingCallback {
        Objects.requireNonNull(stateName, "stateName");
        Objects.requireNonNull(taskToken, "taskToken");
        Objects.requireNonNull(parameters, "parameters");
        Objects.requireNonNull(since, "since");
    }

    /**
     * Return a copy of the effective parameters the task was called with.
     *
     * @return a fresh deep copy of the parameters, never {@code null}
     */
    @Override
    public JsonNode parameters() {
        return parameters.deepCopy();
    }
}
