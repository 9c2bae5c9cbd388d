package dev.orrery.conformance;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Compares projected histories event by event, in order; with {@code concurrent} set, the events between a
 * {@code MapStateStarted}/{@code ParallelStateStarted} and its end are compared as a multiset, since AWS interleaves
 * iterations and branches that Orrery may run one by one.
 */
final class HistoryComparator {

    private static final Set<String> BLOCK_STARTS = Set.of("MapStateStarted", "ParallelStateStarted");
    private static final Set<String> BLOCK_ENDS = Set.of("MapStateSucceeded", "MapStateFailed", "MapStateAborted",
            "ParallelStateSucceeded", "ParallelStateFailed", "ParallelStateAborted");

    private final JsonMatcher matcher;
    private final boolean concurrent;

    HistoryComparator(JsonMatcher matcher, boolean concurrent) {
        this.matcher = matcher;
        this.concurrent = concurrent;
    }

    /** Return the first difference, or {@code null} when the histories match. */
    @Nullable Difference compare(List<ObjectNode> expected, List<ObjectNode> actual) {
        int i = 0;
        int j = 0;
        while (i < expected.size() && j < actual.size()) {
            if (concurrent && startsBlock(expected.get(i)) && startsBlock(actual.get(j))) {
                int expectedEnd = blockEnd(expected, i);
                int actualEnd = blockEnd(actual, j);
                Difference difference = compareBlock(expected, i, expectedEnd, actual, j, actualEnd);
                if (difference != null) {
                    return difference;
                }
                i = expectedEnd;
                j = actualEnd;
                continue;
            }
            Difference difference = compareEvent(i, expected.get(i), actual.get(j));
            if (difference != null) {
                return difference;
            }
            i++;
            j++;
        }
        if (i < expected.size()) {
            return new Difference("events[" + i + "]", expected.get(i).toString(), "<end of history>");
        }
        if (j < actual.size()) {
            return new Difference("events[" + i + "]", "<end of history>", actual.get(j).toString());
        }
        return null;
    }

    private @Nullable Difference compareEvent(int index, ObjectNode expected, ObjectNode actual) {
        return matcher.compare("events[" + index + "]", List.of("events", index), expected, actual);
    }

    private @Nullable Difference compareBlock(List<ObjectNode> expected, int from, int to, List<ObjectNode> actual,
            int actualFrom, int actualTo) {
        List<ObjectNode> unmatched = new ArrayList<>(actual.subList(actualFrom, actualTo));
        for (int i = from; i < to; i++) {
            if (!matchAny(i, expected.get(i), unmatched)) {
                return new Difference("events[" + i + "]", expected.get(i).toString(),
                        "<no such event in the concurrent block at events[" + from + "]: "
                                + unmatched.size() + " unmatched>");
            }
        }
        if (!unmatched.isEmpty()) {
            return new Difference("events[" + to + "]", "<end of the concurrent block at events[" + from + "]>",
                    unmatched.get(0).toString());
        }
        return null;
    }

    private boolean matchAny(int index, ObjectNode expected, List<ObjectNode> unmatched) {
        for (int k = 0; k < unmatched.size(); k++) {
            Map<String, String> bindings = matcher.snapshot();
            if (compareEvent(index, expected, unmatched.get(k)) == null) {
                unmatched.remove(k);
                return true;
            }
            matcher.restore(bindings);
        }
        return false;
    }

    private static boolean startsBlock(ObjectNode event) {
        return BLOCK_STARTS.contains(event.path("type").asText());
    }

    /** Return the index after the event that closes the block opened at {@code start}. */
    private static int blockEnd(List<ObjectNode> events, int start) {
        int depth = 0;
        for (int k = start; k < events.size(); k++) {
            String type = events.get(k).path("type").asText();
            if (BLOCK_STARTS.contains(type)) {
                depth++;
            } else if (BLOCK_ENDS.contains(type) && --depth == 0) {
                return k + 1;
            }
        }
        return events.size();
    }
}
