package dev.orrery.spi;

import com.fasterxml.jackson.databind.JsonNode;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * One call of a Task state, as its integration sees it.
 *
 * <p>{@link #payload()} and {@link #context()} return a fresh deep copy on each call ({@link #payloadAt(String)} and
 * {@link #contextAt(String)} copy one value only): an integration may change what
 * it receives without changing the execution (see {@link dev.orrery.run.Execution}).
 *
 * @param stateName the Task state's name, never {@code null}
 * @param resource the state's {@code Resource}, never {@code null}
 * @param payload the effective parameters: the state input after InputPath and Parameters (JSONPath) or the evaluated
 *     Arguments (JSONata), never {@code null}
 * @param invocation the 0-based count of earlier calls of this state in this execution, retries included (the
 *     counter of Step Functions Local's mocked responses)
 * @param retryCount the 0-based retry attempt of this call ({@code $$.State.RetryCount})
 * @param taskToken the task token for callback patterns, or {@code null}
 * @param context the Context object ({@code $$}) at the time of the call, never {@code null}
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record TaskRequest(
        String stateName,
        String resource,
        JsonNode payload,
        int invocation,
        int retryCount,
        @Nullable String taskToken,
        JsonNode context) {

    /**
     * Return a copy of the effective parameters.
     *
     * @return a fresh deep copy of the payload, never {@code null}
     */
    @Override
    public JsonNode payload() {
        return payload.deepCopy();
    }

    /**
     * Return a copy of the Context object at the time of the call.
     *
     * @return a fresh deep copy of the Context object, never {@code null}
     */
    @Override
    public JsonNode context() {
        return context.deepCopy();
    }

    /**
     * Return a copy of the payload's value at the JSON pointer, without copying the rest of the payload.
     *
     * @param jsonPointer where the value is, e.g. {@code /LogType}, never {@code null}
     * @return a fresh deep copy of the value, or a missing node when the payload has none there
     */
    public JsonNode payloadAt(String jsonPointer) {
        return payload.at(jsonPointer).deepCopy();
    }

    /**
     * Return a copy of the Context object's value at the JSON pointer, without copying the rest of it.
     *
     * @param jsonPointer where the value is, e.g. {@code /Execution/Id}, never {@code null}
     * @return a fresh deep copy of the value, or a missing node when the Context object has none there
     */
    public JsonNode contextAt(String jsonPointer) {
        return context.at(jsonPointer).deepCopy();
    }
}
