package dev.orrery.internal.history;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orrery.run.StateVisit;
import java.time.Instant;
import java.util.AbstractList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.RandomAccess;
import org.jspecify.annotations.Nullable;

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

    // chunks of EventLog.CHUNK entries (the first one may be shorter), shared with the log when no entry changes:
    // per visit an Entry or, for a row of the log's columns, its RowState
    private final Object[][] chunks;
    // the log's row columns (see VisitLog), shared: a row is written once, before an entry names it
    private final @Nullable Object[][] refs;
    private final int[][] ints;
    private final int size;

    RecordedVisits(Object[][] chunks, @Nullable Object[][] refs, int[][] ints, int size) {
        this.chunks = chunks;
        this.refs = refs;
        this.ints = ints;
        this.size = size;
    }

    @Override
    public StateVisit get(int index) {
        Objects.checkIndex(index, size);
        Object entry = chunks[index >>> EventLog.CHUNK_BITS][index & EventLog.MASK];
        if (entry instanceof Entry visit) {
            return visit.visit();
        }
        return ((VisitLog.RowState) entry).visit(row(refs, ints, index));
    }

    private String stateName(int index) {
        Objects.checkIndex(index, size);
        Object entry = chunks[index >>> EventLog.CHUNK_BITS][index & EventLog.MASK];
        return entry instanceof Entry visit ? visit.stateName() : ((VisitLog.RowState) entry).stateName();
    }

    /** Return the entry at the given index of these tables, a row read as an entry of its own. */
    static Entry entry(Object[][] chunks, @Nullable Object[][] refs, int[][] ints, int index) {
        Object entry = chunks[index >>> EventLog.CHUNK_BITS][index & EventLog.MASK];
        if (entry instanceof Entry visit) {
            return visit;
        }
        VisitLog.RowState state = (VisitLog.RowState) entry;
        VisitLog.Row row = row(refs, ints, index);
        return new Entry() {
            @Override
            public StateVisit visit() {
                return state.visit(row);
            }

            @Override
            public String stateName() {
                return state.stateName();
            }
        };
    }

    private static VisitLog.Row row(@Nullable Object[][] refs, int[][] ints, int index) {
        int chunk = index >>> EventLog.CHUNK_BITS;
        int at = index & EventLog.MASK;
        Object[] rowRefs = Objects.requireNonNull(refs[chunk]);
        int[] rowInts = ints[chunk];
        int r = at * VisitLog.ROW_REFS;
        int i = at * VisitLog.ROW_INTS;
        return new VisitLog.Row((JsonNode) Objects.requireNonNull(rowRefs[r]), (JsonNode) rowRefs[r + 1],
                (Instant) Objects.requireNonNull(rowRefs[r + 2]), (Instant) rowRefs[r + 3],
                variables(Objects.requireNonNull(rowRefs[r + 4])), (JsonNode) rowRefs[r + 5], rowInts[i],
                rowInts[i + 1], rowInts[i + 2], rowInts[i + 3], rowInts[i + 4]);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, JsonNode> variables(Object variables) {
        return (Map<String, JsonNode>) variables;
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
            return stateName(index);
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
