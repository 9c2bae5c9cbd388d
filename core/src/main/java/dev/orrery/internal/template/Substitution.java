package dev.orrery.internal.template;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.orrery.internal.parser.DefinitionReader;
import dev.orrery.internal.parser.JsonDocument;
import dev.orrery.internal.parser.Placeholders;
import dev.orrery.internal.parser.Pointers;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Map;
import java.util.regex.Matcher;

/**
 * Replaces {@code ${name}} placeholders the way a deployment substitutes them: inside every string of the definition,
 * the value's text. A placeholder that is the whole value of a numeric ASL field ({@code "Seconds": "${Wait}"}) becomes
 * a number when its value is one (Orrery's rule, so that a template's number reaches the field as a number). Names
 * without a value stay placeholders.
 */
final class Substitution {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private Substitution() {}

    /** Return the document with the values substituted; positions are kept. */
    static JsonDocument apply(JsonDocument document, Map<String, JsonNode> values) {
        if (values.isEmpty()) {
            return document;
        }
        return new JsonDocument(apply(document.root(), "", values), document.source(), document.positions());
    }

    /**
     * Read a definition's text; when JSON text does not parse before substitution (Terraform's
     * {@code "TimeoutSeconds": ${timeout}}), read it again with the values substituted and the remaining
     * placeholders outside strings quoted.
     */
    static DefinitionReader.Loaded load(String text, String source, boolean yaml, Map<String, JsonNode> values) {
        DefinitionReader.Loaded loaded = DefinitionReader.load(text, source, yaml);
        if (loaded.document() == null && !yaml && text.contains("${")) {
            return DefinitionReader.load(quoteBare(applyToText(text, values)), source, false);
        }
        return loaded;
    }

    /** Return the text with the values substituted, for text that is not JSON before substitution. */
    static String applyToText(String text, Map<String, JsonNode> values) {
        return Placeholders.PLACEHOLDER.matcher(text).replaceAll(match -> Matcher.quoteReplacement(
                values.containsKey(match.group(1)) ? values.get(match.group(1)).asText() : match.group()));
    }

    /**
     * Return JSON text whose placeholders outside strings ({@code "TimeoutSeconds": ${timeout}}, which Terraform's
     * {@code templatefile} fills before the text is JSON) are quoted, so that the text parses and each placeholder
     * is judged as the value it stands for.
     */
    static String quoteBare(String text) {
        StringBuilder result = new StringBuilder(text.length() + 16);
        boolean inString = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (inString && c == '\\' && i + 1 < text.length()) {
                result.append(c).append(text.charAt(++i));
                continue;
            }
            if (c == '"') {
                inString = !inString;
            } else if (!inString && c == '$' && text.startsWith("${", i) && text.indexOf('}', i) > 0) {
                int end = text.indexOf('}', i) + 1;
                result.append('"').append(text, i, end).append('"');
                i = end - 1;
                continue;
            }
            result.append(c);
        }
        return result.toString();
    }

    private static JsonNode apply(JsonNode node, String pointer, Map<String, JsonNode> values) {
        if (node.isObject()) {
            ObjectNode copy = NODES.objectNode();
            node.properties().forEach(entry -> copy.set(entry.getKey(),
                    apply(entry.getValue(), Pointers.child(pointer, entry.getKey()), values)));
            return copy;
        }
        if (node.isArray()) {
            ArrayNode copy = NODES.arrayNode();
            for (int i = 0; i < node.size(); i++) {
                copy.add(apply(node.get(i), Pointers.child(pointer, i), values));
            }
            return copy;
        }
        return node.isTextual() ? text(node.asText(), pointer, values) : node;
    }

    private static JsonNode text(String text, String pointer, Map<String, JsonNode> values) {
        Matcher whole = Placeholders.PLACEHOLDER.matcher(text);
        if (whole.matches() && values.containsKey(whole.group(1)) && Placeholders.isNumericField(pointer)) {
            JsonNode value = values.get(whole.group(1));
            if (value.isNumber()) {
                return value;
            }
            String number = value.asText().strip();
            try {
                return number.matches("-?\\d+") ? NODES.numberNode(new BigInteger(number))
                        : NODES.numberNode(new BigDecimal(number));
            } catch (NumberFormatException notANumber) {
                return NODES.textNode(value.asText());
            }
        }
        return NODES.textNode(applyToText(text, values));
    }
}
