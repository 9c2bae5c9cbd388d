package dev.orrery.server.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The {@code variableReferences} of DescribeStateMachine: for each state (nested ones included, by name), the
 * workflow variables it reads. In a JSONPath state they are the {@code $name} references of its paths
 * ({@code InputPath}, {@code ItemsPath}, {@code SecondsPath}, Choice {@code Variable} and {@code ...Path}
 * comparisons...) and of its {@code .$} template fields, intrinsic function arguments included; in a JSONata state
 * the {@code $name} variables of its {@code {% %}} expressions, except {@code $states}, function calls and
 * variables the expression binds itself.
 */
final class VariableReferences {

    private static final Pattern JSONPATH_VARIABLE = Pattern.compile("(?<![$\\w])\\$([A-Za-z_][A-Za-z0-9_]*)");
    private static final Pattern JSONATA_VARIABLE = Pattern.compile("(?<![$\\w])\\$([A-Za-z_][A-Za-z0-9_]*)(\\s*\\()?");
    private static final Pattern JSONATA_BINDING = Pattern.compile("\\$([A-Za-z_][A-Za-z0-9_]*)\\s*:=");
    private static final Pattern QUOTED = Pattern.compile("'(?:[^'\\\\]|\\\\.)*'|\"(?:[^\"\\\\]|\\\\.)*\"");
    private static final Set<String> NESTED = Set.of("ItemProcessor", "Iterator", "Branches");

    private VariableReferences() {}

    /** Return the references of the definition, or {@code null} when no state reads a variable. */
    static @Nullable ObjectNode of(JsonNode definition) {
        Map<String, Set<String>> references = new TreeMap<>();
        states(definition, definition.path("QueryLanguage").asText("JSONPath"), references);
        if (references.isEmpty()) {
            return null;
        }
        ObjectNode json = JsonNodeFactory.instance.objectNode();
        references.forEach((state, names) -> names.forEach(json.withArray(state)::add));
        return json;
    }

    private static void states(JsonNode machine, String language, Map<String, Set<String>> references) {
        for (Iterator<Map.Entry<String, JsonNode>> it = machine.path("States").fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> entry = it.next();
            JsonNode state = entry.getValue();
            String stateLanguage = state.path("QueryLanguage").asText(language);
            Set<String> names = new TreeSet<>();
            collect(state, null, stateLanguage.equals("JSONata"), names, true);
            if (!names.isEmpty()) {
                references.computeIfAbsent(entry.getKey(), k -> new TreeSet<>()).addAll(names);
            }
            for (String nested : NESTED) {
                JsonNode child = state.get(nested);
                if (child != null && child.isArray()) {
                    child.forEach(branch -> states(branch, stateLanguage, references));
                } else if (child != null && child.isObject()) {
                    states(child, stateLanguage, references);
                }
            }
        }
    }

    private static void collect(JsonNode node, @Nullable String key, boolean jsonata, Set<String> names,
            boolean top) {
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> field = it.next();
                if (!(top && NESTED.contains(field.getKey()))) {
                    collect(field.getValue(), field.getKey(), jsonata, names, false);
                }
            }
        } else if (node.isArray()) {
            node.forEach(item -> collect(item, key, jsonata, names, false));
        } else if (node.isTextual() && key != null) {
            String text = node.asText();
            if (jsonata) {
                jsonataNames(text, names);
            } else if (key.endsWith(".$") || key.equals("Variable")
                    || (key.endsWith("Path") && !key.equals("ResultPath"))) {
                Matcher matcher = JSONPATH_VARIABLE.matcher(QUOTED.matcher(text).replaceAll("''"));
                while (matcher.find()) {
                    names.add(matcher.group(1));
                }
            }
        }
    }

    private static void jsonataNames(String text, Set<String> names) {
        String trimmed = text.strip();
        if (!trimmed.startsWith("{%") || !trimmed.endsWith("%}")) {
            return;
        }
        String expression = QUOTED.matcher(trimmed.substring(2, trimmed.length() - 2)).replaceAll("''");
        Set<String> bound = new TreeSet<>();
        Matcher binding = JSONATA_BINDING.matcher(expression);
        while (binding.find()) {
            bound.add(binding.group(1));
        }
        Matcher matcher = JSONATA_VARIABLE.matcher(expression);
        while (matcher.find()) {
            String name = matcher.group(1);
            if (matcher.group(2) == null && !name.equals("states") && !bound.contains(name)) {
                names.add(name);
            }
        }
    }
}
