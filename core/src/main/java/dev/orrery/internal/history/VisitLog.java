package dev.orrery.internal.history;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orrery.run.StateVisit;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * The state visits of one execution in entry order, kept in chunks of {@link EventLog#CHUNK} entries (the first one
 * smaller while the run is short), like the {@link EventLog}: a long run allocates no humongous array and copies no
 * entries when it grows. An entry is a {@link RecordedVisits.Entry} (a running state, or a finished visit with
 * fields a row has no room for) or a <em>row</em>: a finished visit's fields written into the log's own columns
 * (references and ints, in chunks beside the entries) with a {@link RowState} shared by every row of its state, so
 * most finished visits are no object of their own. An entry may be replaced (a running state's entry by its
 * finished form); {@link #snapshot} copies the entries only while such a replacement can still come.
 *
 * <p>Not thread-safe; one run records on one thread.
 */
public final class VisitLog {

    /** The references of a row: input, output, entered, exited, variables and one more value. */
    static final int ROW_REFS = 6;
    /** The ints of a row: entered event id, parent entered event id, branch index, matched Choice rule, stages. */
    static final int ROW_INTS = 5;

    /**
     * The state of the finished visits kept as rows: one object per state, shared by all its rows, that makes a
     * row's visit when it is read.
     */
    public interface RowState {

        /** Return the name of the visited state. */
        String stateName();

        /** Return the visit a row keeps; equal visits for equal rows. */
        StateVisit visit(Row row);
    }

    /**
     * A row as it is read.
     *
     * @param extra one more value the row's state gives a meaning to (a data flow stage of its own)
     * @param stages how the row's state encodes what else the visit holds (its data flow stages)
     */
    public record Row(JsonNode input, @Nullable JsonNode output, Instant entered, @Nullable Instant exited,
            Map<String, JsonNode> variables, @Nullable JsonNode extra, int enteredEventId, int parentEnteredEventId,
            int branchIndex, int matchedChoiceRule, int stages) {}

    // per visit a RecordedVisits.Entry or, for a row, its RowState
    private Object[][] chunks;
    // per chunk the rows' references and ints, made when the chunk's first row is written
    private @Nullable Object[][] refs;
    private int[][] ints;
    private int size;
    private int capacity;

    /** Make room for the given number of visits (at most one chunk) before the log grows. */
    public VisitLog(int expectedVisits) {
        capacity = Math.min(EventLog.CHUNK, Math.max(4, expectedVisits));
        chunks = new Object[][] {new Object[capacity]};
        refs = new Object[1][];
        ints = new int[1][];
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
            if (refs[0] != null) {
                refs[0] = Arrays.copyOf(refs[0], capacity * ROW_REFS);
                ints[0] = Arrays.copyOf(ints[0], capacity * ROW_INTS);
            }
            return;
        }
        if (size >= Integer.MAX_VALUE - EventLog.CHUNK) {
            throw new IllegalStateException("an execution holds at most " + size + " state visits");
        }
        int chunk = size >>> EventLog.CHUNK_BITS;
        if (chunk == chunks.length) {
            int slots = chunk + (chunk >> 1) + 1;
            chunks = Arrays.copyOf(chunks, slots);
            refs = Arrays.copyOf(refs, slots);
            ints = Arrays.copyOf(ints, slots);
        }
        chunks[chunk] = new Object[EventLog.CHUNK];
        capacity = size + EventLog.CHUNK;
    }

    /** Return the visit at the given index (a row read as an entry of its own). */
    public RecordedVisits.Entry get(int index) {
        Objects.checkIndex(index, size);
        return RecordedVisits.entry(chunks, refs, ints, index);
    }

    /** Replace the visit at the given index. */
    public void set(int index, RecordedVisits.Entry entry) {
        Objects.checkIndex(index, size);
        chunks[index >>> EventLog.CHUNK_BITS][index & EventLog.MASK] = entry;
    }

    /**
     * Replace the visit at the given index by a row of these fields (see {@link Row}); the values are kept as they
     * are, the caller must not change them afterwards.
     */
    public void setRow(int index, RowState state, JsonNode input, @Nullable JsonNode output, Instant entered,
            @Nullable Instant exited, Map<String, JsonNode> variables, @Nullable JsonNode extra, int enteredEventId,
            int parentEnteredEventId, int branchIndex, int matchedChoiceRule, int stages) {
        Objects.checkIndex(index, size);
        int chunk = index >>> EventLog.CHUNK_BITS;
        int at = index & EventLog.MASK;
        Object[] rowRefs = refs[chunk];
        if (rowRefs == null) {
            int length = chunks[chunk].length;
            rowRefs = new Object[length * ROW_REFS];
            refs[chunk] = rowRefs;
            ints[chunk] = new int[length * ROW_INTS];
        }
        int[] rowInts = ints[chunk];
        int r = at * ROW_REFS;
        rowRefs[r] = input;
        rowRefs[r + 1] = output;
        rowRefs[r + 2] = entered;
        rowRefs[r + 3] = exited;
        rowRefs[r + 4] = variables;
        rowRefs[r + 5] = extra;
        int i = at * ROW_INTS;
        rowInts[i] = enteredEventId;
        rowInts[i + 1] = parentEnteredEventId;
        rowInts[i + 2] = branchIndex;
        rowInts[i + 3] = matchedChoiceRule;
        rowInts[i + 4] = stages;
        // the row is complete before its entry names it
        chunks[chunk][at] = state;
    }

    /**
     * Return the visits recorded so far as an immutable list.
     *
     * @param settled whether no entry will be replaced any more: then the list shares the chunks (later visits only
     *     go past its end), else it copies the entries (rows stay shared: a row is written once, before its entry
     *     names it)
     * @param finish what the list holds for an entry (not a row) that may still be replaced
     */
    public RecordedVisits snapshot(boolean settled, UnaryOperator<RecordedVisits.Entry> finish) {
        if (settled) {
            return new RecordedVisits(chunks, refs, ints, size);
        }
        int count = (size + EventLog.MASK) >>> EventLog.CHUNK_BITS;
        Object[][] copy = new Object[Math.max(1, count)][];
        for (int c = 0; c < count; c++) {
            int length = Math.min(EventLog.CHUNK, size - (c << EventLog.CHUNK_BITS));
            Object[] chunk = new Object[length];
            for (int i = 0; i < length; i++) {
                Object entry = chunks[c][i];
                chunk[i] = entry instanceof RecordedVisits.Entry visit ? finish.apply(visit) : entry;
            }
            copy[c] = chunk;
        }
        if (count == 0) {
            copy[0] = new Object[0];
        }
        return new RecordedVisits(copy, refs.clone(), ints.clone(), size);
    }
}
