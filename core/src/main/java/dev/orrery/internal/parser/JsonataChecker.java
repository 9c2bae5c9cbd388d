package dev.orrery.internal.parser;

import com.dashjoin.jsonata.Jsonata;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Checks JSONata expression strings: {@code "{% expression %}"}, with any spacing inside the delimiters and an
 * expression that parses. Strings that neither start with the
 * opening delimiter nor end with the closing one are literals.
 */
final class JsonataChecker {

    private final Diagnostics diagnostics;

    JsonataChecker(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    /** Return whether the text is meant as a JSONata expression: it starts or ends with a delimiter. */
    static boolean looksLikeExpression(String text) {
        return text.startsWith("{%") || text.endsWith("%}");
    }

    /** Check every string inside the value, recursively. */
    void checkTree(JsonNode value, String pointer) {
        if (value.isTextual()) {
            checkString(value.asText(), pointer);
        } else if (value.isObject()) {
            for (Map.Entry<String, JsonNode> entry : value.properties()) {
                checkTree(entry.getValue(), Pointers.child(pointer, entry.getKey()));
            }
        } else if (value.isArray()) {
            for (int i = 0; i < value.size(); i++) {
                checkTree(value.get(i), Pointers.child(pointer, i));
            }
        }
    }

    /** Check one string: when it looks like an expression, its surround and its syntax. */
    void checkString(String text, String pointer) {
        if (!looksLikeExpression(text)) {
            return;
        }
        String expression = inner(text);
        if (expression == null) {
            diagnostics.error(Diagnostics.SCHEMA, pointer, "a JSONata expression must be written as \"{% <JSONata"
                    + " expression> %}\": it starts with \"{%\", ends with \"%}\" and holds an expression, but was \""
                    + text + "\"");
            return;
        }
        try {
            Jsonata.jsonata(expression);
        } catch (RuntimeException e) {
            diagnostics.error(Diagnostics.SCHEMA, pointer, "invalid JSONata expression \"" + expression + "\": "
                    + e.getMessage());
        }
    }

    /**
     * Return the expression between the delimiters, or {@code null} when there is none. AWS accepts any spacing
     * inside the delimiters ({@code "{%$x%}"}, {@code "{% $x%}"}, an expression over several lines), as its own
     * published samples show.
     */
    private static @Nullable String inner(String text) {
        if (text.length() < 4 || !text.startsWith("{%") || !text.endsWith("%}")) {
            return null;
        }
        String expression = text.substring(2, text.length() - 2).strip();
        return expression.isEmpty() ? null : expression;
    }
}
