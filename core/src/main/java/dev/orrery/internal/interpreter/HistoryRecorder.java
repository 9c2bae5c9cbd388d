package dev.orrery.internal.interpreter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.orrery.history.ExecutionHistory;
import dev.orrery.internal.history.EventKind;
import dev.orrery.internal.history.EventLog;
import dev.orrery.internal.json.SmallFieldMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Records history events with AWS's types and detail fields, stamped with the virtual clock.
 *
 * <p>A Standard execution's history holds at most {@value #MAX_EVENTS} events, as on AWS: when the events before the
 * last one are recorded, the recorder calls its {@code onFull} action once and drops every later event but the one
 * that ends the execution ({@link #recordFinal}), which becomes event {@value #MAX_EVENTS}.
 *
 * <p>The events are kept compactly in an {@link EventLog}: a state entered or exited event keeps only the state's
 * input or output, and its details object is made when the history is read.
 */
final class HistoryRecorder {

    /** The most events a Standard execution's history holds on AWS (a hard quota). */
    static final int MAX_EVENTS = 25_000;



    /** The kind of the {@code ExecutionSucceeded} event: it keeps the output. */
    static final EventKind EXECUTION_SUCCEEDED = EventKind.withOutput("ExecutionSucceeded",
            "executionSucceededEventDetails");
    /** The kind of the {@code ExecutionFailed} event. */
    static final EventKind EXECUTION_FAILED = EventKind.withDetails("ExecutionFailed",
            "executionFailedEventDetails");
    /** The keys of details made by {@link #withError} alone, in order. */
    static final SmallFieldMap.Shape ERROR_DETAILS = SmallFieldMap.Shape.of("error", "cause");

    private final Scheduler scheduler;
    private final EventLog events;
    // the kinds of the events recorded with a whole details object, by type: most types recur
    // made when first needed: the frequent kinds are made once, by the states that record them
    private @Nullable Map<String, EventKind> kinds;
    private final int limit;
    private final OnFull onFull;

    /** What a full history calls once: its own type, so that a run can be it without a lambda of its own. */
    @FunctionalInterface
    interface OnFull {
        /** Act on the history having room for only the event that ends the execution. */
        void historyFull();
    }

    /** Record on the scheduler's clock, with room for the given number of events before the list grows. */
    HistoryRecorder(Scheduler scheduler, int expectedEvents) {
        this(scheduler, expectedEvents, Integer.MAX_VALUE, () -> {});
    }

    /**
     * Record at most {@code limit} events, calling {@code onFull} once when only the last one is left.
     *
     * @param limit the most events, the final one included
     */
    HistoryRecorder(Scheduler scheduler, int expectedEvents, int limit, OnFull onFull) {
        this.scheduler = scheduler;
        this.events = new EventLog(Math.min(expectedEvents, limit));
        this.limit = limit;
        this.onFull = onFull;
    }

    /** Return how many events were recorded. */
    int size() {
        return events.size();
    }

    /** Record an event and return its id; once the history is full, drop it and return the last event's id. */
    long record(long previousEventId, String type, @Nullable String detailsKey, @Nullable ObjectNode details) {
        return record(previousEventId, kind(type, detailsKey), details);
    }

    /**
     * Record an event of the given kind keeping the given value (see {@link EventKind}) and return its id; once the
     * history is full, drop it and return the last event's id.
     */
    long record(long previousEventId, EventKind kind, @Nullable JsonNode value) {
        if (isFull()) {
            return events.size();
        }
        long id = events.append(previousEventId, scheduler.now(), kind, value);
        if (isFull()) {
            onFull.historyFull();
        }
        return id;
    }

    /** Record the event that ends the execution, even in a full history, and return its id. */
    long recordFinal(long previousEventId, String type, @Nullable String detailsKey, @Nullable ObjectNode details) {
        return recordFinal(previousEventId, kind(type, detailsKey), details);
    }

    /**
     * Record the event that ends the execution, of the given kind keeping the given value (see {@link EventKind}),
     * even in a full history, and return its id.
     */
    long recordFinal(long previousEventId, EventKind kind, @Nullable JsonNode value) {
        return events.append(previousEventId, scheduler.now(), kind, value);
    }

    private EventKind kind(String type, @Nullable String detailsKey) {
        Map<String, EventKind> kinds = this.kinds;
        if (kinds == null) {
            kinds = new HashMap<>();
            this.kinds = kinds;
        }
        EventKind kind = kinds.get(type);
        if (kind == null || !Objects.equals(kind.detailsKey(), detailsKey)) {
            kind = EventKind.withDetails(type, detailsKey);
            kinds.putIfAbsent(type, kind);
        }
        return kind;
    }

    /** Return the previous event id of a recorded event, or 0 when the id is not in the history. */
    long previousEventIdOf(long id) {
        return events.previousEventIdOf(id);
    }

    /** Return whether only the event that ends the execution still fits. */
    boolean isFull() {
        return events.size() >= limit - 1;
    }

    /**
     * Return a new details object holding its few fields compactly: an execution keeps every event's details until
     * it ends, and Jackson's default table (16 slots plus an entry object per field) would be most of their memory.
     */
    static ObjectNode details() {
        return SmallFieldMap.objectNode(4);
    }

    /** Return a new details object expected to receive the shape's keys in order (see {@link SmallFieldMap.Shape}). */
    static ObjectNode details(SmallFieldMap.Shape shape) {
        return SmallFieldMap.objectNode(shape);
    }

    /** Add {@code input} and {@code inputDetails} to the details. */
    static ObjectNode withInput(ObjectNode details, JsonNode input) {
        details.set("input", input);
        details.set("inputDetails", EventKind.notTruncated());
        return details;
    }

    /** Add {@code output} and {@code outputDetails} to the details. */
    static ObjectNode withOutput(ObjectNode details, JsonNode output) {
        details.set("output", output);
        details.set("outputDetails", EventKind.notTruncated());
        return details;
    }

    /** Add {@code error} and {@code cause} to the details, leaving out the absent ones. */
    static ObjectNode withError(ObjectNode details, @Nullable String error, @Nullable String cause) {
        if (error != null) {
            details.put("error", error);
        }
        if (cause != null) {
            details.put("cause", cause);
        }
        return details;
    }

    /** Return the history recorded so far. */
    ExecutionHistory history() {
        return new ExecutionHistory(events.snapshot());
    }
}
