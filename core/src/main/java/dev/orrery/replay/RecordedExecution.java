package dev.orrery.replay;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.orrery.history.HistoryEvent;
import dev.orrery.internal.json.StrictJson;
import dev.orrery.internal.replay.HistoryReader;
import dev.orrery.internal.replay.LogRecordReader;
import dev.orrery.internal.replay.Redacted;
import dev.orrery.run.ExecutionStatus;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * An execution as AWS recorded it: its history events, and what they say about its input and end.
 *
 * <p>Read from the output of {@code GetExecutionHistory}: as the API returns it ({@code {"events": [...]}}, epoch
 * timestamps), as {@code aws stepfunctions get-execution-history} prints it (ISO-8601 timestamps), or as a bare JSON
 * array of its events. A history longer than one page is given as several files, as
 * pages one after another in one file, or as a JSON array of pages; pages may come in any order, and in reverse
 * order. The history must be whole: from {@code ExecutionStarted} to the event that ended the execution
 * ({@code ExecutionSucceeded}, {@code ExecutionFailed}, {@code ExecutionTimedOut} or {@code ExecutionAborted}).
 * Optionally the {@code DescribeExecution} output of the same execution adds its ARN (for the names in the Context
 * object) and its input and output when the history was fetched without execution data.
 *
 * <p>Also read: the records Step Functions writes to CloudWatch Logs for an execution (the only history of an Express
 * workflow), as JSON lines, a JSON array, or the output of {@code aws logs filter-log-events} or
 * {@code get-log-events}; records of several executions are told apart by their {@code execution_arn}. At log level
 * {@code ALL} the records hold the whole history; at {@code ERROR} and {@code FATAL} only failures, and the recording
 * is not {@link #complete() complete}. What the records leave out (the input, task results, execution data) is
 * unknown, as a redacted value is, and {@link #missingData()} says what is missing.
 *
 * <p>Redaction: any string value {@code "<redacted>"} (or a string containing it) stands for a value removed before
 * the history was shared; see {@link Replay}. Immutable.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class RecordedExecution {

    /** The placeholder for a value removed from a history before it was shared: {@value}. */
    public static final String REDACTED = Redacted.PLACEHOLDER;

    private static final Map<String, ExecutionStatus> ENDS = Map.of("ExecutionSucceeded", ExecutionStatus.SUCCEEDED,
            "ExecutionFailed", ExecutionStatus.FAILED, "ExecutionTimedOut", ExecutionStatus.TIMED_OUT,
            "ExecutionAborted", ExecutionStatus.ABORTED);

    private final String source;
    private final List<HistoryEvent> events;
    private final JsonNode input;
    private final ExecutionStatus status;
    private final @Nullable JsonNode output;
    private final @Nullable String error;
    private final @Nullable String cause;
    private final @Nullable String executionArn;
    private final Set<String> loggedTypes;
    private final @Nullable String missing;

    private RecordedExecution(String source, List<HistoryEvent> events, JsonNode input, ExecutionStatus status,
            @Nullable JsonNode output, @Nullable String error, @Nullable String cause,
            @Nullable String executionArn, Set<String> loggedTypes, @Nullable String missing) {
        this.loggedTypes = Set.copyOf(loggedTypes);
        this.missing = missing;
        this.source = source;
        this.events = List.copyOf(events);
        this.input = input;
        this.status = status;
        this.output = output;
        this.error = error;
        this.cause = cause;
        this.executionArn = executionArn;
    }

    /**
     * Read a history from files: one file, or one file per page.
     *
     * @param files the history's files, at least one
     * @throws IOException when a file cannot be read
     * @throws HistoryFormatException when the files do not hold a whole, well-formed history
     * @return the recorded execution
     */
    public static RecordedExecution read(Path... files) throws IOException {
        return read(List.of(files), null);
    }

    /**
     * Read a history, or the CloudWatch Logs records of one execution, from files.
     *
     * @param files the files, at least one: a history (one file, or one file per page) or log records
     * @param executionArn the execution to read when the log records are of several executions, or {@code null}
     * @throws IOException when a file cannot be read
     * @throws HistoryFormatException when the files do not hold a whole, well-formed history or log records of the
     *     execution, or when the records are of several executions and none is chosen
     * @return the recorded execution
     */
    public static RecordedExecution read(List<Path> files, @Nullable String executionArn) throws IOException {
        if (files.isEmpty()) {
            throw new IllegalArgumentException("give at least one history file");
        }
        List<HistoryReader.Source> sources = new ArrayList<>();
        for (Path file : files) {
            sources.add(HistoryReader.Source.of(file.toString(), Files.readString(file, StandardCharsets.UTF_8)));
        }
        return of(sources, executionArn);
    }

    /**
     * Read a history from text: one {@code GetExecutionHistory} response, several one after another, a JSON array of
     * them, or a JSON array of events.
     *
     * @param json the history's text, never {@code null}
     * @param source the name to locate problems with (a file name), never {@code null}
     * @throws HistoryFormatException when the text does not hold a whole, well-formed history
     * @return the recorded execution
     */
    public static RecordedExecution parse(String json, String source) {
        return parse(json, source, null);
    }

    /**
     * Read a history, or the CloudWatch Logs records of one execution, from text.
     *
     * @param json the text: a history (see {@link #parse(String, String)}) or log records (JSON lines, a JSON array,
     *     or the output of {@code aws logs filter-log-events} or {@code get-log-events}), never {@code null}
     * @param source the name to locate problems with (a file name), never {@code null}
     * @param executionArn the execution to read when the log records are of several executions, or {@code null}
     * @throws HistoryFormatException when the text does not hold a whole, well-formed history or log records of the
     *     execution, or when the records are of several executions and none is chosen
     * @return the recorded execution
     */
    public static RecordedExecution parse(String json, String source, @Nullable String executionArn) {
        return of(List.of(HistoryReader.Source.of(source, json)), executionArn);
    }

    private static RecordedExecution of(List<HistoryReader.Source> sources, @Nullable String executionArn) {
        String source = String.join(", ", sources.stream().map(HistoryReader.Source::name).toList());
        List<HistoryEvent> events;
        String arn = null;
        Set<String> loggedTypes = Set.of();
        String missing = null;
        if (LogRecordReader.recognises(sources)) {
            LogRecordReader.Records records = LogRecordReader.read(sources, executionArn);
            events = records.events();
            arn = records.executionArn();
            loggedTypes = records.loggedTypes();
            missing = records.missing();
        } else {
            events = HistoryReader.read(sources);
        }
        HistoryEvent last = events.get(events.size() - 1);
        if (!loggedTypes.isEmpty() && !ENDS.containsKey(last.type())) {
            throw new HistoryFormatException(source + ": the records hold no event that ended the execution (the "
                    + "last is event " + last.id() + ", " + last.type() + "): at level ERROR or FATAL Step Functions "
                    + "logs no ExecutionSucceeded, so these records cannot tell how the execution ended; replay needs "
                    + "records logged at level ALL, or of an execution that failed, timed out or was aborted");
        }
        for (HistoryEvent event : events) {
            if (ENDS.containsKey(event.type()) && event != last) {
                throw new HistoryFormatException(source + " (event " + event.id() + "): the execution ended with "
                        + event.type() + " but " + (last.id() - event.id()) + " event(s) follow it");
            }
        }
        ExecutionStatus status = ENDS.get(last.type());
        if (status == null) {
            throw new HistoryFormatException(source + ": the history ends with event " + last.id() + " ("
                    + last.type() + "), not with ExecutionSucceeded, ExecutionFailed, ExecutionTimedOut or "
                    + "ExecutionAborted: the execution had not ended, or the last page is missing. Replay needs the "
                    + "whole history of an ended execution");
        }
        JsonNode input = loggedTypes.isEmpty() ? events.get(0).detail("input") : null;
        boolean fromLogs = arn != null;
        return new RecordedExecution(source, events,
                input == null ? JsonNodeFactory.instance.textNode(REDACTED) : input, status,
                status == ExecutionStatus.SUCCEEDED ? orUnknown(last.detail("output")) : null,
                endText(last, "error", fromLogs), endText(last, "cause", fromLogs), arn, loggedTypes, missing);
    }

    /** Return the end event's error or cause; from log records without it (left out with the data), unknown. */
    private static @Nullable String endText(HistoryEvent last, String field, boolean fromLogs) {
        JsonNode value = last.detail(field);
        if (value == null && fromLogs && !last.type().equals("ExecutionSucceeded") && (last.details() == null
                || last.details().size() == 0)) {
            return REDACTED;
        }
        return text(value);
    }

    /**
     * Return this execution with its {@code DescribeExecution} output read from a file.
     *
     * @param file the file holding the {@code DescribeExecution} output (API or AWS CLI form)
     * @throws IOException when the file cannot be read
     * @throws HistoryFormatException when it is not a {@code DescribeExecution} output of this execution
     * @return the execution with its ARN, and its input and output where the history left them out
     */
    public RecordedExecution withDescription(Path file) throws IOException {
        return withDescription(Files.readString(file, StandardCharsets.UTF_8), file.toString());
    }

    /**
     * Return this execution with its {@code DescribeExecution} output.
     *
     * @param json the {@code DescribeExecution} output, never {@code null}
     * @param name the name to locate problems with (a file name), never {@code null}
     * @throws HistoryFormatException when it is not a {@code DescribeExecution} output of this execution
     * @return the execution with its ARN, and its input and output where the history left them out
     */
    public RecordedExecution withDescription(String json, String name) {
        JsonNode description;
        try {
            description = StrictJson.read(json);
        } catch (JsonProcessingException e) {
            throw new HistoryFormatException(name + (e.getLocation() == null ? "" : ":" + e.getLocation().getLineNr()
                    + ":" + e.getLocation().getColumnNr()) + ": not JSON: " + e.getOriginalMessage());
        }
        if (!description.isObject() || !description.path("executionArn").isTextual()
                || !description.path("status").isTextual()) {
            throw new HistoryFormatException(name + " (/): expected the output of DescribeExecution, an object with "
                    + "\"executionArn\" and \"status\"");
        }
        String described = description.get("status").asText();
        if (!described.equals(status.name())) {
            throw new HistoryFormatException(name + " (/status): the description says " + described
                    + " but the history " + source + " ends with " + events.get(events.size() - 1).type()
                    + "; are they of the same execution?");
        }
        JsonNode describedInput = description.path("input").isTextual()
                ? HistoryReader.decode(description.get("input").asText()) : null;
        JsonNode describedOutput = description.path("output").isTextual()
                ? HistoryReader.decode(description.get("output").asText()) : null;
        boolean inputUnknown = input.isTextual() && input.asText().equals(REDACTED);
        boolean outputUnknown = output != null && output.isTextual() && output.asText().equals(REDACTED);
        return new RecordedExecution(source, events,
                inputUnknown && describedInput != null ? describedInput : input, status,
                outputUnknown && describedOutput != null ? describedOutput : output,
                error != null ? error : text(description.get("error")),
                cause != null ? cause : text(description.get("cause")), description.get("executionArn").asText(),
                loggedTypes, missing);
    }

    /**
     * Return whether the recording holds every event of the execution: always for a history; for CloudWatch Logs
     * records, only at log level {@code ALL} ({@code ERROR} and {@code FATAL} keep only failures).
     *
     * @return {@code true} when no event is missing
     */
    public boolean complete() {
        return loggedTypes.isEmpty();
    }

    /**
     * Return what the recording lacks to replay the execution for sure, in words: the events a log level left out,
     * or the execution data a state machine that logs with {@code includeExecutionData} false does not log.
     *
     * @return the sentence, or empty when the recording lacks nothing the replay needs
     */
    public Optional<String> missingData() {
        return Optional.ofNullable(missing);
    }

    /** Return the event types the recording's log level keeps; empty when it is complete. */
    Set<String> loggedTypes() {
        return loggedTypes;
    }

    /**
     * Return where the history was read from.
     *
     * @return the file names, or the source name given
     */
    public String source() {
        return source;
    }

    /**
     * Return the history's events, in id order; {@code input}, {@code output} and {@code parameters} decoded.
     *
     * @return the events, never empty
     */
    public List<HistoryEvent> events() {
        return events;
    }

    /**
     * Return the execution's input ({@link #REDACTED} as text when the history does not carry it).
     *
     * @return a copy of the input
     */
    public JsonNode input() {
        return input.deepCopy();
    }

    /**
     * Return how the execution ended.
     *
     * @return the status of the event that ended it
     */
    public ExecutionStatus status() {
        return status;
    }

    /**
     * Return the execution's output when it succeeded.
     *
     * @return a copy of the output, or {@code null} when it did not succeed
     */
    public @Nullable JsonNode output() {
        return output == null ? null : output.deepCopy();
    }

    /**
     * Return the error the execution ended with.
     *
     * @return the error, or {@code null}
     */
    public @Nullable String error() {
        return error;
    }

    /**
     * Return the cause the execution ended with.
     *
     * @return the cause, or {@code null}
     */
    public @Nullable String cause() {
        return cause;
    }

    /**
     * Return the execution's ARN, known from its description or its log records.
     *
     * @return the ARN, or {@code null} for a history without a description
     */
    public @Nullable String executionArn() {
        return executionArn;
    }

    /**
     * Return the instant the execution started ({@code ExecutionStarted}'s timestamp).
     *
     * @return the start instant
     */
    public Instant startTime() {
        return events.get(0).timestamp();
    }

    /**
     * Return the names of the states entered, in history order (Map iterations and Parallel branches as they ran).
     *
     * @return the path
     */
    public List<String> path() {
        List<String> path = new ArrayList<>();
        for (HistoryEvent event : events) {
            if (event.type().endsWith("StateEntered")) {
                JsonNode name = event.detail("name");
                path.add(name == null ? "" : name.asText());
            }
        }
        return path;
    }

    private static JsonNode orUnknown(@Nullable JsonNode value) {
        return value == null ? JsonNodeFactory.instance.textNode(REDACTED) : value;
    }

    private static @Nullable String text(@Nullable JsonNode value) {
        return value == null || value.isNull() ? null : value.isTextual() ? value.asText() : value.toString();
    }
}
