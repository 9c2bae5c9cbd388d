package dev.orrery.history;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * One event of an execution history, as in AWS's {@code GetExecutionHistory}.
 *
 * <p>The details object holds AWS's field names; {@code input} and {@code output} fields hold JSON values (AWS sends
 * them as JSON-encoded strings, which {@link ExecutionHistory#toAwsJson()} reproduces). The details are shared and must
 * not be mutated.
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
        @Nullable ObjectNode details) {}
