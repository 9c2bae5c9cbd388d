package dev.orrery.internal.scaffold;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A plain path into a JSON document: field names and array indexes, as {@code $.order.items[0].sku} names them.
 *
 * @param steps each step: a {@link String} field name or an {@link Integer} index
 */
record DataPath(List<Object> steps) {

    private static final Pattern STEP =
            Pattern.compile("\\.([A-Za-z_$][\\w$-]*)|\\['([^']*)'\\]|\\[\"([^\"]*)\"\\]|\\[(\\d{1,6})\\]");
    private static final Pattern JSONATA_STEP = Pattern.compile("\\.([A-Za-z_][\\w]*|`[^`]*`)|\\[(\\d{1,6})\\]");
    static final DataPath ROOT = new DataPath(List.of());

    DataPath {
        steps = List.copyOf(steps);
    }

    /** Parse a JSONPath made only of names and indexes after {@code $}; {@code null} for anything else. */
    static @Nullable DataPath parse(@Nullable String path) {
        if (path == null || !path.startsWith("$") || path.startsWith("$$")) {
            return null;
        }
        return steps(path.substring(1), STEP);
    }

    /** Parse the rest of a JSONata path such as {@code .order.items[0]}; {@code null} for anything else. */
    static @Nullable DataPath parseJsonata(String rest) {
        return steps(rest, JSONATA_STEP);
    }

    private static @Nullable DataPath steps(String text, Pattern step) {
        List<Object> steps = new ArrayList<>();
        Matcher matcher = step.matcher(text);
        int at = 0;
        while (at < text.length()) {
            if (!matcher.find(at) || matcher.start() != at) {
                return null;
            }
            steps.add(step(matcher));
            at = matcher.end();
        }
        return new DataPath(steps);
    }

    private static Object step(Matcher matcher) {
        for (int group = 1; group <= matcher.groupCount(); group++) {
            String text = matcher.group(group);
            if (text != null) {
                boolean index = group == matcher.groupCount();
                return index ? (Object) Integer.valueOf(text) : text.replace("`", "");
            }
        }
        throw new IllegalStateException("a step matched no group");
    }

    boolean isRoot() {
        return steps.isEmpty();
    }

    /** Return whether this path starts with {@code prefix}. */
    boolean startsWith(DataPath prefix) {
        return steps.size() >= prefix.steps.size() && steps.subList(0, prefix.steps.size()).equals(prefix.steps);
    }

    /** Return the rest of this path after {@code prefix}, which it starts with. */
    DataPath after(DataPath prefix) {
        return new DataPath(steps.subList(prefix.steps.size(), steps.size()));
    }

    /** Return {@code prefix} followed by this path. */
    DataPath under(DataPath prefix) {
        List<Object> all = new ArrayList<>(prefix.steps);
        all.addAll(steps);
        return new DataPath(all);
    }

    /** Return the value at this path in {@code document}, or {@code null} when there is none. */
    @Nullable JsonNode read(JsonNode document) {
        JsonNode at = document;
        for (Object step : steps) {
            at = step instanceof Integer index ? at.get(index) : at.get((String) step);
            if (at == null) {
                return null;
            }
        }
        return at;
    }

    /**
     * Return a copy of {@code document} with {@code value} at this path (objects and arrays made on the way; a
     * {@code null} value removes the field), or {@code value} itself for the root.
     */
    JsonNode write(JsonNode document, @Nullable JsonNode value) {
        if (steps.isEmpty()) {
            return value == null ? JsonNodeFactory.instance.objectNode() : value.deepCopy();
        }
        JsonNode copy = document.deepCopy();
        JsonNode root = container(copy, steps.get(0));
        JsonNode at = root;
        for (int i = 0; i < steps.size() - 1; i++) {
            Object step = steps.get(i);
            JsonNode child = step instanceof Integer index ? at.get(index) : at.get((String) step);
            Object next = steps.get(i + 1);
            if (child == null || !fits(child, next)) {
                child = next instanceof Integer ? JsonNodeFactory.instance.arrayNode()
                        : JsonNodeFactory.instance.objectNode();
                put(at, step, child);
            }
            at = child;
        }
        Object last = steps.get(steps.size() - 1);
        if (value == null) {
            if (at instanceof ObjectNode object) {
                object.remove((String) last);
            }
        } else {
            put(at, last, value.deepCopy());
        }
        return root;
    }

    private static JsonNode container(JsonNode document, Object first) {
        if (fits(document, first)) {
            return document;
        }
        return first instanceof Integer ? JsonNodeFactory.instance.arrayNode() : JsonNodeFactory.instance.objectNode();
    }

    private static boolean fits(JsonNode node, Object step) {
        return step instanceof Integer ? node.isArray() : node.isObject();
    }

    private static void put(JsonNode container, Object step, JsonNode value) {
        if (container instanceof ArrayNode array) {
            int index = (Integer) step;
            while (array.size() <= index) {
                array.add(JsonNodeFactory.instance.objectNode());
            }
            array.set(index, value);
        } else {
            ((ObjectNode) container).set((String) step, value);
        }
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("$");
        for (Object step : steps) {
            text.append(step instanceof Integer ? "[" + step + "]" : "." + step);
        }
        return text.toString();
    }
}
