package dev.orrery.internal.history;

import dev.orrery.run.StateVisit;
import java.util.AbstractList;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * The state visits of an execution, each kept compactly and made into a {@link StateVisit} when it is read (an
 * equal visit on each read). Immutable: its entries never change once the list is made.
 */
public final class RecordedVisits extends AbstractList<StateVisit> implements RandomAccess {

    /** One visit as an execution keeps it. */
    public interface Entry {

        /** Return the visit; equal visits on every call. */
        StateVisit visit();

        /** Return the name of the visited state. */
        String stateName();
    }

    // chunks of EventLog.CHUNK entries (the first one may be shorter), shared with the log when no entry changes
    private final Entry[][] chunks;
    private final int size;

    RecordedVisits(Entry[][] chunks, int size) {
        this.chunks = chunks;
        this.size = size;
    }

    @Override
    public StateVisit get(int index) {
        return entry(index).visit();
    }

    private Entry entry(int index) {
        Objects.checkIndex(index, size);
        return chunks[index >>> EventLog.CHUNK_BITS][index & EventLog.MASK];
    }

    /**
     * Return the names of the visited states, in entry order, as an immutable list that reads them from these
     * visits.
     */
    public List<String> names() {
        return new Names();
    }

    /** The names of the visited states: a view of the visits, as immutable as they are. */
    public final class Names extends AbstractList<String> implements RandomAccess {

        private Names() {
        }

        @Override
        public String get(int index) {
            return entry(index).stateName();
        }

        @Override
        public int size() {
            return size;
        }
    }

    @Override
    public int size() {
        return size;
    }
}
