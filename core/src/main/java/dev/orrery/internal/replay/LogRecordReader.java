package dev.orrery.internal.replay;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.orrery.history.HistoryEvent;
import dev.orrery.internal.json.StrictJson;
import dev.orrery.internal.text.ClosestNames;
import dev.orrery.replay.HistoryFormatException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * Reads the records Step Functions writes to CloudWatch Logs when a state machine logs its executions (the only
 * history an Express workflow has). One record per history event:
 * {@code {"id": "3", "type": "TaskScheduled", "details": {...}, "previous_event_id": "2",
 * "event_timestamp": "1713959670680", "execution_arn": "arn:...", "redrive_count": "0"}}: ids and times as strings
 * (times in epoch milliseconds), the event's details under {@code details} with {@code input} and {@code output}
 * JSON-encoded and {@code inputDetails}/{@code outputDetails} telling whether they were {@code truncated}.
 *
 * <p>Accepted: records as JSON lines, a JSON array of them, and the output of {@code aws logs filter-log-events} or
 * {@code get-log-events} ({@code {"events": [{"timestamp": ..., "message": "<record>"}]}}), pages one after another.
 * Records may come in any order and of several executions; one is chosen by its ARN.
 *
 * <p>The log level decides which events are there: at {@code ALL} every event (the history is whole and checked as
 * a {@code GetExecutionHistory} one); at {@code ERROR} and {@code FATAL} only failures (the table of the developer
 * guide's "Log levels" page), so the recording is partial: no {@code ExecutionStarted}, no states entered, no
 * successful task calls. With {@code includeExecutionData} false the records have no {@code input} and
 * {@code output}: those are unknown, as in a history fetched without execution data.
 */
public final class LogRecordReader {

    /** The event types logged at level {@code FATAL}. */
    static final Set<String> FATAL = Set.of("ExecutionAborted", "ExecutionFailed", "ExecutionTimedOut");

    /** The event types logged at level {@code ERROR}. */
    static final Set<String> ERROR = Set.of("ExecutionAborted", "ExecutionFailed", "ExecutionTimedOut",
            "FailStateEntered", "LambdaFunctionFailed", "LambdaFunctionScheduleFailed", "LambdaFunctionStartFailed",
            "LambdaFunctionTimedOut", "MapIterationAborted", "MapIterationFailed", "MapStateAborted", "MapStateFailed",
            "ParallelStateAborted", "ParallelStateFailed", "TaskFailed", "TaskStartFailed", "TaskStateAborted",
            "TaskSubmitFailed", "TaskTimedOut", "WaitStateAborted");

    /** Detail fields AWS logs as strings that the history gives as numbers. */
    private static final Set<String> NUMBERS = Set.of("timeoutInSeconds", "heartbeatInSeconds", "index", "length");

    private LogRecordReader() {}

    /**
     * The events of one execution read from its log records.
     *
     * @param events the events, sorted by id
     * @param executionArn the execution's ARN, from the records
     * @param complete whether every event is there (level {@code ALL}); otherwise only failures are
     * @param loggedTypes the event types the records' log level keeps, when not complete; empty when complete
     * @param missing what the recording lacks, in words, or {@code null} when it lacks nothing
     */
    public record Records(List<HistoryEvent> events, String executionArn, boolean complete, Set<String> loggedTypes,
            @Nullable String missing) {}

    /** Return whether the sources hold CloudWatch Logs records rather than an execution history. */
    public static boolean recognises(List<HistoryReader.Source> sources) {
        for (HistoryReader.Source source : sources) {
            List<JsonNode> values = source.values();
            if (!values.isEmpty()) {
                JsonNode first = values.get(0);
                return isRecord(first) || first.isArray() && !first.isEmpty() && isRecord(first.get(0))
                        || isLogEvents(first);
            }
        }
        return false;
    }

    private static boolean isRecord(JsonNode value) {
        return value.isObject() && (value.has("execution_arn") || value.has("event_timestamp")
                || value.has("previous_event_id"));
    }

    private static boolean isLogEvents(JsonNode value) {
        if (!value.isObject() || !value.path("events").isArray()) {
            return false;
        }
        JsonNode events = value.get("events");
        if (events.isEmpty()) {
            return value.has("searchedLogStreams") || value.has("nextForwardToken");
        }
        JsonNode first = events.get(0);
        return first.isObject() && first.has("message") && !first.has("type");
    }

    /**
     * Read the records of the sources and return the events of one execution.
     *
     * @param executionArn the execution to read, or {@code null} when the records are of one execution
     * @throws HistoryFormatException with the source and place of the first problem
     */
    public static Records read(List<HistoryReader.Source> sources, @Nullable String executionArn) {
        List<Located> records = new ArrayList<>();
        for (HistoryReader.Source source : sources) {
            collect(source, records);
        }
        String names = String.join(", ", sources.stream().map(HistoryReader.Source::name).toList());
        if (records.isEmpty()) {
            throw new HistoryFormatException(names + ": no Step Functions log records; the log stream is empty, "
                    + "or the state machine logs at level OFF");
        }
        Map<String, List<Located>> byExecution = new LinkedHashMap<>();
        for (Located record : records) {
            byExecution.computeIfAbsent(record.executionArn, a -> new ArrayList<>()).add(record);
        }
        List<Located> chosen;
        if (executionArn != null) {
            chosen = byExecution.get(executionArn);
            if (chosen == null) {
                throw new HistoryFormatException(names + ": no records of execution " + executionArn
                        + "; the records are of " + executions(byExecution));
            }
        } else if (byExecution.size() > 1) {
            throw new HistoryFormatException(names + ": the records are of " + byExecution.size()
                    + " executions: " + executions(byExecution) + "; choose one by its ARN (--execution ARN)");
        } else {
            chosen = byExecution.values().iterator().next();
        }
        Set<Long> redrives = new TreeSet<>();
        chosen.forEach(r -> redrives.add(r.redriveCount));
        if (redrives.size() > 1) {
            throw new HistoryFormatException(names + ": the records are of " + redrives.size() + " runs of the "
                    + "execution (redrive_count " + redrives + "); replay reads one run from its start to its end, "
                    + "without redrives");
        }
        chosen.sort(Comparator.comparingLong((Located r) -> r.event.id()));
        boolean complete = chosen.stream().anyMatch(r -> r.event.type().equals("ExecutionStarted"));
        String arn = chosen.get(0).executionArn;
        if (complete) {
            List<HistoryReader.Located> located = new ArrayList<>();
            for (Located record : chosen) {
                located.add(new HistoryReader.Located(record.file, record.pointer, record.event));
            }
            List<HistoryEvent> events = HistoryReader.check(located);
            JsonNode input = events.get(0).detail("input");
            JsonNode inputDetails = events.get(0).detail("inputDetails");
            boolean withoutData = input == null && (inputDetails == null || !truncated(inputDetails));
            return new Records(events, arn, true, Set.of(), withoutData ? "the records carry no execution data "
                    + "(the state machine logs with includeExecutionData false), so the input, the task results "
                    + "and the states' inputs and outputs are unknown" : null);
        }
        Map<Long, Located> byId = new HashMap<>();
        Set<String> types = new LinkedHashSet<>();
        List<HistoryEvent> events = new ArrayList<>();
        for (Located record : chosen) {
            Located twice = byId.putIfAbsent(record.event.id(), record);
            if (twice != null) {
                throw new HistoryFormatException(record.place() + ": event id " + record.event.id() + " appears "
                        + "twice (also at " + twice.place() + "); was a record given twice?");
            }
            if (record.event.previousEventId() >= record.event.id()) {
                throw new HistoryFormatException(record.place() + "/previous_event_id: event " + record.event.id()
                        + " follows from event " + record.event.previousEventId() + ", which is not an earlier "
                        + "event");
            }
            types.add(record.event.type());
            events.add(record.event);
        }
        boolean fatal = FATAL.containsAll(types);
        Set<String> logged = new LinkedHashSet<>(fatal ? FATAL : ERROR);
        logged.addAll(types);
        String level = fatal ? "FATAL" : "ERROR";
        return new Records(events, arn, false, Set.copyOf(logged), "the records were logged at level " + level
                + ", which keeps only " + (fatal ? "the failure of the execution" : "failures")
                + ": they have no ExecutionStarted (the input is unknown), no states "
                + "entered or exited and no successful task calls (no TaskScheduled, TaskSucceeded or "
                + "LambdaFunctionSucceeded); log at level ALL to record what the execution did");
    }

    private static String executions(Map<String, List<Located>> byExecution) {
        List<String> list = new ArrayList<>();
        byExecution.forEach((arn, records) -> list.add(arn + " (" + records.size() + " records)"));
        return String.join(", ", list);
    }

    private static void collect(HistoryReader.Source source, List<Located> into) {
        List<JsonNode> values = source.values();
        List<Integer> lines = lines(source.text(), values.size());
        for (int v = 0; v < values.size(); v++) {
            String file = lines == null || values.size() == 1 ? source.name() : source.name() + ":" + lines.get(v);
            String pointer = lines != null || values.size() == 1 ? "" : "(value " + (v + 1) + ")";
            JsonNode value = values.get(v);
            if (isLogEvents(value)) {
                JsonNode events = value.get("events");
                for (int i = 0; i < events.size(); i++) {
                    into.add(fromMessage(file, pointer + "/events/" + i, events.get(i)));
                }
            } else if (value.isArray()) {
                for (int i = 0; i < value.size(); i++) {
                    into.add(record(file, pointer + "/" + i, value.get(i)));
                }
            } else if (value.isObject() && value.has("events")) {
                throw new HistoryFormatException(HistoryReader.at(file, pointer) + ": an execution history "
                        + "(GetExecutionHistory) among CloudWatch Logs records; give one kind per replay");
            } else {
                into.add(record(file, pointer, value));
            }
        }
    }

    /** Return the line each value starts on when the text has one value per line (JSON lines), else null. */
    private static @Nullable List<Integer> lines(String text, int count) {
        List<Integer> lines = new ArrayList<>();
        String[] split = text.split("\r?\n", -1);
        for (int n = 0; n < split.length; n++) {
            String line = split[n].strip();
            if (line.isEmpty()) {
                continue;
            }
            if (!line.startsWith("{") || !line.endsWith("}")) {
                return null;
            }
            lines.add(n + 1);
        }
        return lines.size() == count ? lines : null;
    }

    private static Located fromMessage(String file, String pointer, JsonNode logEvent) {
        JsonNode message = logEvent.get("message");
        if (!logEvent.isObject() || message == null || !message.isTextual()) {
            throw new HistoryFormatException(HistoryReader.at(file, pointer + "/message") + ": expected a log "
                    + "event whose \"message\" is a Step Functions log record (a JSON text) but found "
                    + HistoryReader.kind(message));
        }
        JsonNode record;
        try {
            record = StrictJson.read(message.asText());
        } catch (JsonProcessingException e) {
            throw new HistoryFormatException(HistoryReader.at(file, pointer + "/message") + ": the log message is "
                    + "not a Step Functions log record: not JSON" + (e.getLocation() == null ? ""
                    : " at column " + e.getLocation().getColumnNr()) + ": " + e.getOriginalMessage());
        }
        return record(file, pointer + "/message", record);
    }

    private static Located record(String file, String pointer, JsonNode json) {
        if (!isRecord(json)) {
            throw new HistoryFormatException(HistoryReader.at(file, pointer) + ": expected a Step Functions log "
                    + "record (an object with \"id\", \"type\", \"details\", \"previous_event_id\", "
                    + "\"event_timestamp\" and \"execution_arn\") but found " + HistoryReader.kind(json));
        }
        long id = number(file, pointer + "/id", json.get("id"), true);
        long previous = json.has("previous_event_id")
                ? number(file, pointer + "/previous_event_id", json.get("previous_event_id"), false) : 0;
        JsonNode typeNode = json.get("type");
        if (typeNode == null || !typeNode.isTextual()) {
            throw new HistoryFormatException(HistoryReader.at(file, pointer + "/type") + ": expected the event "
                    + "type as a string (e.g. \"TaskStateEntered\") but found " + HistoryReader.kind(typeNode));
        }
        String type = typeNode.asText();
        if (!HistoryReader.TYPES.contains(type)) {
            throw new HistoryFormatException(HistoryReader.at(file, pointer + "/type") + ": \"" + type + "\" is not "
                    + "a Step Functions history event type" + ClosestNames.didYouMean(type, HistoryReader.TYPES));
        }
        JsonNode millis = json.get("event_timestamp");
        if (millis == null || !(millis.isIntegralNumber() || millis.isTextual() && millis.asText().matches("[0-9]{1,15}"))
                || millis.asLong() < 0) {
            throw new HistoryFormatException(HistoryReader.at(file, pointer + "/event_timestamp") + ": expected the "
                    + "event's time in epoch milliseconds (\"1713959670680\") but found " + HistoryReader.kind(millis));
        }
        JsonNode arn = json.get("execution_arn");
        if (arn == null || !arn.isTextual() || arn.asText().isBlank()) {
            throw new HistoryFormatException(HistoryReader.at(file, pointer + "/execution_arn") + ": expected the "
                    + "ARN of the execution the record belongs to but found " + HistoryReader.kind(arn));
        }
        long redrives = json.has("redrive_count")
                ? number(file, pointer + "/redrive_count", json.get("redrive_count"), false) : 0;
        JsonNode details = json.get("details");
        if (details != null && !details.isObject() && !details.isNull()) {
            throw new HistoryFormatException(HistoryReader.at(file, pointer + "/details") + ": expected the "
                    + "event's details as an object but found " + HistoryReader.kind(details));
        }
        ObjectNode converted = details == null || details.isNull() ? null : details((ObjectNode) details);
        HistoryEvent event = new HistoryEvent(id, previous, Instant.ofEpochMilli(millis.asLong()), type,
                converted == null ? null : HistoryReader.detailsKey(type), converted);
        return new Located(file, pointer, event, arn.asText(), redrives);
    }

    /** Return the details as the history has them: payloads decoded (unknown when truncated), numbers as numbers. */
    private static ObjectNode details(ObjectNode details) {
        ObjectNode copy = HistoryReader.decoded(details);
        for (String payload : List.of("input", "output")) {
            JsonNode about = details.get(payload + "Details");
            if (copy.has(payload) && about != null && truncated(about)) {
                copy.put(payload, Redacted.PLACEHOLDER);
            }
        }
        for (String field : NUMBERS) {
            JsonNode value = copy.get(field);
            if (value != null && value.isTextual() && value.asText().matches("[0-9]{1,15}")) {
                copy.put(field, Long.parseLong(value.asText()));
            }
        }
        return copy;
    }

    private static boolean truncated(JsonNode about) {
        JsonNode truncated = about.get("truncated");
        return truncated != null && (truncated.isBoolean() && truncated.asBoolean()
                || truncated.isTextual() && truncated.asText().equals("true"));
    }

    private static long number(String file, String pointer, JsonNode value, boolean positive) {
        boolean whole = value != null && (value.isIntegralNumber() && value.canConvertToLong()
                || value.isTextual() && value.asText().matches("[0-9]{1,18}"));
        long number = whole ? value.asLong() : -1;
        if (number < 0 || positive && number == 0) {
            throw new HistoryFormatException(HistoryReader.at(file, pointer) + ": expected " + (positive
                    ? "a positive" : "a") + " whole number (AWS logs it as a string, \"3\") but found "
                    + HistoryReader.kind(value));
        }
        return number;
    }

    /** A record read: its event, where it was read, and its execution. */
    private record Located(String file, String pointer, HistoryEvent event, String executionArn, long redriveCount) {
        String place() {
            return HistoryReader.at(file, pointer);
        }
    }
}
