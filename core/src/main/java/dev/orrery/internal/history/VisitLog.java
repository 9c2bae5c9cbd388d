package dev.orrery.internal.history;

import java.util.Arrays;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * The state visits of one execution in entry order, kept as {@link RecordedVisits.Entry} values in chunks of
 * {@link EventLog#CHUNK} entries (the first one smaller while the run is short), like the {@link EventLog}: a long
 * run allocates no humongous array and copies no entries when it grows. An entry may be replaced (a running state's
 * entry by its finished form); {@link #snapshot} copies the entries only while such a replacement can still come.
 *
 * <p>Not thread-safe; one run records on one thread.
 */
public final class VisitLog {

    private RecordedVisits.Entry[][] chunks;
    private int size;
    private int capacity;

    /** Make room for the given number of visits (at most one chunk) before the log grows. */
    public VisitLog(int expectedVisits) {
        capacity = Math.min(EventLog.CHUNK, Math.max(4, expectedVisits));
        chunks = new RecordedVisits.Entry[][] {new RecordedVisits.Entry[capacity]};
    }

    /** Return how many visits were recorded. */
    public int size() {
        return size;
    }

    /** Append a visit and return its index. */
    public int append(RecordedVisits.Entry entry) {
        if (size == capacity) {
            grow();
        }
        chunks[size >>> EventLog.CHUNK_BITS][size & EventLog.MASK] = entry;
        return size++;
    }

    private void grow() {
        if (size < EventLog.CHUNK) {
            capacity = Math.min(EventLog.CHUNK, size + (size >> 1) + 1);
            chunks[0] = Arrays.copyOf(chunks[0], capacity);
            return;
        }
        if (size >= Integer.MAX_VALUE - EventLog.CHUNK) {
            throw new IllegalStateException("an execution holds at most " + size + " state visits");
        }
        int chunk = size >>> EventLog.CHUNK_BITS;
        if (chunk == chunks.length) {
            chunks = Arrays.copyOf(chunks, chunk + (chunk >> 1) + 1);
        }
        chunks[chunk] = new RecordedVisits.Entry[EventLog.CHUNK];
        capacity = size + EventLog.CHUNK;
    }

    /** Return the visit at the given index. */
    public RecordedVisits.Entry get(int index) {
        Objects.checkIndex(index, size);
        return chunks[index >>> EventLog.CHUNK_BITS][index & EventLog.MASK];
    }

    /** Replace the visit at the given index. */
    public void set(int index, RecordedVisits.Entry entry) {
        Objects.checkIndex(index, size);
        chunks[index >>> EventLog.CHUNK_BITS][index & EventLog.MASK] = entry;
    }

    /**
     * Return the visits recorded so far as an immutable list.
     *
     * @param settled whether no entry will be replaced any more: then the list shares the chunks (later visits only
     *     go past its end), else it copies them
     * @param finish what the list holds for an entry that may still be replaced
     */
    public RecordedVisits snapshot(boolean settled, UnaryOperator<RecordedVisits.Entry> finish) {
        if (settled) {
            return new RecordedVisits(chunks, size);
        }
        int count = (size + EventLog.MASK) >>> EventLog.CHUNK_BITS;
        RecordedVisits.Entry[][] copy = new RecordedVisits.Entry[Math.max(1, count)][];
        for (int c = 0; c < count; c++) {
            int length = Math.min(EventLog.CHUNK, size - (c << EventLog.CHUNK_BITS));
            RecordedVisits.Entry[] chunk = new RecordedVisits.Entry[length];
            for (int i = 0; i < length; i++) {
                chunk[i] = finish.apply(chunks[c][i]);
            }
            copy[c] = chunk;
        }
        if (count == 0) {
            copy[0] = new RecordedVisits.Entry[0];
        }
        return new RecordedVisits(copy, size);
    }
}
