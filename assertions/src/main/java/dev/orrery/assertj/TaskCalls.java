package dev.orrery.assertj;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import dev.orrery.history.HistoryEvent;
import java.util.List;

/** The task calls of a state, read from its {@code *Scheduled} history events. */
final class TaskCalls {

    private TaskCalls() {}

    /** Return the request of every call, in order: the {@code parameters} (service) or {@code input} (Lambda ARN). */
    static List<JsonNode> requests(StateOfExecution state) {
        return new EventScopes(state.execution()).eventsOfState(state.name()).stream()
                .filter(event -> event.type().endsWith("Scheduled") && event.details() != null)
                .map(TaskCalls::request).toList();
    }

    private static JsonNode request(HistoryEvent event) {
        JsonNode details = event.details();
        JsonNode request = details == null ? null
                : details.has("parameters") ? details.get("parameters") : details.get("input");
        return request == null ? NullNode.instance : request;
    }
}
