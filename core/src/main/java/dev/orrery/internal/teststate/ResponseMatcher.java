package dev.orrery.internal.teststate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Compares a TestState response with a recorded one, as the corpus README says: every recorded field and no other;
 * JSON text compared parsed; placeholders ({@code <resource:1>}) match any text, the same text for the same token;
 * ISO-8601 timestamps read as {@code date}; a value at a redacted path matches anything.
 */
final class ResponseMatcher {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Pattern PLACEHOLDER = Pattern.compile("<[a-z_]+:\\d+>");
    private static final Pattern TIMESTAMP =
            Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:?\\d{2})");

    private final Map<String, String> bindings = new HashMap<>();
    private final Set<String> redactedTexts;

    ResponseMatcher(Set<String> redactedTexts) {
        this.redactedTexts = redactedTexts;
    }

    /** Return the first difference, or {@code null} when the response matches. */
    @Nullable
    String difference(JsonNode expected, JsonNode actual, String at) {
        JsonNode e = parsed(expected);
        JsonNode a = parsed(actual);
        if (e.isObject() && a.isObject()) {
            Set<String> names = new LinkedHashSet<>();
            e.fieldNames().forEachRemaining(names::add);
            a.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                JsonNode ev = e.get(name);
                JsonNode av = a.get(name);
                if (ev == null || av == null) {
                    return at + "/" + name + ": expected " + ev + " but was " + av;
                }
                String diff = difference(ev, av, at + "/" + name);
                if (diff != null) {
                    return diff;
                }
            }
            return null;
        }
        if (e.isArray() && a.isArray()) {
            if (e.size() != a.size()) {
                return at + ": expected " + e + " but was " + a;
            }
            for (int i = 0; i < e.size(); i++) {
                String diff = difference(e.get(i), a.get(i), at + "/" + i);
                if (diff != null) {
                    return diff;
                }
            }
            return null;
        }
        if (e.isTextual() && a.isTextual()) {
            return texts(e.asText(), a.asText()) ? null : at + ": expected " + e + " but was " + a;
        }
        if (e.isNumber() && a.isNumber()) {
            boolean sameKind = e.isIntegralNumber() == a.isIntegralNumber();
            return sameKind && e.decimalValue().compareTo(a.decimalValue()) == 0 ? null
                    : at + ": expected " + e + " but was " + a;
        }
        if (e.isTextual() && redactedTexts.contains(e.asText())) {
            return null;
        }
        return e.equals(a) ? null : at + ": expected " + e + " but was " + a;
    }

    private boolean texts(String expected, String actual) {
        if (expected.equals(actual) || redactedTexts.contains(expected)) {
            return true;
        }
        if (expected.equals("date") && TIMESTAMP.matcher(actual).matches()) {
            return true;
        }
        Matcher matcher = PLACEHOLDER.matcher(expected);
        if (!matcher.find()) {
            return false;
        }
        StringBuilder regex = new StringBuilder();
        List<String> tokens = new java.util.ArrayList<>();
        int last = 0;
        matcher.reset();
        while (matcher.find()) {
            regex.append(Pattern.quote(expected.substring(last, matcher.start()))).append("(.+?)");
            tokens.add(matcher.group());
            last = matcher.end();
        }
        regex.append(Pattern.quote(expected.substring(last)));
        Matcher m = Pattern.compile(regex.toString()).matcher(actual);
        if (!m.matches()) {
            return false;
        }
        for (int i = 0; i < tokens.size(); i++) {
            String bound = bindings.putIfAbsent(tokens.get(i), m.group(i + 1));
            if (bound != null && !bound.equals(m.group(i + 1))) {
                return false;
            }
        }
        return true;
    }

    /** Parse text that is JSON (an object, array, or any value written as JSON text); keep other text. */
    private static JsonNode parsed(JsonNode node) {
        if (!node.isTextual()) {
            return node;
        }
        String text = node.asText().trim();
        if (text.isEmpty()) {
            return node;
        }
        try {
            JsonNode value = MAPPER.readTree(text);
            return value == null || value.isMissingNode() ? node : value;
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            return node;
        }
    }
}
