package dev.orrery.internal.history;

import dev.orrery.run.StateVisit;
import java.util.AbstractList;
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

    private final Entry[] entries;
    private final int size;

    /**
     * Read the first {@code size} entries, which must not change afterwards.
     *
     * @param entries the entries, of which the list keeps the array itself
     */
    public RecordedVisits(Entry[] entries, int size) {
        Objects.checkFromToIndex(0, size, entries.length);
        this.entries = entries;
        this.size = size;
    }

    @Override
    public StateVisit get(int index) {
        Objects.checkIndex(index, size);
        return entries[index].visit();
    }

    @Override
    public int size() {
        return size;
    }
}
