package dev.orrery.internal.replay;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.orrery.history.HistoryEvent;
import dev.orrery.replay.HistoryFormatException;
import dev.orrery.spi.TaskOutcome;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Derives from a history, per Task state and call, what the outside world answered: each {@code TaskScheduled},
 * {@code LambdaFunctionScheduled} or {@code ActivityScheduled} opens a call, and the events that follow from it
 * through {@code previousEventId} (started, submitted, succeeded, failed, timed out) close it. Concurrent calls (Map
 * iterations, Parallel branches) are told apart by those links, and the call's state by the {@code TaskStateEntered}
 * it follows from.
 *
 * <p>The answer keeps the recorded timing as virtual latency: from the scheduling to the result, or for callbacks and
 * {@code .sync} jobs from the submission to the result. A call Step Functions timed out never answers (the replay's
 * own timeout ends it). Histories hold no heartbeat events: a call that lived longer than its
 * {@code heartbeatInSeconds} without a heartbeat timeout sent heartbeats, so the answer sends one every half of it;
 * a call timed out before its {@code timeoutInSeconds} missed a heartbeat, so its heartbeats stop one
 * {@code heartbeatInSeconds} before it timed out.
 */
public final class RecordedCalls {

    /** How far a walk back along {@code previousEventId} goes before the reader gives up on the links. */
    private static final int WALK_LIMIT = 2_000;

    private static final Set<String> OPENERS = Set.of("TaskScheduled", "LambdaFunctionScheduled",
            "ActivityScheduled");
    private static final Set<String> STANDALONE = Set.of("LambdaFunctionScheduleFailed", "ActivityScheduleFailed");
    private static final Set<String> TERMINALS = Set.of("TaskSucceeded", "TaskFailed", "TaskTimedOut",
            "TaskStartFailed", "TaskSubmitFailed", "LambdaFunctionSucceeded", "LambdaFunctionFailed",
            "LambdaFunctionTimedOut", "LambdaFunctionStartFailed", "ActivitySucceeded", "ActivityFailed",
            "ActivityTimedOut");
    private static final Set<String> PROGRESS = Set.of("TaskStarted", "TaskSubmitted", "LambdaFunctionStarted",
            "ActivityStarted");

    private RecordedCalls() {}

    /** The recorded calls, per state name in call order. */
    public record Calls(Map<String, List<AnsweredCall>> byState, List<String> activityArns) {}

    /**
     * Derive the calls of the history.
     *
     * @throws HistoryFormatException when an event answers no call
     */
    public static Calls of(String source, List<HistoryEvent> events) {
        Map<Long, HistoryEvent> byId = new HashMap<>();
        Map<Long, Open> attributed = new HashMap<>();
        List<Open> calls = new ArrayList<>();
        List<String> activities = new ArrayList<>();
        for (HistoryEvent event : events) {
            byId.put(event.id(), event);
            String type = event.type();
            if (OPENERS.contains(type) || STANDALONE.contains(type)) {
                Open call = new Open(family(type), event, stateOf(event, byId));
                calls.add(call);
                attributed.put(event.id(), call);
                if (STANDALONE.contains(type)) {
                    call.end = event;
                }
                JsonNode resource = event.detail("resource");
                if (type.startsWith("Activity") && resource != null && resource.isTextual()
                        && !activities.contains(resource.asText())) {
                    activities.add(resource.asText());
                }
            } else if (TERMINALS.contains(type) || PROGRESS.contains(type)) {
                Open call = callOf(event, byId, attributed, calls);
                if (call == null) {
                    throw new HistoryFormatException(source + " (event " + event.id() + "): " + type + " follows "
                            + "from no scheduled task call (no " + family(type) + "Scheduled event before it "
                            + "waits for an answer)");
                }
                attributed.put(event.id(), call);
                if (type.endsWith("Started")) {
                    call.started = event;
                } else if (type.equals("TaskSubmitted")) {
                    call.submitted = event;
                } else {
                    call.end = event;
                }
            }
        }
        Map<String, List<AnsweredCall>> byState = new LinkedHashMap<>();
        for (Open call : calls) {
            byState.computeIfAbsent(call.state, s -> new ArrayList<>()).add(call.answered());
        }
        return new Calls(byState, activities);
    }

    private static @Nullable Open callOf(HistoryEvent event, Map<Long, HistoryEvent> byId, Map<Long, Open> attributed,
            List<Open> calls) {
        String family = family(event.type());
        long id = event.previousEventId();
        for (int step = 0; id > 0 && step < WALK_LIMIT; step++) {
            Open call = attributed.get(id);
            if (call != null && call.family.equals(family) && call.accepts(event.type())) {
                return call;
            }
            HistoryEvent previous = byId.get(id);
            id = previous == null ? 0 : previous.previousEventId();
        }
        for (Open call : calls) {
            if (call.family.equals(family) && call.accepts(event.type())) {
                return call;
            }
        }
        return null;
    }

    private static String stateOf(HistoryEvent scheduled, Map<Long, HistoryEvent> byId) {
        long id = scheduled.previousEventId();
        for (int step = 0; id > 0 && step < WALK_LIMIT; step++) {
            HistoryEvent previous = byId.get(id);
            if (previous == null) {
                break;
            }
            if (previous.type().equals("TaskStateEntered")) {
                JsonNode name = previous.detail("name");
                return name == null ? "" : name.asText();
            }
            id = previous.previousEventId();
        }
        HistoryEvent latest = null;
        for (HistoryEvent candidate : byId.values()) {
            if (candidate.type().equals("TaskStateEntered") && (latest == null || candidate.id() > latest.id())) {
                latest = candidate;
            }
        }
        JsonNode name = latest == null ? null : latest.detail("name");
        return name == null ? "" : name.asText();
    }

    private static String family(String type) {
        if (type.startsWith("LambdaFunction")) {
            return "LambdaFunction";
        }
        return type.startsWith("Activity") ? "Activity" : "Task";
    }

    /** A call being read: its events so far. */
    private static final class Open {
        final String family;
        final HistoryEvent scheduled;
        final String state;
        @Nullable HistoryEvent started;
        @Nullable HistoryEvent submitted;
        @Nullable HistoryEvent end;

        Open(String family, HistoryEvent scheduled, String state) {
            this.family = family;
            this.scheduled = scheduled;
            this.state = state;
        }

        boolean accepts(String type) {
            if (end != null) {
                return false;
            }
            if (type.endsWith("Started")) {
                return started == null && submitted == null;
            }
            if (type.equals("TaskSubmitted")) {
                return submitted == null;
            }
            return true;
        }

        AnsweredCall answered() {
            JsonNode request = scheduled.detail(family.equals("Task") ? "parameters" : "input");
            JsonNode resource = scheduled.detail("resource");
            Instant from = submitted != null ? submitted.timestamp() : scheduled.timestamp();
            TaskOutcome answer = answer(from);
            if (submitted != null) {
                JsonNode output = submitted.detail("output");
                answer = new TaskOutcome.Callback(output == null ? Redaction.unknown() : output, answer);
            }
            return new AnsweredCall(state, resource == null ? "" : resource.asText(), request, answer,
                    end == null ? "no answer before the execution ended" : end.type(), scheduled.id());
        }

        private TaskOutcome answer(Instant from) {
            if (end == null) {
                return TaskOutcome.NoResponse.silent();
            }
            Duration latency = nonNegative(Duration.between(from, end.timestamp()));
            String type = end.type();
            if (type.endsWith("Succeeded")) {
                JsonNode output = end.detail("output");
                return new TaskOutcome.Success(output == null ? Redaction.unknown() : output, latency,
                        heartbeats(latency, false));
            }
            if (type.endsWith("TimedOut")) {
                return new TaskOutcome.NoResponse(heartbeats(latency, missedHeartbeat(latency)));
            }
            JsonNode error = end.detail("error");
            JsonNode cause = end.detail("cause");
            return new TaskOutcome.Failure(error == null || error.isNull() ? "" : error.asText(),
                    cause == null || cause.isNull() ? null : cause.isTextual() ? cause.asText() : cause.toString(),
                    latency, heartbeats(latency, false));
        }

        private boolean missedHeartbeat(Duration waited) {
            Long timeout = seconds("timeoutInSeconds");
            return seconds("heartbeatInSeconds") != null
                    && (timeout == null || waited.compareTo(Duration.ofSeconds(timeout)) < 0);
        }

        /** Return the heartbeats a call that waited so long must have sent. */
        private List<Duration> heartbeats(Duration waited, boolean missedLast) {
            Long heartbeat = seconds("heartbeatInSeconds");
            if (heartbeat == null || heartbeat <= 0) {
                return List.of();
            }
            Duration every = Duration.ofSeconds(heartbeat).dividedBy(2);
            Duration until = missedLast ? waited.minusSeconds(heartbeat) : waited;
            List<Duration> beats = new ArrayList<>();
            for (Duration at = every; at.compareTo(until) < 0 && beats.size() < 100_000; at = at.plus(every)) {
                beats.add(at);
            }
            if (missedLast && !until.isNegative() && !until.isZero()) {
                beats.add(until);
            }
            return beats;
        }

        private @Nullable Long seconds(String field) {
            JsonNode value = scheduled.detail(field);
            return value != null && value.canConvertToLong() ? value.asLong() : null;
        }

        private static Duration nonNegative(Duration duration) {
            return duration.isNegative() ? Duration.ZERO : duration;
        }
    }

    /** What a recording leaves unknown. */
    static final class Redaction {
        private Redaction() {}

        static JsonNode unknown() {
            return JsonNodeFactory.instance.textNode(Redacted.PLACEHOLDER);
        }
    }
}
