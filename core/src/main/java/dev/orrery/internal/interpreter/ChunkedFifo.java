package dev.orrery.internal.interpreter;

import org.jspecify.annotations.Nullable;

/**
 * A first-in, first-out queue kept in a chain of chunks whose sizes double from the first up to 4,096 entries: it
 * never copies its entries when it grows, and never allocates an array large enough to be a humongous object for
 * the G1 collector however many entries it holds (a Map of a million items queues a million iterations at once).
 * A drained chunk is dropped, and the last one is reused once the queue is empty. Not thread-safe.
 *
 * @param <T> the type of the entries
 */
final class ChunkedFifo<T> {

    static final int MAX_CHUNK = 4096;

    private Chunk first;
    private Chunk last;
    private int size;

    /** Make an empty queue whose first chunk holds the given number of entries. */
    ChunkedFifo(int firstChunk) {
        first = new Chunk(Math.max(1, Math.min(MAX_CHUNK, firstChunk)));
        last = first;
    }

    /** Append an entry. */
    void add(T entry) {
        if (last.tail == last.items.length) {
            Chunk next = new Chunk(Math.min(MAX_CHUNK, last.items.length * 2));
            last.next = next;
            last = next;
        }
        last.items[last.tail++] = entry;
        size++;
    }

    /** Return the first entry without removing it, or {@code null} when the queue is empty. */
    @SuppressWarnings("unchecked")
    @Nullable T peekFirst() {
        return size == 0 ? null : (T) first.items[first.head];
    }

    /** Remove and return the first entry, or return {@code null} when the queue is empty. */
    @SuppressWarnings("unchecked")
    @Nullable T pollFirst() {
        if (size == 0) {
            return null;
        }
        T entry = (T) first.items[first.head];
        first.items[first.head++] = null;
        size--;
        if (first.head == first.tail) {
            Chunk next = first.next;
            if (next != null) {
                first = next;
            } else {
                first.head = 0;
                first.tail = 0;
            }
        }
        return entry;
    }

    boolean isEmpty() {
        return size == 0;
    }

    int size() {
        return size;
    }

    /** Drop every entry. */
    void clear() {
        if (size == 0) {
            // already one chunk with nothing in it (a queue that empties keeps its last chunk and resets it)
            return;
        }
        first = new Chunk(first.items.length);
        last = first;
        size = 0;
    }

    private static final class Chunk {
        private final @Nullable Object[] items;
        private int head;
        private int tail;
        private @Nullable Chunk next;

        private Chunk(int length) {
            items = new Object[length];
        }
    }
}
