package dev.orrery.internal.history;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.IntNode;
import dev.orrery.history.HistoryEvent;
import java.time.Instant;
import java.util.AbstractList;
import java.util.Objects;
import java.util.RandomAccess;
import org.jspecify.annotations.Nullable;

/**
 * The first events of an {@link EventLog}, read as {@link HistoryEvent}s: each read makes the event and its details
 * object anew from the compact record (equal events each time), so a finished execution keeps only the compact
 * form. Immutable: the log only appends past the events a snapshot sees.
 */
public final class RecordedEvents extends AbstractList<HistoryEvent> implements RandomAccess {

    // the log's chunk tables, shared: the log writes only past the events this list reads
    private final int[][] previous;
    private final Instant[][] times;
    private final EventKind[][] kinds;
    private final @Nullable JsonNode[][] values;
    // null while the log has no index event
    private final int @Nullable [][] indexes;
    private final int size;

    RecordedEvents(int[][] previous, Instant[][] times, EventKind[][] kinds, @Nullable JsonNode[][] values,
            int @Nullable [][] indexes, int size) {
        this.previous = previous;
        this.times = times;
        this.kinds = kinds;
        this.values = values;
        this.indexes = indexes;
        this.size = size;
    }

    @Override
    public HistoryEvent get(int index) {
        Objects.checkIndex(index, size);
        int chunk = index >>> EventLog.CHUNK_BITS;
        int at = index & EventLog.MASK;
        EventKind kind = kinds[chunk][at];
        JsonNode value = values[chunk][at];
        if (kind.keepsIndex() && value == null) {
            value = IntNode.valueOf(Objects.requireNonNull(indexes)[chunk][at]);
        }
        return new HistoryEvent(index + 1L, previous[chunk][at], times[chunk][at], kind.type(), kind.detailsKey(),
                kind.details(value));
    }

    /** Return the type of the event at the given index without making the event. */
    public String type(int index) {
        Objects.checkIndex(index, size);
        return kinds[index >>> EventLog.CHUNK_BITS][index & EventLog.MASK].type();
    }

    @Override
    public int size() {
        return size;
    }
}
