package dev.orrery.internal.replay;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import java.util.Iterator;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Compares a recorded JSON value with a replayed one, where the recording may hold redaction placeholders.
 *
 * <p>The placeholder is the string {@value #PLACEHOLDER}: as a whole value (a string, in place of any JSON value, or
 * as the whole JSON-encoded {@code input}/{@code output} of an event) it matches any value; inside a longer string
 * (a cause such as {@code "User arn:aws:iam::<redacted>:user/ops is not authorized"}) it stands for any text.
 * Numbers compare by value; a {@code cause} that is JSON text on both sides compares as JSON.
 */
public final class Redacted {

    /** The placeholder a person puts where a value was removed before sharing a history. */
    public static final String PLACEHOLDER = "<redacted>";

    private Redacted() {}

    /** A difference: where (dotted and indexed, e.g. {@code output.items[2].price}) and the two values. */
    public record Difference(String where, @Nullable JsonNode expected, @Nullable JsonNode actual) {}

    /** Return whether the recorded value admits the replayed one. */
    public static boolean matches(@Nullable JsonNode expected, @Nullable JsonNode actual) {
        return firstDifference("", expected, actual) == null;
    }

    /**
     * Return the first difference between the recorded and the replayed value, or {@code null} when they match.
     *
     * @param where the name of the compared value, the prefix of the difference's place
     */
    public static @Nullable Difference firstDifference(String where, @Nullable JsonNode expected,
            @Nullable JsonNode actual) {
        JsonNode e = expected == null || expected.isMissingNode() ? NullNode.instance : expected;
        JsonNode a = actual == null || actual.isMissingNode() ? NullNode.instance : actual;
        if (e.isTextual()) {
            return textMatches(e.asText(), a) ? null : new Difference(where, expected, actual);
        }
        if (e.isNumber()) {
            return a.isNumber() && e.decimalValue().compareTo(a.decimalValue()) == 0 ? null
                    : new Difference(where, expected, actual);
        }
        if (e.isObject() && a.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = e.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                String child = where.isEmpty() ? field.getKey() : where + "." + field.getKey();
                if (!a.has(field.getKey())) {
                    return new Difference(child, field.getValue(), null);
                }
                Difference difference = firstDifference(child, field.getValue(), a.get(field.getKey()));
                if (difference != null) {
                    return difference;
                }
            }
            for (Iterator<String> it = a.fieldNames(); it.hasNext(); ) {
                String name = it.next();
                if (!e.has(name)) {
                    return new Difference(where.isEmpty() ? name : where + "." + name, null, a.get(name));
                }
            }
            return null;
        }
        if (e.isArray() && a.isArray()) {
            for (int i = 0; i < Math.min(e.size(), a.size()); i++) {
                Difference difference = firstDifference(where + "[" + i + "]", e.get(i), a.get(i));
                if (difference != null) {
                    return difference;
                }
            }
            return e.size() == a.size() ? null : new Difference(where, expected, actual);
        }
        return e.equals(a) ? null : new Difference(where, expected, actual);
    }

    /** Return whether the recorded text admits the replayed value. */
    private static boolean textMatches(String expected, JsonNode actual) {
        if (expected.equals(PLACEHOLDER)) {
            return true;
        }
        if (!actual.isTextual()) {
            return false;
        }
        String text = actual.asText();
        if (expected.equals(text)) {
            return true;
        }
        if (!expected.contains(PLACEHOLDER)) {
            return false;
        }
        String[] parts = expected.split(Pattern.quote(PLACEHOLDER), -1);
        StringBuilder regex = new StringBuilder();
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) {
                regex.append("(?s:.*?)");
            }
            regex.append(Pattern.quote(parts[i]));
        }
        return Pattern.compile(regex.toString()).matcher(text).matches();
    }

    /** Return whether the value is, or holds anywhere, a placeholder. */
    public static boolean holdsPlaceholder(@Nullable JsonNode value) {
        if (value == null) {
            return false;
        }
        if (value.isTextual()) {
            return value.asText().contains(PLACEHOLDER);
        }
        for (JsonNode child : value) {
            if (holdsPlaceholder(child)) {
                return true;
            }
        }
        return false;
    }
}
