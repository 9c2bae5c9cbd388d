package dev.orrery.engine;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Reads the run options a file or a case may give: strictness, execution name, start time, seed, guards. */
final class RunSettingsReader {

    /** The keys of the run options, allowed in a file and in a case. */
    static final Set<String> KEYS = Set.of("strictness", "executionName", "startTime", "seed", "maxTransitions",
            "maxVirtualDuration", "activities");

    private RunSettingsReader() {}

    /** Read the run options among the members of the node (a file or a case mapping). */
    static RunSettings read(Node node) {
        return new RunSettings(strictness(node.get("strictness")), node.get("executionName").optionalText(),
                startTime(node.get("startTime")), seed(node.get("seed")), maxTransitions(node.get("maxTransitions")),
                node.get("maxVirtualDuration").present() ? positive(node.get("maxVirtualDuration")) : null,
                activities(node.get("activities")));
    }

    private static @Nullable Boolean strictness(Node node) {
        if (!node.present()) {
            return null;
        }
        String text = node.value().isTextual() ? node.value().asText() : "";
        if (!text.equals("strict") && !text.equals("lenient")) {
            node.expected("strict or lenient");
            return null;
        }
        return text.equals("lenient");
    }

    private static @Nullable Instant startTime(Node node) {
        if (!node.present()) {
            return null;
        }
        if (node.value().isTextual()) {
            try {
                return Instant.parse(node.value().asText());
            } catch (DateTimeParseException e) {
                // reported below
            }
        }
        node.expected("an ISO-8601 instant in UTC such as \"2025-01-01T00:00:00Z\"");
        return null;
    }

    private static @Nullable Long seed(Node node) {
        if (!node.present()) {
            return null;
        }
        JsonNode value = node.value();
        if (value.isIntegralNumber() && value.canConvertToLong()) {
            return value.asLong();
        }
        node.expected("a whole number");
        return null;
    }

    private static @Nullable Integer maxTransitions(Node node) {
        if (!node.present()) {
            return null;
        }
        int count = node.count(1);
        return count < 0 ? null : count;
    }

    private static @Nullable Duration positive(Node node) {
        Duration duration = node.duration();
        if (duration != null && duration.isZero()) {
            node.expected("a positive duration such as \"P30D\"");
            return null;
        }
        return duration;
    }

    private static @Nullable List<String> activities(Node node) {
        return node.present() ? node.texts("activity ARNs") : null;
    }
}
