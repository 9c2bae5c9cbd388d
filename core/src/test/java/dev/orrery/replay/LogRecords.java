package dev.orrery.replay;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Turns a {@code GetExecutionHistory} response into the records Step Functions writes to CloudWatch Logs for the same
 * execution (the developer guide's "Logging using CloudWatch Logs" form): ids and times as strings, times in epoch
 * milliseconds, details under {@code details}, the execution's ARN on every record.
 */
final class LogRecords {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** The event types logged at level ERROR (the developer guide's "Log levels" table). */
    static final Set<String> ERROR = Set.of("ExecutionAborted", "ExecutionFailed", "ExecutionTimedOut",
            "FailStateEntered", "LambdaFunctionFailed", "LambdaFunctionScheduleFailed", "LambdaFunctionStartFailed",
            "LambdaFunctionTimedOut", "MapIterationAborted", "MapIterationFailed", "MapStateAborted", "MapStateFailed",
            "ParallelStateAborted", "ParallelStateFailed", "TaskFailed", "TaskStartFailed", "TaskStateAborted",
            "TaskSubmitFailed", "TaskTimedOut", "WaitStateAborted");

    /** The event types logged at level FATAL. */
    static final Set<String> FATAL = Set.of("ExecutionAborted", "ExecutionFailed", "ExecutionTimedOut");

    private LogRecords() {}

    /**
     * Return the log records of a history.
     *
     * @param history the {@code GetExecutionHistory} response (epoch-second timestamps)
     * @param arn the execution's ARN
     * @param kept the event types the log level keeps, or {@code null} for level ALL
     * @param executionData whether the records carry input and output ({@code includeExecutionData})
     */
    static List<ObjectNode> of(String history, String arn, @Nullable Set<String> kept, boolean executionData) {
        JsonNode events;
        try {
            events = MAPPER.readTree(history).get("events");
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
        List<ObjectNode> records = new ArrayList<>();
        for (JsonNode event : events) {
            String type = event.get("type").asText();
            if (kept != null && !kept.contains(type)) {
                continue;
            }
            ObjectNode record = MAPPER.createObjectNode();
            record.put("id", event.get("id").asText());
            record.put("type", type);
            ObjectNode details = record.putObject("details");
            for (Iterator<Map.Entry<String, JsonNode>> it = event.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                if (field.getKey().endsWith("EventDetails")) {
                    field.getValue().fields().forEachRemaining(d -> {
                        boolean data = Set.of("input", "output", "parameters", "assignedVariables")
                                .contains(d.getKey());
                        if (executionData || !data) {
                            details.set(d.getKey(), d.getValue());
                        }
                    });
                    for (String payload : List.of("input", "output")) {
                        if (details.has(payload) && !details.has(payload + "Details")) {
                            details.putObject(payload + "Details").put("truncated", false);
                        }
                    }
                }
            }
            record.put("previous_event_id", event.path("previousEventId").asText("0"));
            long millis = new BigDecimal(event.get("timestamp").asText()).movePointRight(3).longValue();
            record.put("event_timestamp", Long.toString(millis));
            record.put("execution_arn", arn);
            record.put("redrive_count", "0");
            records.add(record);
        }
        return records;
    }

    /** Return the records as JSON lines. */
    static String lines(List<ObjectNode> records) {
        StringBuilder text = new StringBuilder();
        records.forEach(record -> text.append(record).append('\n'));
        return text.toString();
    }

    /** Return the records as {@code aws logs filter-log-events} prints them. */
    static String filterLogEvents(List<ObjectNode> records) {
        ObjectNode output = MAPPER.createObjectNode();
        var events = output.putArray("events");
        for (ObjectNode record : records) {
            ObjectNode event = events.addObject();
            event.put("logStreamName", "states/Orders/2024-04-24-11-50/00000000");
            event.put("timestamp", Long.parseLong(record.get("event_timestamp").asText()));
            event.put("message", record.toString());
            event.put("ingestionTime", Long.parseLong(record.get("event_timestamp").asText()) + 500);
            event.put("eventId", "3792" + record.get("id").asText());
        }
        output.putArray("searchedLogStreams");
        return output.toString();
    }
}
