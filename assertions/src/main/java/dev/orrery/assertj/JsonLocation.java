package dev.orrery.assertj;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A definite location inside a JSON value, read from a JSONPath ({@code $.a['b c'][0]}) or a JSON pointer
 * ({@code /a/b c/0}), walked over a node and written back as JSONPath for failure messages.
 */
final class JsonLocation {

    private static final Pattern NAME = Pattern.compile("[A-Za-z_$][A-Za-z0-9_$-]*");
    private static final Pattern STEP = Pattern.compile(
            "\\.([^.\\[*?()@]+)|\\['((?:[^'\\\\]|\\\\.)*)'\\]|\\[\"((?:[^\"\\\\]|\\\\.)*)\"\\]|\\[(\\d+)\\]");

    /** The result of a walk: the node found ({@code null} when missing) and the JSONPath suffix walked. */
    record Found(@Nullable JsonNode node, String suffix) {}

    private JsonLocation() {}

    /** Walk a definite JSONPath from the node; throw IllegalArgumentException when it is not a definite path. */
    static Found walkJsonPath(@Nullable JsonNode node, String jsonPath) {
        if (!jsonPath.startsWith("$")) {
            throw new IllegalArgumentException("A JSONPath starts with \"$\", e.g. \"$.order.id\"; got: " + jsonPath);
        }
        List<Object> steps = new ArrayList<>();
        var matcher = STEP.matcher(jsonPath);
        int position = 1;
        while (position < jsonPath.length() && matcher.find(position) && matcher.start() == position) {
            steps.add(step(matcher));
            position = matcher.end();
        }
        if (position != jsonPath.length()) {
            throw new IllegalArgumentException("Only definite JSONPaths ($, .name, ['name'], [index]) are supported;"
                    + " cannot read \"" + jsonPath + "\" at offset " + position);
        }
        return walk(node, steps);
    }

    /** Walk a JSON pointer (RFC 6901) from the node. */
    static Found walkPointer(@Nullable JsonNode node, String pointer) {
        if (!pointer.isEmpty() && !pointer.startsWith("/")) {
            throw new IllegalArgumentException("A JSON pointer is empty or starts with \"/\"; got: " + pointer);
        }
        List<Object> steps = new ArrayList<>();
        if (!pointer.isEmpty()) {
            for (String token : pointer.substring(1).split("/", -1)) {
                steps.add(token.replace("~1", "/").replace("~0", "~"));
            }
        }
        return walk(node, steps);
    }

    private static Object step(java.util.regex.Matcher matcher) {
        if (matcher.group(4) != null) {
            return Integer.parseInt(matcher.group(4));
        }
        String quoted = matcher.group(2) != null ? matcher.group(2) : matcher.group(3);
        return quoted != null ? quoted.replaceAll("\\\\(.)", "$1") : matcher.group(1);
    }

    private static Found walk(@Nullable JsonNode start, List<Object> steps) {
        JsonNode node = start;
        StringBuilder suffix = new StringBuilder();
        for (Object step : steps) {
            boolean index = step instanceof Integer
                    || (node != null && node.isArray() && ((String) step).matches("0|[1-9]\\d*"));
            if (index) {
                int i = step instanceof Integer n ? n : Integer.parseInt((String) step);
                suffix.append('[').append(i).append(']');
                node = node != null && node.isArray() ? node.get(i) : null;
            } else {
                suffix.append(name((String) step));
                node = node != null && node.isObject() ? node.get((String) step) : null;
            }
        }
        return new Found(node, suffix.toString());
    }

    /** Return the JSONPath step for a field name: {@code .name} or {@code ['odd name']}. */
    static String name(String field) {
        return NAME.matcher(field).matches() ? "." + field : "['" + field.replace("'", "\\'") + "']";
    }
}
