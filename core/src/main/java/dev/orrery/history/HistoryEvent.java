package dev.orrery.history;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * One event of an execution history, as in AWS's {@code GetExecutionHistory}.
 *
 * <p>The details object holds AWS's field names; {@code input} and {@code output} fields hold JSON values (AWS sends
 * them as JSON-encoded strings, which {@link ExecutionHistory#toAwsJson()} reproduces). Immutable: {@link #details()}
 * returns a fresh deep copy on each call, so mutating it changes neither this event nor any run.
 *
 * @param id the 1-based event id
 * @param previousEventId the id of the event this one follows from, 0 for the first
 * @param timestamp the virtual time of the event, never {@code null}
 * @param type AWS's event type, e.g. {@code TaskStateEntered}, never {@code null}
 * @param detailsKey the name of the details field, e.g. {@code stateEnteredEventDetails}, or {@code null}
 * @param details the details, or {@code null} for events that carry none (e.g. {@code LambdaFunctionStarted})
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record HistoryEvent(
        long id,
        long previousEventId,
        Instant timestamp,
        String type,
        @Nullable String detailsKey,
        @Nullable ObjectNode details) {

    /**
     * Return a copy of the details.
     *
     * @return a fresh deep copy of the details, or {@code null} for events that carry none
     */
    @Override
    public @Nullable ObjectNode details() {
        return details == null ? null : details.deepCopy();
    }

    /**
     * Return the value of one field of the details without copying the rest.
     *
     * @param field the field name, e.g. {@code name}, never {@code null}
     * @return a fresh deep copy of the field's value, or {@code null} when the event has no details or no such field
     */
    public @Nullable JsonNode detail(String field) {
        JsonNode value = details == null ? null : details.get(field);
        return value == null ? null : value.deepCopy();
    }
}
