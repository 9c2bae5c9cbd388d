package dev.orrery.internal.history;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * The events of one execution as it records them: four parallel arrays, about 16 bytes an event besides the values
 * the run produced anyway (a {@link dev.orrery.history.HistoryEvent} with its details object took about 140). The
 * timestamps are the scheduler's shared instants, the kinds are shared by every event of a state, and the values
 * are the inputs and outputs the state visits hold too. {@link #snapshot()} reads them as history events.
 *
 * <p>Only appended to: what a snapshot sees never changes afterwards. Not thread-safe; one run records on one thread.
 */
public final class EventLog {

    private int[] previous;
    private Instant[] times;
    private EventKind[] kinds;
    private @Nullable JsonNode[] values;
    private int size;

    /** Make room for the given number of events before the arrays grow. */
    public EventLog(int expectedEvents) {
        int capacity = Math.max(4, expectedEvents);
        previous = new int[capacity];
        times = new Instant[capacity];
        kinds = new EventKind[capacity];
        values = new JsonNode[capacity];
    }

    /** Return how many events were recorded. */
    public int size() {
        return size;
    }

    /**
     * Append an event and return its id.
     *
     * @param value what the kind keeps: the input, output or index, or for other kinds the details object (the log
     *     keeps it, the caller must not change it afterwards)
     */
    public long append(long previousEventId, Instant time, EventKind kind, @Nullable JsonNode value) {
        if (value != null && kind.keepsDetails() && !(value instanceof ObjectNode)) {
            throw new IllegalArgumentException("details must be an object");
        }
        if (size == previous.length) {
            if (size == Integer.MAX_VALUE - 8) {
                throw new IllegalStateException("an execution history holds at most " + size + " events");
            }
            int capacity = (int) Math.min(Integer.MAX_VALUE - 8L, size + (size >> 1) + 1L);
            previous = Arrays.copyOf(previous, capacity);
            times = Arrays.copyOf(times, capacity);
            kinds = Arrays.copyOf(kinds, capacity);
            values = Arrays.copyOf(values, capacity);
        }
        previous[size] = (int) previousEventId;
        times[size] = time;
        kinds[size] = kind;
        values[size] = value;
        size++;
        return size;
    }

    /** Return the previous event id of a recorded event, or 0 when the id is not in the log. */
    public long previousEventIdOf(long id) {
        return id >= 1 && id <= size ? previous[(int) id - 1] : 0;
    }

    /** Return the events recorded so far, as an immutable list that later events do not change. */
    public RecordedEvents snapshot() {
        return new RecordedEvents(previous, times, kinds, values, size);
    }
}
