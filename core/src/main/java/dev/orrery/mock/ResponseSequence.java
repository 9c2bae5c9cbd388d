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

    private ResponseSequence(String name, NavigableMap<Integer, Entry> byFirstCall, boolean repeatLast) {
        this.name = name;
        this.byFirstCall = byFirstCall;
        this.repeatLast = repeatLast;
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
        var floor = byFirstCall.floorEntry(call);
        if (floor != null && call <= floor.getValue().last()) {
            return floor.getValue().answer();
        }
        return repeatLast && !byFirstCall.isEmpty() ? byFirstCall.lastEntry().getValue().answer() : null;
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
