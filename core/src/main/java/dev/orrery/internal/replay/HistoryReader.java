package dev.orrery.internal.replay;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.orrery.history.HistoryEvent;
import dev.orrery.internal.json.StrictJson;
import dev.orrery.internal.text.ClosestNames;
import dev.orrery.replay.HistoryFormatException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads execution history events as AWS gives them out: one or more {@code GetExecutionHistory} responses
 * ({@code {"events": [...], "nextToken": ...}}), as the API sends them (timestamps in epoch seconds) or as the AWS
 * CLI prints them (ISO-8601 timestamps), given one after another in a file, as a JSON array of pages, or as a bare
 * array of events; pages may come in any order and in reverse order ({@code --reverse-order}).
 *
 * <p>Checked: every event has AWS's fields ({@code id}, {@code type}, {@code timestamp}) with a type of the service
 * model and at most its own details object; ids are unique and run from 1 without a gap; every
 * {@code previousEventId} points to an earlier event (so the links cannot form a cycle); the first event is
 * {@code ExecutionStarted}. The JSON-encoded fields ({@code input}, {@code output}, {@code parameters}, the values
 * of {@code assignedVariables}) are decoded; a text that is not JSON (such as a redaction placeholder) stays text.
 */
public final class HistoryReader {

    /** The event types of the Step Functions service model ({@code HistoryEventType}). */
    static final Set<String> TYPES = Set.of("ActivityFailed", "ActivityScheduleFailed", "ActivityScheduled",
            "ActivityStarted", "ActivitySucceeded", "ActivityTimedOut", "ChoiceStateEntered", "ChoiceStateExited",
            "EvaluationFailed", "ExecutionAborted", "ExecutionFailed", "ExecutionRedriven", "ExecutionStarted",
            "ExecutionSucceeded", "ExecutionTimedOut", "FailStateEntered", "LambdaFunctionFailed",
            "LambdaFunctionScheduleFailed", "LambdaFunctionScheduled", "LambdaFunctionStartFailed",
            "LambdaFunctionStarted", "LambdaFunctionSucceeded", "LambdaFunctionTimedOut", "MapIterationAborted",
            "MapIterationFailed", "MapIterationStarted", "MapIterationSucceeded", "MapRunAborted", "MapRunFailed",
            "MapRunRedriven", "MapRunStarted", "MapRunSucceeded", "MapStateAborted", "MapStateEntered",
            "MapStateExited", "MapStateFailed", "MapStateStarted", "MapStateSucceeded", "ParallelStateAborted",
            "ParallelStateEntered", "ParallelStateExited", "ParallelStateFailed", "ParallelStateStarted",
            "ParallelStateSucceeded", "PassStateEntered", "PassStateExited", "SucceedStateEntered",
            "SucceedStateExited", "TaskFailed", "TaskScheduled", "TaskStartFailed", "TaskStarted", "TaskStateAborted",
            "TaskStateEntered", "TaskStateExited", "TaskSubmitFailed", "TaskSubmitted", "TaskSucceeded",
            "TaskTimedOut", "WaitStateAborted", "WaitStateEntered", "WaitStateExited");

    private static final Set<String> ENCODED = Set.of("input", "output", "parameters");

    private HistoryReader() {}

    /**
     * One text to read, the name to locate its problems with (a file name), and the JSON values it holds, parsed once
     * for both readers (histories and log records) and the format check.
     *
     * @param name the file name, never {@code null}
     * @param text the text, never {@code null}
     * @param values the JSON values of the text, in order, never {@code null}
     */
    public record Source(String name, String text, List<JsonNode> values) {

        /** Keep the values as given, unmodifiable. */
        public Source {
            values = List.copyOf(values);
        }

        /**
         * Parse a text into its JSON values.
         *
         * @param name the file name to locate problems with, never {@code null}
         * @param text the text, never {@code null}
         * @return the source with its values
         * @throws HistoryFormatException when the text is not JSON, with the name, line and column
         */
        public static Source of(String name, String text) {
            try {
                return new Source(name, text, StrictJson.readAll(text));
            } catch (JsonProcessingException e) {
                throw new HistoryFormatException(name + where(e) + ": not JSON: " + e.getOriginalMessage());
            }
        }
    }

    /**
     * Read the events of all the sources, checked and sorted by id.
     *
     * @throws HistoryFormatException with the source and the place of the first problem
     */
    public static List<HistoryEvent> read(List<Source> sources) {
        List<Located> located = new ArrayList<>();
        for (Source source : sources) {
            collect(source, located);
        }
        if (located.isEmpty()) {
            throw new HistoryFormatException(names(sources) + ": no history events; expected the output of "
                    + "GetExecutionHistory ({\"events\": [...]}) or an array of its events");
        }
        located.sort(Comparator.comparingLong(Located::id));
        return check(located);
    }

    private static void collect(Source source, List<Located> into) {
        List<JsonNode> values = source.values();
        for (int v = 0; v < values.size(); v++) {
            String pointer = values.size() == 1 ? "" : "(value " + (v + 1) + ")";
            collectValue(source.name(), pointer, values.get(v), into);
        }
    }

    private static void collectValue(String file, String pointer, JsonNode value, List<Located> into) {
        if (value.isObject() && value.has("events")) {
            JsonNode events = value.get("events");
            if (!events.isArray()) {
                throw new HistoryFormatException(at(file, pointer + "/events") + ": expected an array of history "
                        + "events but found " + kind(events));
            }
            for (int i = 0; i < events.size(); i++) {
                into.add(event(file, pointer + "/events/" + i, events.get(i)));
            }
        } else if (value.isArray()) {
            for (int i = 0; i < value.size(); i++) {
                JsonNode element = value.get(i);
                if (element.isObject() && element.has("events")) {
                    collectValue(file, pointer + "/" + i, element, into);
                } else {
                    into.add(event(file, pointer + "/" + i, element));
                }
            }
        } else if (value.isObject() && value.has("executionArn") && value.has("status")) {
            throw new HistoryFormatException(at(file, pointer) + ": this is the output of DescribeExecution, not an "
                    + "execution history; give it as the description (--describe) and the output of "
                    + "GetExecutionHistory as the history");
        } else {
            throw new HistoryFormatException(at(file, pointer) + ": expected the output of GetExecutionHistory "
                    + "({\"events\": [...]}), an array of its pages or an array of history events, but found "
                    + kind(value));
        }
    }

    private static Located event(String file, String pointer, JsonNode json) {
        if (!json.isObject()) {
            throw new HistoryFormatException(at(file, pointer) + ": expected a history event object but found "
                    + kind(json));
        }
        long id = positiveLong(file, pointer + "/id", json.get("id"), true);
        long previous = json.has("previousEventId")
                ? positiveLong(file, pointer + "/previousEventId", json.get("previousEventId"), false) : 0;
        JsonNode typeNode = json.get("type");
        if (typeNode == null || !typeNode.isTextual()) {
            throw new HistoryFormatException(at(file, pointer + "/type") + ": expected the event type as a string "
                    + "(e.g. \"TaskStateEntered\") but found " + kind(typeNode));
        }
        String type = typeNode.asText();
        if (!TYPES.contains(type)) {
            throw new HistoryFormatException(at(file, pointer + "/type") + ": \"" + type + "\" is not a Step "
                    + "Functions history event type" + ClosestNames.didYouMean(type, TYPES));
        }
        Instant timestamp = timestamp(file, pointer + "/timestamp", json.get("timestamp"));
        String detailsKey = null;
        ObjectNode details = null;
        String expectedKey = detailsKey(type);
        for (Iterator<Map.Entry<String, JsonNode>> it = json.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            if (!field.getKey().endsWith("EventDetails")) {
                continue;
            }
            if (!field.getKey().equals(expectedKey) || !field.getValue().isObject()) {
                throw new HistoryFormatException(at(file, pointer + "/" + field.getKey()) + ": a " + type
                        + " event carries its details as an object in \"" + expectedKey + "\"");
            }
            detailsKey = field.getKey();
            details = decoded((ObjectNode) field.getValue());
        }
        return new Located(file, pointer, new HistoryEvent(id, previous, timestamp, type, detailsKey, details));
    }

    /** Return the details key AWS uses for the type (the service model's {@code HistoryEvent} members). */
    static String detailsKey(String type) {
        if (type.endsWith("StateEntered")) {
            return "stateEnteredEventDetails";
        }
        if (type.endsWith("StateExited")) {
            return "stateExitedEventDetails";
        }
        return Character.toLowerCase(type.charAt(0)) + type.substring(1) + "EventDetails";
    }

    static ObjectNode decoded(ObjectNode details) {
        ObjectNode copy = JsonNodeFactory.instance.objectNode();
        for (Map.Entry<String, JsonNode> field : details.properties()) {
            JsonNode value = field.getValue();
            if (ENCODED.contains(field.getKey()) && value.isTextual()) {
                copy.set(field.getKey(), decode(value.asText()));
            } else if (field.getKey().equals("assignedVariables") && value.isObject()) {
                ObjectNode variables = copy.putObject("assignedVariables");
                value.properties().forEach(v -> variables.set(v.getKey(),
                        v.getValue().isTextual() ? decode(v.getValue().asText()) : v.getValue()));
            } else {
                copy.set(field.getKey(), value);
            }
        }
        return copy;
    }

    /** Return the JSON value the text encodes, or the text itself when it is not JSON. */
    public static JsonNode decode(String text) {
        try {
            JsonNode value = StrictJson.read(text);
            return value.isMissingNode() ? JsonNodeFactory.instance.textNode(text) : value;
        } catch (JsonProcessingException e) {
            return JsonNodeFactory.instance.textNode(text);
        }
    }

    static List<HistoryEvent> check(List<Located> events) {
        Map<Long, Located> byId = new HashMap<>();
        List<HistoryEvent> checked = new ArrayList<>(events.size());
        long expectedId = 1;
        for (Located event : events) {
            Located twice = byId.putIfAbsent(event.id(), event);
            if (twice != null) {
                throw new HistoryFormatException(event.place() + ": event id " + event.id() + " appears twice (also "
                        + "at " + twice.place() + "); was a page given twice?");
            }
            if (event.id() != expectedId) {
                throw new HistoryFormatException(event.place() + ": " + (event.id() - 1 == expectedId
                        ? "event " + expectedId + " is" : "events " + expectedId + " to " + (event.id() - 1) + " are")
                        + " missing before event " + event.id() + "; was a page of the history left out?");
            }
            long previous = event.event().previousEventId();
            if (previous >= event.id()) {
                throw new HistoryFormatException(event.place() + "/previousEventId: event " + event.id()
                        + " follows from event " + previous + ", which is not an earlier event; the links "
                        + "between events must point back in time (they would form a cycle)");
            }
            if (expectedId == 1 && !event.event().type().equals("ExecutionStarted")) {
                throw new HistoryFormatException(event.place() + "/type: the first event must be ExecutionStarted "
                        + "but is " + event.event().type() + "; is the start of the history missing?");
            }
            if (event.event().type().equals("ExecutionRedriven") || event.event().type().equals("MapRunRedriven")) {
                throw new HistoryFormatException(event.place() + "/type: the execution was redriven; replay reads "
                        + "the history of one run from its start to its end, without redrives");
            }
            checked.add(event.event());
            expectedId++;
        }
        return checked;
    }

    private static long positiveLong(String file, String pointer, JsonNode value, boolean required) {
        if (value == null && !required) {
            return 0;
        }
        if (value == null || !value.canConvertToLong() || !value.isIntegralNumber() || value.asLong() < 0
                || (required && value.asLong() == 0)) {
            throw new HistoryFormatException(at(file, pointer) + ": expected " + (required ? "a positive" : "a")
                    + " whole number (as AWS numbers events from 1) but found " + kind(value));
        }
        return value.asLong();
    }

    /** Read a timestamp: epoch seconds (the API's form) or an ISO-8601 date-time (the CLI's form). */
    static Instant timestamp(String file, String pointer, JsonNode value) {
        if (value != null && value.isNumber()) {
            BigDecimal seconds = value.decimalValue();
            if (seconds.signum() >= 0 && seconds.compareTo(BigDecimal.valueOf(32_503_680_000L)) < 0) {
                long whole = seconds.longValue();
                long nanos = seconds.subtract(BigDecimal.valueOf(whole)).movePointRight(9).longValue();
                return Instant.ofEpochSecond(whole, nanos);
            }
        } else if (value != null && value.isTextual()) {
            try {
                return OffsetDateTime.parse(value.asText()).toInstant();
            } catch (DateTimeParseException e) {
                // reported below
            }
        }
        throw new HistoryFormatException(at(file, pointer) + ": expected the event's time as epoch seconds "
                + "(1714557600.123) or an ISO-8601 date-time with offset (2024-05-01T10:00:00.123Z) but found "
                + kind(value));
    }

    static String kind(JsonNode value) {
        if (value == null || value.isMissingNode()) {
            return "nothing";
        }
        String text = value.toString();
        return value.getNodeType().name().toLowerCase(java.util.Locale.ROOT) + " "
                + (text.length() > 60 ? text.substring(0, 57) + "..." : text);
    }

    static String at(String file, String pointer) {
        return file + " (" + (pointer.isEmpty() ? "/" : pointer) + ")";
    }

    private static String where(JsonProcessingException e) {
        return e.getLocation() == null ? "" : ":" + e.getLocation().getLineNr() + ":" + e.getLocation().getColumnNr();
    }

    private static String names(List<Source> sources) {
        return String.join(", ", sources.stream().map(Source::name).toList());
    }

    /** An event and where it was read: a file and a JSON pointer (or a line). */
    record Located(String file, String pointer, HistoryEvent event) {
        long id() {
            return event.id();
        }

        String place() {
            return at(file, pointer);
        }
    }
}
