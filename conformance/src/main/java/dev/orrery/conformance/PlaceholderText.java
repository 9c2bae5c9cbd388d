package dev.orrery.conformance;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Matches recorded text holding {@code <...>} placeholders against actual text, binding each placeholder once. */
final class PlaceholderText {

    private final List<String> placeholders;
    private final Map<String, String> bindings = new HashMap<>();

    PlaceholderText(List<String> placeholders) {
        this.placeholders = placeholders.stream().filter(p -> !p.isEmpty()).toList();
    }

    Map<String, String> bindings() {
        return bindings;
    }

    /** Return whether the actual text matches; on a match, bind the placeholders it fixed. */
    boolean matches(String expected, String actual) {
        if (expected.equals(actual)) {
            return true;
        }
        List<String> unbound = new ArrayList<>();
        StringBuilder regex = new StringBuilder("^");
        int i = 0;
        while (i < expected.length()) {
            String placeholder = placeholderAt(expected, i);
            if (placeholder == null) {
                int next = nextPlaceholder(expected, i + 1);
                regex.append(Pattern.quote(expected.substring(i, next)));
                i = next;
                continue;
            }
            if (bindings.containsKey(placeholder)) {
                regex.append(Pattern.quote(bindings.get(placeholder)));
            } else if (unbound.contains(placeholder)) {
                regex.append('\\').append(unbound.indexOf(placeholder) + 1);
            } else {
                unbound.add(placeholder);
                regex.append("(.+?)");
            }
            i += placeholder.length();
        }
        if (unbound.isEmpty() && placeholders.stream().noneMatch(expected::contains)) {
            return false;
        }
        Matcher matcher = Pattern.compile(regex.append('$').toString(), Pattern.DOTALL).matcher(actual);
        if (!matcher.matches()) {
            return false;
        }
        for (int g = 0; g < unbound.size(); g++) {
            bindings.put(unbound.get(g), matcher.group(g + 1));
        }
        return true;
    }

    private @Nullable String placeholderAt(String text, int index) {
        for (String placeholder : placeholders) {
            if (text.startsWith(placeholder, index)) {
                return placeholder;
            }
        }
        return null;
    }

    private int nextPlaceholder(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            if (placeholderAt(text, i) != null) {
                return i;
            }
        }
        return text.length();
    }
}
