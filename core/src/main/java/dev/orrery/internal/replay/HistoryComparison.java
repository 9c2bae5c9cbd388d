package dev.orrery.internal.replay;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.orrery.history.HistoryEvent;
import dev.orrery.internal.text.ReadableDuration;
import dev.orrery.replay.Divergence;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Compares a replayed history with the recorded one, event by event, and explains the first difference.
 *
 * <p>Compared per event: the type; a state's name and input when entered, its name, output and assigned variables
 * when exited; a task's resource, resource type and parameters when scheduled (a Lambda function's or activity's
 * input); the error and cause of failures and timeouts; the execution's input, output, error and cause; a Map
 * iteration's index and a Map's item count; an evaluation failure's error, cause, location and state. Ids,
 * timestamps, regions, credentials and ARNs made up per run are not. Between a {@code MapStateStarted} or
 * {@code ParallelStateStarted} and its end, AWS interleaves iterations and branches as they run: those events are
 * compared as a multiset (each recorded event must match one replayed event of the block). Outside them, the time a
 * Wait state waited and the time before a retry are compared too (see the five-argument constructor).
 */
public final class HistoryComparison {

    private static final Set<String> ENTERED = Set.of("name", "input");
    private static final Set<String> EXITED = Set.of("name", "output", "assignedVariables");
    private static final Set<String> SCHEDULED = Set.of("resource", "resourceType", "parameters", "input");
    private static final Set<String> FAILED = Set.of("error", "cause");
    private static final Set<String> EVALUATION_FAILED = Set.of("error", "cause", "location", "state");
    private static final Set<String> EXECUTION = Set.of("input", "output", "error", "cause");
    /** The fields AWS leaves out of a history fetched without execution data: unknown when absent. */
    private static final Set<String> EXECUTION_DATA = Set.of("input", "output", "parameters", "assignedVariables");
    private static final Set<String> BLOCK_STARTS = Set.of("MapStateStarted", "ParallelStateStarted");
    private static final Set<String> BLOCK_ENDS = Set.of("MapStateSucceeded", "MapStateFailed", "MapStateAborted",
            "ParallelStateSucceeded", "ParallelStateFailed", "ParallelStateAborted");
    private static final int TRAIL = 8;
    private static final Set<String> RETRIED = Set.of("TaskFailed", "TaskTimedOut", "TaskStartFailed",
            "TaskSubmitFailed", "LambdaFunctionFailed", "LambdaFunctionTimedOut", "LambdaFunctionStartFailed",
            "LambdaFunctionScheduleFailed", "ActivityFailed", "ActivityTimedOut", "ActivityScheduleFailed");

    private final List<HistoryEvent> expected;
    private final List<HistoryEvent> actual;
    private final boolean prefixOnly;
    private final String actualEnd;
    private final boolean waits;
    private final boolean retryWaits;
    private final Map<HistoryEvent, ObjectNode> projections = new IdentityHashMap<>();

    /** How far a replayed wait may differ from the recorded one: AWS's own delays between events. */
    static final Duration WAIT_TOLERANCE = Duration.ofSeconds(1);

    /**
     * Prepare a comparison.
     *
     * @param expected the recorded events
     * @param actual the replayed events
     * @param prefixOnly whether the replayed events are only the start of a run (it stopped): then they must match
     *     the start of the recording and an early end is no difference
     * @param actualEnd how the replayed run ended, for the explanation (e.g. {@code ended FAILED (error "X")}), or
     *     empty
     */
    public HistoryComparison(List<HistoryEvent> expected, List<HistoryEvent> actual, boolean prefixOnly,
            String actualEnd) {
        this(expected, actual, prefixOnly, actualEnd, true);
    }

    /**
     * Prepare a comparison that also compares waits: how long each Wait state waited and how long each retry waited
     * after the failure it retries, within {@link #WAIT_TOLERANCE} (or a thousandth of the recorded wait, when more).
     * Waits are compared only when the recording has timing (not all its events at one instant), and retry waits
     * only when {@code retryWaits} is set (not for a definition whose retriers add random jitter).
     *
     * @param retryWaits whether to compare the waits before retries
     */
    public HistoryComparison(List<HistoryEvent> expected, List<HistoryEvent> actual, boolean prefixOnly,
            String actualEnd, boolean retryWaits) {
        this.expected = expected;
        this.actual = actual;
        this.prefixOnly = prefixOnly;
        this.actualEnd = actualEnd;
        boolean timed = false;
        for (HistoryEvent event : expected) {
            timed |= !event.timestamp().equals(expected.get(0).timestamp());
        }
        this.waits = timed;
        this.retryWaits = timed && retryWaits;
    }

    /** Return the first divergence, or {@code null} when the histories match. */
    public @Nullable Divergence first() {
        int i = 0;
        int j = 0;
        while (i < expected.size() && j < actual.size()) {
            if (startsBlock(expected.get(i)) && startsBlock(actual.get(j))
                    && eventDifference(expected.get(i), actual.get(j)) == null) {
                int expectedEnd = blockEnd(expected, i);
                int actualEnd = blockEnd(actual, j);
                Divergence divergence = compareBlock(i, expectedEnd, j, actualEnd);
                if (divergence != null) {
                    return divergence;
                }
                i = expectedEnd;
                j = actualEnd;
                continue;
            }
            if (eventDifference(expected.get(i), actual.get(j)) != null) {
                return explain(i, j, expected.get(i), actual.get(j));
            }
            Divergence wait = compareWait(i, j);
            if (wait != null) {
                return wait;
            }
            i++;
            j++;
        }
        if (i < expected.size() && !prefixOnly) {
            return explain(i, j, expected.get(i), null);
        }
        if (j < actual.size()) {
            return explain(i, j, null, actual.get(j));
        }
        return null;
    }

    /** Compare the wait that ends at the matched events, when they end a Wait state or start a retry. */
    private @Nullable Divergence compareWait(int i, int j) {
        if (i == 0 || j == 0) {
            return null;
        }
        HistoryEvent e = expected.get(i);
        boolean waitState = waits && e.type().equals("WaitStateExited")
                && expected.get(i - 1).type().equals("WaitStateEntered")
                && actual.get(j - 1).type().equals("WaitStateEntered");
        boolean retry = retryWaits && e.type().endsWith("Scheduled") && RETRIED.contains(expected.get(i - 1).type())
                && RETRIED.contains(actual.get(j - 1).type());
        if (!waitState && !retry) {
            return null;
        }
        Duration recorded = Duration.between(expected.get(i - 1).timestamp(), e.timestamp());
        Duration replayed = Duration.between(actual.get(j - 1).timestamp(), actual.get(j).timestamp());
        Duration tolerance = recorded.dividedBy(1000).compareTo(WAIT_TOLERANCE) > 0 ? recorded.dividedBy(1000)
                : WAIT_TOLERANCE;
        if (recorded.minus(replayed).abs().compareTo(tolerance) <= 0) {
            return null;
        }
        String state = stateAt(i, waitState ? e : null);
        String what = waitState ? "waited" : "retried after";
        return new Divergence(Divergence.Kind.WAIT, state, i, waitState ? "wait" : "retry wait",
                ReadableDuration.format(recorded), ReadableDuration.format(replayed), "At state \"" + state
                + "\", event " + (i + 1) + " (" + e.type() + "): the recording " + what + " "
                + ReadableDuration.format(recorded) + " but the replay " + what + " "
                + ReadableDuration.format(replayed) + ".");
    }

    private @Nullable Divergence compareBlock(int from, int to, int actualFrom, int actualTo) {
        Map<String, List<Integer>> unmatched = new HashMap<>();
        for (int k = actualFrom; k < actualTo; k++) {
            unmatched.computeIfAbsent(key(actual.get(k)), x -> new ArrayList<>()).add(k);
        }
        boolean truncated = prefixOnly && actualTo == actual.size() && (actualTo == actualFrom
                || !BLOCK_ENDS.contains(actual.get(actualTo - 1).type()));
        List<Integer> missing = new ArrayList<>();
        for (int i = from; i < to; i++) {
            List<Integer> bucket = unmatched.getOrDefault(key(expected.get(i)), List.of());
            Integer found = null;
            for (Integer k : bucket) {
                if (eventDifference(expected.get(i), actual.get(k)) == null) {
                    found = k;
                    break;
                }
            }
            if (found != null) {
                bucket.remove(found);
            } else if (!truncated) {
                List<Integer> candidates = unmatched.getOrDefault(key(expected.get(i)), List.of());
                int near = candidates.isEmpty() ? firstLeft(unmatched, actualFrom, actualTo) : candidates.get(0);
                return explain(i, near, expected.get(i), near < 0 ? null : actual.get(near));
            } else {
                missing.add(i);
            }
        }
        int left = firstLeft(unmatched, actualFrom, actualTo);
        if (left >= 0) {
            int near = missing.isEmpty() ? to : missing.get(0);
            return explain(near, left, near < expected.size() ? expected.get(near) : null, actual.get(left));
        }
        return null;
    }

    private static int firstLeft(Map<String, List<Integer>> unmatched, int from, int to) {
        int first = -1;
        for (List<Integer> bucket : unmatched.values()) {
            for (Integer k : bucket) {
                if (k >= from && k < to && (first < 0 || k < first)) {
                    first = k;
                }
            }
        }
        return first;
    }

    private Divergence explain(int i, int j, @Nullable HistoryEvent e, @Nullable HistoryEvent a) {
        String instead = j >= 0 ? trail(j) : "";
        if (e != null && a != null && isEntered(e) && isEntered(a) && !name(e).equals(name(a))) {
            String before = lastExited(i);
            String where = before == null ? "At the start" : "After \"" + before + "\"";
            return new Divergence(Divergence.Kind.NEXT_STATE, before == null ? name(a) : before, i, "next state",
                    name(e), name(a), where + " the recording went to \"" + name(e) + "\" but the definition went to \""
                    + name(a) + "\" (event " + (i + 1) + ")." + instead);
        }
        String state = stateAt(i, e);
        String at = (state == null ? "In the execution" : "At state \"" + state + "\"") + ", event " + (i + 1);
        if (e != null && a != null && e.type().equals(a.type())) {
            Redacted.Difference difference = eventDifference(e, a);
            String field = difference == null ? e.type() : stripDetailsKey(difference.where());
            String expectedText = difference == null ? "" : text(difference.expected());
            String actualText = difference == null ? "" : text(difference.actual());
            return new Divergence(Divergence.Kind.EVENT, state, i, field, expectedText, actualText, at + " ("
                    + e.type() + "): " + field + " is " + expectedText + " in the recording but " + actualText
                    + " in the replay." + instead);
        }
        String expectedText = e == null ? "the end of the history" : describe(e);
        String actualText = a == null ? "the end of the history" : describe(a);
        return new Divergence(Divergence.Kind.EVENT, state, i, "event type", expectedText, actualText, at
                + ": the recording has " + expectedText + " but the replay has " + actualText + "." + instead);
    }

    /** Return what the replayed definition did from the event on: the states it entered and how it ended. */
    private String trail(int from) {
        List<String> names = new ArrayList<>();
        for (int k = from; k < actual.size() && names.size() <= TRAIL; k++) {
            if (isEntered(actual.get(k))) {
                names.add(name(actual.get(k)));
            }
        }
        if (names.isEmpty() && actualEnd.isEmpty()) {
            return "";
        }
        StringBuilder text = new StringBuilder(" The replay then ");
        if (!names.isEmpty()) {
            text.append("went: ").append(String.join(" -> ", names.subList(0, Math.min(TRAIL, names.size()))));
            if (names.size() > TRAIL) {
                text.append(" -> ...");
            }
            text.append(actualEnd.isEmpty() ? "" : " and ");
        }
        text.append(actualEnd).append('.');
        return text.toString();
    }

    /** Return the state the execution was in before the recorded event (the innermost entered, not exited). */
    private @Nullable String stateAt(int index, @Nullable HistoryEvent event) {
        if (event != null && (isEntered(event) || event.type().endsWith("StateExited"))) {
            return name(event);
        }
        List<String> open = new ArrayList<>();
        for (int k = 0; k < Math.min(index, expected.size()); k++) {
            HistoryEvent previous = expected.get(k);
            if (isEntered(previous)) {
                open.add(name(previous));
            } else if (previous.type().endsWith("StateExited")) {
                int at = open.lastIndexOf(name(previous));
                if (at >= 0) {
                    open.remove(at);
                }
            }
        }
        if (!open.isEmpty()) {
            return open.get(open.size() - 1);
        }
        return lastExited(index);
    }

    private @Nullable String lastExited(int index) {
        for (int k = Math.min(index, expected.size()) - 1; k >= 0; k--) {
            if (expected.get(k).type().endsWith("StateExited")) {
                return name(expected.get(k));
            }
        }
        return null;
    }

    /** Return the first difference between two events in the compared fields, or {@code null}. */
    private Redacted.@Nullable Difference eventDifference(HistoryEvent e, HistoryEvent a) {
        if (!e.type().equals(a.type())) {
            return new Redacted.Difference("type", JsonNodeFactory.instance.textNode(e.type()),
                    JsonNodeFactory.instance.textNode(a.type()));
        }
        ObjectNode left = projection(e);
        ObjectNode right = projection(a);
        for (String data : EXECUTION_DATA) {
            if (!left.has(data) && right.has(data)) {
                right = right.deepCopy();
                right.remove(data);
            }
        }
        Redacted.Difference difference = Redacted.firstDifference("", left, right);
        if (difference != null && difference.where().equals("cause") && sameJson(left.get("cause"),
                right.get("cause"))) {
            ObjectNode leftRest = left.deepCopy();
            ObjectNode rightRest = right.deepCopy();
            leftRest.remove("cause");
            rightRest.remove("cause");
            return Redacted.firstDifference("", leftRest, rightRest);
        }
        return difference;
    }

    /** Return the event's compared fields, projected once per event. */
    private ObjectNode projection(HistoryEvent event) {
        return projections.computeIfAbsent(event, HistoryComparison::projected);
    }

    private static boolean sameJson(@Nullable JsonNode e, @Nullable JsonNode a) {
        if (e == null || a == null || !e.isTextual() || !a.isTextual()) {
            return false;
        }
        JsonNode left = HistoryReader.decode(e.asText());
        JsonNode right = HistoryReader.decode(a.asText());
        return left.isContainerNode() && Redacted.matches(left, right);
    }

    /** Reduce an event's details to the compared fields. */
    static ObjectNode projected(HistoryEvent event) {
        ObjectNode kept = JsonNodeFactory.instance.objectNode();
        ObjectNode details = event.details();
        String key = event.detailsKey();
        if (details == null || key == null) {
            return kept;
        }
        for (Map.Entry<String, JsonNode> field : details.properties()) {
            if (compared(event.type(), key, field.getKey())) {
                kept.set(field.getKey(), field.getValue());
            }
        }
        return kept;
    }

    private static boolean compared(String type, String key, String field) {
        return switch (key) {
            case "stateEnteredEventDetails" -> ENTERED.contains(field);
            case "stateExitedEventDetails" -> EXITED.contains(field);
            case "taskScheduledEventDetails", "lambdaFunctionScheduledEventDetails",
                    "activityScheduledEventDetails" -> SCHEDULED.contains(field);
            case "evaluationFailedEventDetails" -> EVALUATION_FAILED.contains(field);
            case "mapStateStartedEventDetails" -> field.equals("length");
            default -> key.startsWith("execution") ? EXECUTION.contains(field)
                    : key.startsWith("mapIterat") ? field.equals("index")
                    : (type.endsWith("Failed") || type.endsWith("TimedOut")) && FAILED.contains(field);
        };
    }

    /** Return a short description of an event: its type and what identifies it. */
    static String describe(HistoryEvent event) {
        if (isEntered(event) || event.type().endsWith("StateExited")) {
            return event.type() + " \"" + name(event) + "\"";
        }
        JsonNode error = event.detail("error");
        if (error != null && !error.isNull()) {
            JsonNode cause = event.detail("cause");
            return event.type() + " (error \"" + error.asText() + "\"" + (cause == null || cause.isNull() ? ""
                    : ", cause " + shortText(cause.asText())) + ")";
        }
        JsonNode resource = event.detail("resource");
        if (resource != null && event.type().endsWith("Scheduled")) {
            return event.type() + " (resource " + resource.asText() + ")";
        }
        JsonNode index = event.detail("index");
        if (index != null) {
            return event.type() + " (index " + index.asText() + ")";
        }
        return event.type();
    }

    private static String stripDetailsKey(String where) {
        return where.isEmpty() ? "details" : where;
    }

    static String text(@Nullable JsonNode value) {
        if (value == null || value.isMissingNode()) {
            return "absent";
        }
        return shortText(value.toString());
    }

    private static String shortText(String text) {
        return text.length() > 300 ? text.substring(0, 297) + "..." : text;
    }

    private static boolean isEntered(HistoryEvent event) {
        return event.type().endsWith("StateEntered");
    }

    private static String name(HistoryEvent event) {
        JsonNode name = event.detail("name");
        return name == null ? "?" : name.asText();
    }

    private static String key(HistoryEvent event) {
        return isEntered(event) || event.type().endsWith("StateExited") ? event.type() + "/" + name(event)
                : event.type();
    }

    private static boolean startsBlock(HistoryEvent event) {
        return BLOCK_STARTS.contains(event.type());
    }

    private static int blockEnd(List<HistoryEvent> events, int start) {
        int depth = 0;
        for (int k = start; k < events.size(); k++) {
            String type = events.get(k).type();
            if (BLOCK_STARTS.contains(type)) {
                depth++;
            } else if (BLOCK_ENDS.contains(type) && --depth == 0) {
                return k + 1;
            }
        }
        return events.size();
    }
}
