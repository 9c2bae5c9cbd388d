package dev.orrery.engine;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orrery.internal.parser.JsonDocument;
import dev.orrery.internal.text.ClosestNames;
import dev.orrery.parse.SourcePosition;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A value of a test file with its JSON pointer and source position, and the checks that report located problems.
 *
 * @param document the test file read with positions, never {@code null}
 * @param pointer the JSON pointer of the value ({@code ""} for the root)
 * @param value the value, never {@code null} (a missing node when absent)
 * @param problems where problems are reported, never {@code null}
 */
record Node(JsonDocument document, String pointer, JsonNode value, Problems problems) {

    /** Return the position of the value (of its key, for an object member). */
    SourcePosition position() {
        return document.position(pointer);
    }

    /** Return the member of an object (a missing node when absent). */
    Node get(String key) {
        return new Node(document, pointer + "/" + key.replace("~", "~0").replace("/", "~1"), value.path(key),
                problems);
    }

    /** Return the members of an object, in file order. */
    List<Map.Entry<String, Node>> members() {
        List<Map.Entry<String, Node>> members = new ArrayList<>();
        value.properties().forEach(member -> members.add(Map.entry(member.getKey(), get(member.getKey()))));
        return members;
    }

    /** Return the elements of an array, in order. */
    List<Node> elements() {
        List<Node> elements = new ArrayList<>();
        for (int i = 0; i < value.size(); i++) {
            elements.add(new Node(document, pointer + "/" + i, value.get(i), problems));
        }
        return elements;
    }

    /** Return whether the value is there. */
    boolean present() {
        return !value.isMissingNode();
    }

    /** Report a problem at this value. */
    void problem(String message) {
        problems.add(position(), message);
    }

    /** Report that the value is not what was expected, and return {@code false}. */
    boolean expected(String what) {
        return expected(what, "");
    }

    /** Report that the value is not what was expected, with a hint such as a close name, and return {@code false}. */
    boolean expected(String what, String hint) {
        problem(name() + ": expected " + what + " but was " + describe(value) + hint);
        return false;
    }

    /** Return whether the value is an object; report it when it is not. */
    boolean isObject(String what) {
        return value.isObject() || expected(what);
    }

    /** Report every key that is not allowed, listing the allowed ones. */
    void onlyKeys(Set<String> allowed) {
        for (Map.Entry<String, Node> member : members()) {
            if (!allowed.contains(member.getKey())) {
                String hint = ClosestNames.didYouMean(member.getKey(), allowed);
                member.getValue().problem("unknown key \"" + member.getKey() + "\"" + (hint.isEmpty()
                        ? "; expected one of " + allowed.stream().sorted().toList() : hint));
            }
        }
    }

    /** Return the text of a string value, or {@code null} (reported) when it is not a non-empty string. */
    @Nullable String text() {
        if (value.isTextual() && !value.asText().isEmpty()) {
            return value.asText();
        }
        expected("a non-empty string");
        return null;
    }

    /** Return the text of an optional string value; {@code null} when absent or reported. */
    @Nullable String optionalText() {
        return present() ? text() : null;
    }

    /** Return the strings of an array of strings; report anything else, saying what the list holds. */
    List<String> texts(String what) {
        if (!value.isArray()) {
            expected("a list of " + what);
            return List.of();
        }
        List<String> texts = new ArrayList<>();
        for (Node element : elements()) {
            String text = element.text();
            if (text != null) {
                texts.add(text);
            }
        }
        return texts;
    }

    /** Return a whole number at least {@code min}, or {@code -1} (reported). */
    int count(int min) {
        if (value.canConvertToInt() && value.isIntegralNumber() && value.asInt() >= min) {
            return value.asInt();
        }
        expected("a whole number of at least " + min);
        return -1;
    }

    /** Return an ISO-8601 duration such as {@code PT2S} or {@code P2D}, or {@code null} (reported). */
    @Nullable Duration duration() {
        if (value.isTextual()) {
            try {
                Duration duration = Duration.parse(value.asText());
                if (!duration.isNegative()) {
                    return duration;
                }
            } catch (DateTimeParseException e) {
                // reported below
            }
        }
        expected("an ISO-8601 duration such as \"PT2S\" or \"P2D\"");
        return null;
    }

    /** Return the key of this value, for messages: {@code "latency"}, or {@code "callbacks[0]"}. */
    String name() {
        if (pointer.isEmpty()) {
            return "the test file";
        }
        String last = pointer.substring(pointer.lastIndexOf('/') + 1).replace("~1", "/").replace("~0", "~");
        return last.chars().allMatch(Character::isDigit) ? "item " + last : "\"" + last + "\"";
    }

    static String describe(JsonNode value) {
        if (value.isMissingNode()) {
            return "nothing";
        }
        String kind = value.isObject() ? "a mapping " : value.isArray() ? "a list " : "";
        String text = value.toString();
        return kind + (text.length() > 80 ? text.substring(0, 77) + "..." : text);
    }
}
