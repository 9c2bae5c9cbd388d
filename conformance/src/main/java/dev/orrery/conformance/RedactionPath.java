package dev.orrery.conformance;

import java.util.ArrayList;
import java.util.List;

/**
 * A redaction JSONPath of the corpus ({@code $..TaskToken}, {@code $..events..output.Name}) matched against the key
 * path of a value: object keys as strings, array indexes as integers.
 */
final class RedactionPath {

    private record Segment(boolean descendant, String name) {}

    private final String text;
    private final List<Segment> segments;

    private RedactionPath(String text, List<Segment> segments) {
        this.text = text;
        this.segments = segments;
    }

    /** Parse {@code $}, then {@code .name} and {@code ..name} steps; {@code *} matches any key. */
    static RedactionPath parse(String text) {
        if (!text.startsWith("$")) {
            throw new IllegalArgumentException("redaction path must start with $: " + text);
        }
        List<Segment> segments = new ArrayList<>();
        int i = 1;
        while (i < text.length()) {
            if (text.charAt(i) != '.') {
                throw new IllegalArgumentException("unsupported redaction path " + text + " at offset " + i);
            }
            boolean descendant = text.startsWith("..", i);
            i += descendant ? 2 : 1;
            int end = i;
            while (end < text.length() && text.charAt(end) != '.') {
                end++;
            }
            if (end == i) {
                throw new IllegalArgumentException("empty step in redaction path " + text);
            }
            segments.add(new Segment(descendant, text.substring(i, end)));
            i = end;
        }
        return new RedactionPath(text, List.copyOf(segments));
    }

    /** Return whether the path selects the value at the given key path. */
    boolean matches(List<Object> keyPath) {
        return matches(0, keyPath, 0);
    }

    private boolean matches(int segment, List<Object> keyPath, int key) {
        if (segment == segments.size()) {
            return key == keyPath.size();
        }
        Segment step = segments.get(segment);
        int last = step.descendant() ? keyPath.size() - 1 : key;
        for (int k = key; k <= last && k < keyPath.size(); k++) {
            if (nameMatches(step.name(), keyPath.get(k)) && matches(segment + 1, keyPath, k + 1)) {
                return true;
            }
        }
        return false;
    }

    private static boolean nameMatches(String name, Object key) {
        return name.equals("*") || name.equals(String.valueOf(key));
    }

    @Override
    public String toString() {
        return text;
    }
}
