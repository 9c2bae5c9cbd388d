package dev.orrery.internal.parser;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Finds the {@code ${name}} placeholders a deployment tool substitutes (CloudFormation's DefinitionSubstitutions,
 * Terraform's {@code templatefile}) and makes a neutral copy of the definition to validate, so that a placeholder is
 * judged as the value it stands for: a number where ASL wants a number, an ARN where it wants an ARN, a plain word
 * inside any other text.
 */
public final class Placeholders {

    /** A placeholder: {@code ${} then anything but a closing brace, then {@code }}. */
    public static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([^}]+)}");

    /** The numeric fields of ASL, outside payload templates. */
    private static final Set<String> NUMERIC = Set.of("TimeoutSeconds", "HeartbeatSeconds", "Seconds",
            "IntervalSeconds", "MaxAttempts", "BackoffRate", "MaxDelaySeconds", "MaxConcurrency",
            "ToleratedFailureCount", "ToleratedFailurePercentage", "MaxItemsPerBatch", "MaxInputBytesPerBatch",
            "MaxItems");
    /** The fields whose content is free-form JSON, where a field name says nothing about its type. */
    private static final Set<String> PAYLOADS = Set.of("Parameters", "Arguments", "ItemSelector", "ResultSelector",
            "Result", "Output", "Assign", "BatchInput", "Credentials");
    /** The documented values pseudo parameters take (see {@code docs/guides/templates.md}). */
    private static final Map<String, String> PSEUDO = Map.of("AWS::Region", "us-east-1", "AWS::AccountId",
            "123456789012", "AWS::Partition", "aws", "AWS::URLSuffix", "amazonaws.com", "AWS::StackName", "stack",
            "AWS::NoValue", "");

    /**
     * One placeholder in a definition.
     *
     * @param pointer the JSON pointer of the string holding it
     * @param name the text between {@code ${} and {@code }}
     * @param state the innermost state holding it, or {@code null} outside any state
     */
    public record Occurrence(String pointer, String name, @Nullable String state) {}

    private Placeholders() {}

    /** Return every placeholder of the tree, in document order. */
    public static List<Occurrence> find(JsonNode root) {
        List<Occurrence> found = new ArrayList<>();
        walk(root, "", found);
        return found;
    }

    /** Return whether a field, by its pointer, holds a number in ASL. */
    public static boolean isNumericField(String pointer) {
        JsonPointer tokens = JsonPointer.compile(pointer);
        String last = "";
        for (JsonPointer at = tokens; !at.matches(); at = at.tail()) {
            if (PAYLOADS.contains(at.getMatchingProperty())) {
                return false;
            }
            last = at.getMatchingProperty();
        }
        return NUMERIC.contains(last);
    }

    /** Return a copy of the tree in which each placeholder is replaced by a neutral value valid where it stands. */
    public static JsonNode neutralised(JsonNode root) {
        return neutralise(root, "");
    }

    private static JsonNode neutralise(JsonNode node, String pointer) {
        if (node.isObject()) {
            ObjectNode copy = ((ObjectNode) node).objectNode();
            node.properties().forEach(entry ->
                    copy.set(entry.getKey(), neutralise(entry.getValue(), Pointers.child(pointer, entry.getKey()))));
            return copy;
        }
        if (node.isArray()) {
            ArrayNode copy = ((ArrayNode) node).arrayNode();
            for (int i = 0; i < node.size(); i++) {
                copy.add(neutralise(node.get(i), Pointers.child(pointer, i)));
            }
            return copy;
        }
        if (!node.isTextual() || !PLACEHOLDER.matcher(node.asText()).find()) {
            return node;
        }
        return neutralText(node.asText(), pointer);
    }

    private static JsonNode neutralText(String text, String pointer) {
        Matcher whole = PLACEHOLDER.matcher(text);
        if (whole.matches() && isNumericField(pointer)) {
            return IntNode.valueOf(1);
        }
        if (whole.matches() && Pointers.lastToken(pointer).equals("Resource")) {
            return TextNode.valueOf("arn:aws:lambda:us-east-1:123456789012:function:" + word(whole.group(1)));
        }
        return TextNode.valueOf(PLACEHOLDER.matcher(text).replaceAll(match ->
                Matcher.quoteReplacement(neutralValue(match.group(1)))));
    }

    /** Return the value a placeholder stands for in validation: a pseudo parameter's value, else a plain word. */
    private static String neutralValue(String name) {
        String pseudo = PSEUDO.get(name);
        return pseudo != null ? pseudo : word(name);
    }

    private static String word(String name) {
        String word = name.replaceAll("[^A-Za-z0-9]", "");
        return word.isEmpty() ? "x" : word;
    }

    private static void walk(JsonNode node, String pointer, List<Occurrence> found) {
        if (node.isObject()) {
            node.properties().forEach(entry -> walk(entry.getValue(), Pointers.child(pointer, entry.getKey()), found));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(node.get(i), Pointers.child(pointer, i), found);
            }
        } else if (node.isTextual()) {
            Matcher matcher = PLACEHOLDER.matcher(node.asText());
            while (matcher.find()) {
                found.add(new Occurrence(pointer, matcher.group(1), state(pointer)));
            }
        }
    }

    /** Return the innermost state a pointer lies in, or {@code null}. */
    private static @Nullable String state(String pointer) {
        String state = null;
        String previous = null;
        for (JsonPointer at = JsonPointer.compile(pointer); !at.matches(); at = at.tail()) {
            if ("States".equals(previous)) {
                state = at.getMatchingProperty();
            }
            previous = at.getMatchingProperty();
        }
        return state;
    }

    /** Group the placeholders by the state that holds them; those outside states go to {@code outside}. */
    public static Map<String, List<String>> byState(List<Occurrence> occurrences, String outside) {
        Map<String, List<String>> byState = new LinkedHashMap<>();
        for (Occurrence occurrence : occurrences) {
            if (Pointers.lastToken(occurrence.pointer()).equals("Comment")) {
                continue;
            }
            String state = occurrence.state() == null ? outside : occurrence.state();
            List<String> names = byState.computeIfAbsent(state, key -> new ArrayList<>());
            if (!names.contains(occurrence.name())) {
                names.add(occurrence.name());
            }
        }
        return byState;
    }
}
