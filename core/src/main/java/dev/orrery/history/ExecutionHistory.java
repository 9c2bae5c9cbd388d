package dev.orrery.history;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.orrery.internal.history.RecordedEvents;
import dev.orrery.internal.json.JsonTrees;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * The events of one execution, in order.
 *
 * <p>The history of a run keeps its events compactly and makes each {@link HistoryEvent} when it is read: two reads
 * of the same event give equal events, not the same object.
 *
 * @param events the events, never {@code null}
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record ExecutionHistory(List<HistoryEvent> events) implements Iterable<HistoryEvent> {

    private static final Set<String> ENCODED_FIELDS = Set.of("input", "output", "parameters", "cause");

    /**
     * Copy the events.
     *
     * @param events the events, never {@code null}
     */
    public ExecutionHistory {
        // a run's own events are already immutable and kept compactly: each event is made when it is read
        events = events instanceof RecordedEvents ? events : List.copyOf(events);
    }

    @Override
    public Iterator<HistoryEvent> iterator() {
        return events.iterator();
    }

    /**
     * Return the number of events.
     *
     * @return the number of events
     */
    public int size() {
        return events.size();
    }

    /**
     * Return the event types in order, e.g. {@code [ExecutionStarted, PassStateEntered, ...]}.
     *
     * @return the event types
     */
    public List<String> types() {
        if (events instanceof RecordedEvents recorded) {
            String[] types = new String[recorded.size()];
            for (int i = 0; i < types.length; i++) {
                types[i] = recorded.type(i);
            }
            return List.of(types);
        }
        return events.stream().map(HistoryEvent::type).toList();
    }

    /**
     * Return the events CloudWatch Logs receive from this execution when its state machine logs at the given level
     * (see {@link LogLevel}), in order; for Express workflows this is all the history there is.
     *
     * @param level the state machine's logging level, never {@code null}
     * @return the logged events
     */
    public List<HistoryEvent> loggedAt(LogLevel level) {
        Objects.requireNonNull(level, "level");
        return events.stream().filter(event -> level.logs(event.type())).toList();
    }

    /**
     * Return the history as AWS's {@code GetExecutionHistory} response: {@code {"events": [...]}}, with ISO-8601
     * timestamps and {@code input}, {@code output} and {@code parameters} encoded as JSON strings, as AWS sends them.
     *
     * @return a new JSON object the caller may modify
     */
    public ObjectNode toAwsJson() {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        ArrayNode array = nodes.arrayNode();
        for (HistoryEvent event : events) {
            ObjectNode json = array.addObject();
            json.put("timestamp", event.timestamp().toString());
            json.put("type", event.type());
            json.put("id", event.id());
            json.put("previousEventId", event.previousEventId());
            if (event.detailsKey() != null && event.details() != null) {
                json.set(event.detailsKey(), encoded(event.details()));
            }
        }
        ObjectNode root = nodes.objectNode();
        root.set("events", array);
        return root;
    }

    private static ObjectNode encoded(ObjectNode details) {
        ObjectNode copy = JsonNodeFactory.instance.objectNode();
        for (Map.Entry<String, JsonNode> field : details.properties()) {
            JsonNode value = field.getValue();
            if (ENCODED_FIELDS.contains(field.getKey()) && !value.isTextual()) {
                copy.put(field.getKey(), JsonTrees.write(value));
            } else if (field.getKey().equals("assignedVariables") && value.isObject()) {
                ObjectNode variables = copy.putObject("assignedVariables");
                value.properties().forEach(v -> variables.put(v.getKey(), JsonTrees.write(v.getValue())));
            } else {
                copy.set(field.getKey(), value);
            }
        }
        return copy;
    }
}
