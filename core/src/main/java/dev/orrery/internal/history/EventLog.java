package dev.orrery.internal.history;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * The events of one execution as it records them: four parallel columns, about 16 bytes an event besides the values
 * the run produced anyway (a {@link dev.orrery.history.HistoryEvent} with its details object took about 140). The
 * timestamps are the scheduler's shared instants, the kinds are shared by every event of a state, and the values
 * are the inputs and outputs the state visits hold too. {@link #snapshot()} reads them as history events.
 *
 * <p>Each column is kept in chunks of {@link #CHUNK} entries (the first one smaller while the log is short), listed
 * in a small table: a long run allocates no array large enough to be a humongous object for the G1 collector and
 * copies no events when it grows, only the table (one slot per chunk).
 *
 * <p>Only appended to: what a snapshot sees never changes afterwards (a snapshot shares the tables; the log writes
 * only past the events the snapshot reads, and a table or first chunk it replaces keeps the same first entries).
 * Not thread-safe; one run records on one thread.
 */
public final class EventLog {

    /** The number of bits of an event's index within its chunk. */
    static final int CHUNK_BITS = 12;
    /** The number of events of a full chunk. */
    static final int CHUNK = 1 << CHUNK_BITS;
    /** The mask of an event's index within its chunk. */
    static final int MASK = CHUNK - 1;
    private static final int MAX_EVENTS = Integer.MAX_VALUE - CHUNK;

    private int[][] previous;
    private Instant[][] times;
    private EventKind[][] kinds;
    private @Nullable JsonNode[][] values;
    // a Map iteration event's index, in its own int column (made when the chunk's first such event comes) instead
    // of a node of its own in the values column; the table is made with the first one (most runs have none)
    private int @Nullable [][] indexes;
    private int size;
    // the room of the last chunk: CHUNK, except while the first chunk grows towards it
    private int capacity;

    /** Make room for the given number of events (at most one chunk) before the log grows. */
    public EventLog(int expectedEvents) {
        int first = Math.min(CHUNK, Math.max(4, expectedEvents));
        previous = new int[][] {new int[first]};
        times = new Instant[][] {new Instant[first]};
        kinds = new EventKind[][] {new EventKind[first]};
        values = new JsonNode[][] {new JsonNode[first]};
        capacity = first;
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
        if (size == capacity) {
            grow();
        }
        int chunk = size >>> CHUNK_BITS;
        int at = size & MASK;
        previous[chunk][at] = (int) previousEventId;
        times[chunk][at] = time;
        kinds[chunk][at] = kind;
        if (kind.keepsIndex() && value != null) {
            int[][] table = indexes;
            if (table == null) {
                table = new int[previous.length][];
                indexes = table;
            }
            int[] column = table[chunk];
            if (column == null) {
                column = new int[previous[chunk].length];
                table[chunk] = column;
            }
            column[at] = value.intValue();
            values[chunk][at] = null;
        } else {
            values[chunk][at] = value;
        }
        size++;
        return size;
    }

    private void grow() {
        if (size < CHUNK) {
            // the first chunk grows by copying until it is full size; a snapshot reads the same first entries
            int room = Math.min(CHUNK, size + (size >> 1) + 1);
            previous[0] = Arrays.copyOf(previous[0], room);
            times[0] = Arrays.copyOf(times[0], room);
            kinds[0] = Arrays.copyOf(kinds[0], room);
            values[0] = Arrays.copyOf(values[0], room);
            int[][] table = indexes;
            if (table != null && table[0] != null) {
                table[0] = Arrays.copyOf(table[0], room);
            }
            capacity = room;
            return;
        }
        if (size >= MAX_EVENTS) {
            throw new IllegalStateException("an execution history holds at most " + size + " events");
        }
        int chunk = size >>> CHUNK_BITS;
        if (chunk == previous.length) {
            int slots = chunk + (chunk >> 1) + 1;
            previous = Arrays.copyOf(previous, slots);
            times = Arrays.copyOf(times, slots);
            kinds = Arrays.copyOf(kinds, slots);
            values = Arrays.copyOf(values, slots);
            if (indexes != null) {
                indexes = Arrays.copyOf(indexes, slots);
            }
        }
        previous[chunk] = new int[CHUNK];
        times[chunk] = new Instant[CHUNK];
        kinds[chunk] = new EventKind[CHUNK];
        values[chunk] = new JsonNode[CHUNK];
        capacity = size + CHUNK;
    }

    /** Return the previous event id of a recorded event, or 0 when the id is not in the log. */
    public long previousEventIdOf(long id) {
        if (id < 1 || id > size) {
            return 0;
        }
        int index = (int) id - 1;
        return previous[index >>> CHUNK_BITS][index & MASK];
    }

    /** Return the events recorded so far, as an immutable list that later events do not change. */
    public RecordedEvents snapshot() {
        return new RecordedEvents(previous, times, kinds, values, indexes, size);
    }
}
