package dev.orrery.internal.intrinsics;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.orrery.internal.eval.ExpressionSyntaxException;

/**
 * Reads a single-quoted string literal. The reserved characters {@code ' { } \} appear in the value only escaped
 * with a backslash; any other backslash is an open escape and a syntax error.
 */
final class StringLiterals {

    private StringLiterals() {}

    /**
     * Read the literal that starts at the parser's position (on the opening quote).
     *
     * @throws ExpressionSyntaxException on an open escape or a missing closing quote
     */
    static LiteralArgument read(IntrinsicParser parser) throws ExpressionSyntaxException {
        String text = parser.text();
        int start = parser.position() + 1;
        StringBuilder value = new StringBuilder();
        int i = start;
        while (i < text.length() && text.charAt(i) != '\'') {
            char c = text.charAt(i);
            if (c == '\\') {
                char next = i + 1 < text.length() ? text.charAt(i + 1) : 0;
                if ("'{}\\".indexOf(next) < 0 || next == 0) {
                    parser.moveTo(i);
                    throw parser.expected("an escape sequence (\\', \\{, \\} or \\\\)");
                }
                value.append(next);
                i += 2;
            } else {
                value.append(c);
                i++;
            }
        }
        if (i >= text.length()) {
            parser.moveTo(i);
            throw parser.expected("a closing single quote");
        }
        parser.moveTo(i + 1);
        return new LiteralArgument(JsonNodeFactory.instance.textNode(value.toString()), text.substring(start, i));
    }
}
