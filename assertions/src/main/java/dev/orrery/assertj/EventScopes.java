package dev.orrery.assertj;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orrery.history.HistoryEvent;
import dev.orrery.run.Execution;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Which state visit each history event belongs to, derived from the events alone: an event belongs to the visit
 * whose {@code StateEntered} event its {@code previousEventId} chain leads back to, up to its {@code StateExited}.
 */
final class EventScopes {

    private final List<HistoryEvent> events;
    private final Map<Long, HistoryEvent> owners = new HashMap<>();

    EventScopes(Execution execution) {
        // one read of the events: a run makes them anew on each read, and the scopes compare them by identity
        this.events = List.copyOf(execution.history().events());
        Map<Long, HistoryEvent> byId = new HashMap<>();
        for (HistoryEvent event : events) {
            byId.put(event.id(), event);
            HistoryEvent owner = owner(event, byId.get(event.previousEventId()));
            if (owner != null) {
                owners.put(event.id(), owner);
            }
        }
    }

    private @Nullable HistoryEvent owner(HistoryEvent event, @Nullable HistoryEvent previous) {
        if (event.type().endsWith("StateEntered")) {
            return event;
        }
        if (event.type().startsWith("Execution") || previous == null || previous.type().endsWith("StateExited")) {
            return null;
        }
        return owners.get(previous.id());
    }

    /** Return the name of the state an event belongs to, or {@code null} for execution-level events. */
    @Nullable
    String stateOf(HistoryEvent event) {
        HistoryEvent owner = owners.get(event.id());
        JsonNode name = owner == null ? null : owner.detail("name");
        return name == null ? null : name.asText();
    }

    /** Return whether the event's details name the state (reading that one field, not copying the details). */
    private static boolean names(HistoryEvent event, String state) {
        JsonNode name = event.detail("name");
        return name != null && state.equals(name.asText());
    }

    /** Return the events of the given visit (0-based, in entry order) of the state, entry and exit included. */
    List<HistoryEvent> eventsOfVisit(String state, int visit) {
        List<HistoryEvent> entries = events.stream()
                .filter(event -> event.type().endsWith("StateEntered") && names(event, state)).toList();
        if (visit >= entries.size()) {
            return List.of();
        }
        HistoryEvent entry = entries.get(visit);
        List<HistoryEvent> scope = new ArrayList<>();
        for (HistoryEvent event : events) {
            if (owners.get(event.id()) == entry) {
                scope.add(event);
            }
        }
        return scope;
    }

    /** Return the events of every visit of the state, in order. */
    List<HistoryEvent> eventsOfState(String state) {
        return events.stream().filter(event -> state.equals(stateOf(event))).toList();
    }

    /** Return the events of the given type whose details name the state, e.g. {@code MapIterationFailed}. */
    List<HistoryEvent> namedEvents(String type, String state) {
        return events.stream().filter(event -> event.type().equals(type) && names(event, state)).toList();
    }

    /** Return the types of the events of every visit of the state. */
    List<String> typesOfState(String state) {
        return events.stream().filter(event -> state.equals(stateOf(event))).map(HistoryEvent::type).toList();
    }

    /** Return the name of the state entered right after the given exit event, or {@code null}. */
    @Nullable
    String nextStateAfter(HistoryEvent exit) {
        for (HistoryEvent event : events) {
            JsonNode name = event.detail("name");
            if (event.previousEventId() == exit.id() && event.type().endsWith("StateEntered") && name != null) {
                return name.asText();
            }
        }
        return null;
    }
}
