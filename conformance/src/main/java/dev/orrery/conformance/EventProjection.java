package dev.orrery.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.orrery.history.HistoryEvent;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Reduces a history event to the fields the corpus says to compare: {@code {"type": T, detailsKey: {...}}}.
 *
 * <p>Compared: {@code stateEnteredEventDetails.name/input}, {@code stateExitedEventDetails.name/output/
 * assignedVariables}, {@code taskScheduledEventDetails.resource/resourceType/parameters}, {@code error}/{@code cause}
 * of {@code *Failed} and {@code *TimedOut} events, every {@code execution*EventDetails} field but the
 * {@code inputDetails}/{@code outputDetails}/{@code roleArn}, {@code mapIterat*EventDetails.index},
 * {@code mapStateStartedEventDetails.length} and {@code evaluationFailedEventDetails.error/cause/location/state}.
 */
final class EventProjection {

    private static final Set<String> ENTERED = Set.of("name", "input");
    private static final Set<String> EXITED = Set.of("name", "output", "assignedVariables");
    private static final Set<String> SCHEDULED = Set.of("resource", "resourceType", "parameters");
    private static final Set<String> FAILED = Set.of("error", "cause");
    private static final Set<String> EVALUATION_FAILED = Set.of("error", "cause", "location", "state");
    private static final Set<String> EXECUTION_IGNORED = Set.of("inputDetails", "outputDetails", "roleArn");

    private EventProjection() {}

    /** Project a recorded event: {@code {"type": ..., "<detailsKey>": {...}}}. */
    static ObjectNode ofRecorded(JsonNode event) {
        String type = event.path("type").asText();
        String detailsKey = null;
        for (Iterator<String> it = event.fieldNames(); it.hasNext(); ) {
            String name = it.next();
            if (!name.equals("type") && event.get(name).isObject()) {
                detailsKey = name;
            }
        }
        return project(type, detailsKey, detailsKey == null ? null : event.get(detailsKey), Redactions.none());
    }

    /** Project one of Orrery's events, with redacted input values replaced by their tokens. */
    static ObjectNode ofActual(HistoryEvent event, Redactions redactions) {
        return project(event.type(), event.detailsKey(), event.details(), redactions);
    }

    static ObjectNode project(String type, @Nullable String detailsKey, @Nullable JsonNode details,
            Redactions redactions) {
        ObjectNode projected = JsonNodeFactory.instance.objectNode();
        projected.put("type", type);
        if (detailsKey == null || details == null) {
            return projected;
        }
        ObjectNode kept = JsonNodeFactory.instance.objectNode();
        for (Map.Entry<String, JsonNode> field : details.properties()) {
            if (compared(type, detailsKey, field.getKey())) {
                kept.set(field.getKey(), redactions.redactInputValues(field.getValue()));
            }
        }
        if (!kept.isEmpty()) {
            projected.set(detailsKey, kept);
        }
        return projected;
    }

    static boolean compared(String type, String detailsKey, String field) {
        return switch (detailsKey) {
            case "stateEnteredEventDetails" -> ENTERED.contains(field);
            case "stateExitedEventDetails" -> EXITED.contains(field);
            case "taskScheduledEventDetails" -> SCHEDULED.contains(field);
            case "evaluationFailedEventDetails" -> EVALUATION_FAILED.contains(field);
            case "mapStateStartedEventDetails" -> field.equals("length");
            default -> comparedByPattern(type, detailsKey, field);
        };
    }

    private static boolean comparedByPattern(String type, String detailsKey, String field) {
        if (detailsKey.startsWith("execution")) {
            return !EXECUTION_IGNORED.contains(field);
        }
        if (detailsKey.startsWith("mapIterat")) {
            return field.equals("index");
        }
        return (type.endsWith("Failed") || type.endsWith("TimedOut")) && FAILED.contains(field);
    }
}
