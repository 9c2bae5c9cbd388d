package dev.orrery.mock;

import dev.orrery.spi.TaskOutcome;
import java.util.List;
import java.util.NavigableMap;
import java.util.TreeMap;

/** The responses of one state, indexed by 0-based call number. */
final class ResponseSequence {

    private final NavigableMap<Integer, Entry> byFirstCall;
    private final boolean repeatLast;
    private final String stateName;

    private ResponseSequence(String stateName, NavigableMap<Integer, Entry> byFirstCall, boolean repeatLast) {
        this.stateName = stateName;
        this.byFirstCall = byFirstCall;
        this.repeatLast = repeatLast;
    }

    /** A call range {@code [first, last]} answered by one outcome. */
    record Entry(int first, int last, TaskOutcome outcome) {}

    static ResponseSequence repeatingLast(List<TaskOutcome> outcomes) {
        NavigableMap<Integer, Entry> map = new TreeMap<>();
        for (int i = 0; i < outcomes.size(); i++) {
            map.put(i, new Entry(i, i, outcomes.get(i)));
        }
        return new ResponseSequence("", map, true);
    }

    static ResponseSequence ofRanges(String stateName, List<Entry> entries) {
        NavigableMap<Integer, Entry> map = new TreeMap<>();
        entries.forEach(entry -> map.put(entry.first(), entry));
        return new ResponseSequence(stateName, map, false);
    }

    TaskOutcome responseFor(int call) {
        var floor = byFirstCall.floorEntry(call);
        if (floor != null && call <= floor.getValue().last()) {
            return floor.getValue().outcome();
        }
        if (repeatLast && !byFirstCall.isEmpty()) {
            return byFirstCall.lastEntry().getValue().outcome();
        }
        return TaskOutcome.failure(
                "States.Runtime",
                "No mocked response for call #" + call + " (0-based) of state '" + stateName
                        + "': the mocked responses cover calls " + byFirstCall.keySet());
    }
}
