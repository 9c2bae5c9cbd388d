package dev.orrery.mock;

import dev.orrery.spi.TaskIntegration;
import dev.orrery.spi.TaskOutcome;
import dev.orrery.spi.TaskRequest;
import java.util.List;
import java.util.NavigableMap;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * The answers of one mock, chosen by the state's 0-based call number ({@link TaskRequest#invocation()}).
 *
 * <p>Fluent sequences repeat their last answer (Mockito's stubbing); Step Functions Local sequences cover explicit
 * call ranges and fail a call outside them with {@code States.Runtime}.
 */
final class ResponseSequence {

    private final NavigableMap<Integer, Entry> byFirstCall;
    private final boolean repeatLast;
    private final String name;

    // the entries in the order of their first call, searched per call without boxing the call number
    private final Entry[] entries;

    private ResponseSequence(String name, NavigableMap<Integer, Entry> byFirstCall, boolean repeatLast) {
        this.name = name;
        this.byFirstCall = byFirstCall;
        this.repeatLast = repeatLast;
        this.entries = byFirstCall.values().toArray(new Entry[0]);
    }

    /** A call range {@code [first, last]} answered by one answer. */
    record Entry(int first, int last, TaskIntegration answer) {}

    static ResponseSequence repeatingLast(List<TaskIntegration> answers) {
        NavigableMap<Integer, Entry> map = new TreeMap<>();
        for (int i = 0; i < answers.size(); i++) {
            map.put(i, new Entry(i, i, answers.get(i)));
        }
        return new ResponseSequence("", map, true);
    }

    static ResponseSequence ofRanges(String name, List<Entry> entries) {
        NavigableMap<Integer, Entry> map = new TreeMap<>();
        entries.forEach(entry -> map.put(entry.first(), entry));
        return new ResponseSequence(name, map, false);
    }

    /** Return the answer that answers the request, or {@code null} when no entry covers its call. */
    @Nullable TaskIntegration answerFor(TaskRequest request) {
        int call = request.invocation();
        Entry floor = floor(call);
        if (floor != null && call <= floor.last()) {
            return floor.answer();
        }
        return repeatLast && entries.length > 0 ? entries[entries.length - 1].answer() : null;
    }

    /** Return the entry with the greatest first call at or before the call, or {@code null}. */
    private @Nullable Entry floor(int call) {
        int low = 0;
        int high = entries.length - 1;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            if (entries[middle].first() <= call) {
                low = middle + 1;
            } else {
                high = middle - 1;
            }
        }
        return high < 0 ? null : entries[high];
    }

    TaskOutcome respond(TaskRequest request) {
        TaskIntegration answer = answerFor(request);
        if (answer != null) {
            return answer.invoke(request);
        }
        int call = request.invocation();
        return TaskOutcome.failure("States.Runtime", "No mocked response for call #" + call + " (0-based) of state '"
                + request.stateName() + "' in mocked response '" + name + "': it covers calls "
                + byFirstCall.values().stream().map(e -> e.first() == e.last() ? "" + e.first()
                        : e.first() + "-" + e.last()).toList());
    }
}
