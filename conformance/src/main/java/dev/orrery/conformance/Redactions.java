package dev.orrery.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * How a case's recording was redacted, and how to make Orrery's results comparable with it.
 *
 * @param placeholders the {@code <...>} tokens of the recording that act as wildcards, bound consistently
 * @param paths the JSONPaths whose values the recorder replaced, with the replacement text
 * @param inputValues real input values mapped to the token the recording shows instead
 */
record Redactions(List<String> placeholders, List<PathRedaction> paths, Map<String, String> inputValues) {

    /** A redaction path and the text the recorder put in place of the value. */
    record PathRedaction(RedactionPath path, String replacement) {}

    Redactions {
        placeholders = List.copyOf(placeholders);
        paths = List.copyOf(paths);
        inputValues = Map.copyOf(inputValues);
    }

    static Redactions none() {
        return new Redactions(List.of(), List.of(), Map.of());
    }

    /** Read the case's {@code redactions} object; a missing or null object means none. */
    static Redactions fromJson(@Nullable JsonNode json) {
        if (json == null || !json.isObject()) {
            return none();
        }
        List<String> placeholders = new ArrayList<>();
        json.path("placeholders").forEach(p -> placeholders.add(p.asText()));
        List<PathRedaction> paths = new ArrayList<>();
        json.path("paths").forEach(p -> paths.add(
                new PathRedaction(RedactionPath.parse(p.path("path").asText()), p.path("replacement").asText())));
        Map<String, String> values = new LinkedHashMap<>();
        json.path("input_values").properties().forEach(e -> values.put(e.getKey(), e.getValue().asText()));
        return new Redactions(placeholders, paths, values);
    }

    /** Return the replacement text the recorder put at the given key path, or {@code null}. */
    @Nullable String replacementAt(List<Object> keyPath) {
        for (PathRedaction redaction : paths) {
            if (redaction.path().matches(keyPath)) {
                return redaction.replacement();
            }
        }
        return null;
    }

    /** Return whether some redaction path reaches into a field of the given name. */
    boolean reachesInto(String fieldName) {
        return paths.stream().anyMatch(p -> p.path().toString().contains("." + fieldName + "."));
    }

    /** Return the value with every string equal to a redacted input value replaced by its token (a new node). */
    @Nullable JsonNode redactInputValues(@Nullable JsonNode value) {
        if (value == null || inputValues.isEmpty()) {
            return value;
        }
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        if (value.isTextual()) {
            String token = inputValues.get(value.asText());
            return token == null ? value : nodes.textNode(token);
        }
        if (value.isObject()) {
            ObjectNode copy = nodes.objectNode();
            value.properties().forEach(e -> copy.set(e.getKey(), redactInputValues(e.getValue())));
            return copy;
        }
        if (value.isArray()) {
            ArrayNode copy = nodes.arrayNode();
            value.forEach(element -> copy.add(redactInputValues(element)));
            return copy;
        }
        return value;
    }

    /** Return the text, or its token when it is a redacted input value. */
    @Nullable String redactInputValue(@Nullable String text) {
        return text == null ? null : inputValues.getOrDefault(text, text);
    }
}
