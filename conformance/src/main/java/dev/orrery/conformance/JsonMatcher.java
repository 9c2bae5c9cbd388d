package dev.orrery.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Compares a recorded JSON value with Orrery's: numbers by value, {@code <...>} placeholders as wildcards bound
 * consistently across one case, redacted paths as wildcards, and causes optionally as parsed JSON.
 *
 * <p>One instance per case comparison: it remembers the placeholder bindings.
 */
final class JsonMatcher {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    static final String MISSING = "<missing>";

    private final Redactions redactions;
    private final boolean causeAsJson;
    private final PlaceholderText placeholders;

    JsonMatcher(Redactions redactions, boolean causeAsJson) {
        this.redactions = redactions;
        this.causeAsJson = causeAsJson || redactions.reachesInto("cause");
        this.placeholders = new PlaceholderText(redactions.placeholders());
    }

    /** Return the bindings, to restore them when a tentative match fails. */
    Map<String, String> snapshot() {
        return new HashMap<>(placeholders.bindings());
    }

    /** Restore bindings taken with {@link #snapshot()}. */
    void restore(Map<String, String> bindings) {
        placeholders.bindings().clear();
        placeholders.bindings().putAll(bindings);
    }

    /** Compare strings that may be null (a missing value). */
    @Nullable Difference compareText(String field, List<Object> keyPath, @Nullable String expected,
            @Nullable String actual) {
        return compare(field, keyPath, expected == null ? null : MAPPER.getNodeFactory().textNode(expected),
                actual == null ? null : MAPPER.getNodeFactory().textNode(actual));
    }

    /** Return the first difference between the values at the given key path, or {@code null} when they match. */
    @Nullable Difference compare(String field, List<Object> keyPath, @Nullable JsonNode expected,
            @Nullable JsonNode actual) {
        JsonNode e = expected == null ? NullNode.instance : expected;
        JsonNode a = actual == null ? NullNode.instance : actual;
        String replacement = redactions.replacementAt(keyPath);
        if (replacement != null && e.isTextual() && redacted(e.asText(), replacement)) {
            return null;
        }
        if (e.isTextual()) {
            return compareStrings(field, keyPath, e, a);
        }
        if (e.isNumber()) {
            return sameNumber(e, a) ? null : differ(field, e, a);
        }
        if (e.isObject()) {
            return a.isObject() ? compareObjects(field, keyPath, e, a) : differ(field, e, a);
        }
        if (e.isArray()) {
            return a.isArray() ? compareArrays(field, keyPath, e, a) : differ(field, e, a);
        }
        return e.equals(a) ? null : differ(field, e, a);
    }

    private @Nullable Difference compareStrings(String field, List<Object> keyPath, JsonNode e, JsonNode a) {
        if (a.isTextual() && placeholders.matches(e.asText(), a.asText())) {
            return null;
        }
        if (a.isTextual() && causeAsJson && isCause(keyPath)) {
            JsonNode parsedExpected = parse(e.asText());
            JsonNode parsedActual = parse(a.asText());
            if (parsedExpected != null && parsedActual != null && parsedExpected.isContainerNode()) {
                return compare(field, keyPath, parsedExpected, parsedActual);
            }
        }
        return differ(field, e, a);
    }

    private @Nullable Difference compareObjects(String field, List<Object> keyPath, JsonNode e, JsonNode a) {
        for (Map.Entry<String, JsonNode> entry : e.properties()) {
            String childField = field + "." + entry.getKey();
            if (!a.has(entry.getKey())) {
                return new Difference(childField, entry.getValue().toString(), MISSING);
            }
            Difference difference = compare(childField, child(keyPath, entry.getKey()), entry.getValue(),
                    a.get(entry.getKey()));
            if (difference != null) {
                return difference;
            }
        }
        for (Iterator<String> it = a.fieldNames(); it.hasNext(); ) {
            String name = it.next();
            if (!e.has(name)) {
                return new Difference(field + "." + name, MISSING, a.get(name).toString());
            }
        }
        return null;
    }

    private @Nullable Difference compareArrays(String field, List<Object> keyPath, JsonNode e, JsonNode a) {
        for (int i = 0; i < Math.min(e.size(), a.size()); i++) {
            Difference difference = compare(field + "[" + i + "]", child(keyPath, i), e.get(i), a.get(i));
            if (difference != null) {
                return difference;
            }
        }
        if (e.size() != a.size()) {
            return new Difference(field + ".length", String.valueOf(e.size()), String.valueOf(a.size()));
        }
        return null;
    }

    private static boolean sameNumber(JsonNode e, JsonNode a) {
        return a.isNumber() && e.isIntegralNumber() == a.isIntegralNumber()
                && e.decimalValue().compareTo(a.decimalValue()) == 0;
    }

    private static boolean isCause(List<Object> keyPath) {
        return !keyPath.isEmpty() && "cause".equals(keyPath.get(keyPath.size() - 1));
    }

    private static @Nullable JsonNode parse(String text) {
        try {
            return MAPPER.readTree(text);
        } catch (Exception e) {
            return null;
        }
    }

    static List<Object> child(List<Object> keyPath, Object key) {
        List<Object> path = new ArrayList<>(keyPath.size() + 1);
        path.addAll(keyPath);
        path.add(key);
        return path;
    }

    private static Difference differ(String field, JsonNode e, JsonNode a) {
        return new Difference(field, e.toString(), a.toString());
    }

    /**
     * Return whether the recorded text is the recorder's replacement: the text itself, or its numbered reference
     * form {@code <replacement:N>} (e.g. {@code <task_token:1>} for {@code $..TaskToken}).
     */
    private static boolean redacted(String recorded, String replacement) {
        return recorded.equals(replacement) || (recorded.startsWith("<" + replacement + ":")
                && recorded.endsWith(">") && recorded.substring(replacement.length() + 2, recorded.length() - 1)
                .chars().allMatch(Character::isDigit));
    }
}
