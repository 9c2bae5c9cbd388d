package dev.orrery.model;

import com.fasterxml.jackson.databind.JsonNode;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A {@code Task} state.
 *
 * @param name the state name
 * @param comment the {@code Comment}, or {@code null}
 * @param queryLanguage the effective query language
 * @param io input and output processing
 * @param resource the {@code Resource} ARN (or URI), never {@code null}
 * @param errorHandling {@code Retry} and {@code Catch}
 * @param timeoutSeconds {@code TimeoutSeconds}: a number, or a JSONata string; {@code null} when absent
 * @param timeoutSecondsPath {@code TimeoutSecondsPath}, or {@code null}
 * @param heartbeatSeconds {@code HeartbeatSeconds}: a number, or a JSONata string; {@code null} when absent
 * @param heartbeatSecondsPath {@code HeartbeatSecondsPath}, or {@code null}
 * @param credentials {@code Credentials}, or {@code null}
 * @param transition {@code Next} or {@code End}
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record TaskState(
        String name,
        @Nullable String comment,
        QueryLanguage queryLanguage,
        InputOutput io,
        String resource,
        ErrorHandling errorHandling,
        @Nullable JsonNode timeoutSeconds,
        @Nullable String timeoutSecondsPath,
        @Nullable JsonNode heartbeatSeconds,
        @Nullable String heartbeatSecondsPath,
        @Nullable JsonNode credentials,
        Transition transition)
        implements State {

    @Override
    public StateType type() {
        return StateType.TASK;
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visitTask(this);
    }
}
