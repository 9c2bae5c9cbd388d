package dev.orrery.conformance;

import static org.apiguardian.api.API.Status.INTERNAL;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.orrery.history.HistoryEvent;
import dev.orrery.run.Execution;
import java.util.ArrayList;
import java.util.List;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Compares a finished execution with a case's expectations, in the order status, error, cause, output, path, events,
 * and returns the first difference.
 */
@API(status = INTERNAL, since = "0.1")
public final class CaseComparator {

    private CaseComparator() {}

    /** Return the first difference between the execution and the recording, or {@code null} when they match. */
    public static @Nullable Difference compare(ConformanceCase conformanceCase, Execution execution) {
        JsonNode expected = conformanceCase.expected();
        Redactions redactions = conformanceCase.redactions();
        JsonMatcher matcher = new JsonMatcher(redactions, conformanceCase.hasNote("cause-text-reserialized"));
        String expectedStatus = expected.path("status").asText();
        if (!expectedStatus.equals(execution.status().name())) {
            return new Difference("status", expectedStatus, execution.status().name());
        }
        Difference difference = matcher.compareText("error", List.of("error"), text(expected.get("error")),
                redactions.redactInputValue(execution.error()));
        if (difference == null) {
            difference = matcher.compareText("cause", List.of("cause"), text(expected.get("cause")),
                    redactions.redactInputValue(execution.cause()));
        }
        if (difference == null && expectedStatus.equals("SUCCEEDED")) {
            difference = matcher.compare("output", List.of("output"), expected.get("output"),
                    redactions.redactInputValues(execution.output()));
        }
        if (difference == null) {
            difference = comparePath(expected.get("path"), execution.path(), conformanceCase.hasConcurrency());
        }
        if (difference == null && isList(expected.get("events"))) {
            difference = new HistoryComparator(matcher, conformanceCase.hasConcurrency())
                    .compare(recordedEvents(expected.get("events")), actualEvents(execution, redactions));
        }
        return difference;
    }

    private static @Nullable Difference comparePath(@Nullable JsonNode expected, List<String> actual,
            boolean concurrent) {
        if (!isList(expected)) {
            return null;
        }
        List<String> expectedPath = new ArrayList<>();
        expected.forEach(name -> expectedPath.add(name.asText()));
        List<String> left = concurrent ? expectedPath.stream().sorted().toList() : expectedPath;
        List<String> right = concurrent ? actual.stream().sorted().toList() : actual;
        return left.equals(right) ? null
                : new Difference(concurrent ? "path (as a multiset)" : "path", toJson(expectedPath), toJson(actual));
    }

    private static List<ObjectNode> recordedEvents(JsonNode events) {
        List<ObjectNode> projected = new ArrayList<>();
        events.forEach(event -> projected.add(EventProjection.ofRecorded(event)));
        return projected;
    }

    private static List<ObjectNode> actualEvents(Execution execution, Redactions redactions) {
        List<ObjectNode> projected = new ArrayList<>();
        for (HistoryEvent event : execution.history()) {
            projected.add(EventProjection.ofActual(event, redactions));
        }
        return projected;
    }

    private static boolean isList(@Nullable JsonNode node) {
        return node != null && node.isArray();
    }

    private static @Nullable String text(@Nullable JsonNode node) {
        return node == null || node.isNull() ? null : node.isTextual() ? node.asText() : node.toString();
    }

    private static String toJson(List<String> names) {
        ArrayNode array = JsonNodeFactory.instance.arrayNode();
        names.forEach(array::add);
        return array.toString();
    }
}
