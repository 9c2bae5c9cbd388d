package dev.orrery.internal.choice;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orrery.internal.eval.EvaluationContext;
import dev.orrery.internal.eval.ExpressionSyntaxException;
import java.util.regex.Pattern;

/**
 * {@code StringMatches}: the whole string must match the pattern, where {@code *} matches any run of characters
 * (also none), {@code \*} a literal star and {@code \\} a literal backslash; no other character is special.
 *
 * <p>The States Language specification defines the two escapes and says an open (trailing) escape backslash is an
 * error: it is rejected at compile time. A backslash before any other character stands for that character.
 */
final class StringMatches implements CompiledCondition {

    private final ChoicePath variable;
    private final String pattern;
    private final Pattern regex;

    private StringMatches(ChoicePath variable, String pattern, Pattern regex) {
        this.variable = variable;
        this.pattern = pattern;
        this.regex = regex;
    }

    /**
     * Compile the pattern once.
     *
     * @throws ExpressionSyntaxException when the pattern ends with an open escape backslash
     */
    static StringMatches compile(ChoicePath variable, String pattern) throws ExpressionSyntaxException {
        StringBuilder regex = new StringBuilder();
        StringBuilder literal = new StringBuilder();
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '\\') {
                if (i + 1 == pattern.length()) {
                    throw new ExpressionSyntaxException("the StringMatches pattern '" + pattern
                            + "' ends with an open escape '\\': write '\\\\' for a literal backslash", i);
                }
                literal.append(pattern.charAt(++i));
            } else if (c == '*') {
                flush(regex, literal);
                regex.append(".*");
            } else {
                literal.append(c);
            }
        }
        flush(regex, literal);
        return new StringMatches(variable, pattern, Pattern.compile(regex.toString(), Pattern.DOTALL));
    }

    private static void flush(StringBuilder regex, StringBuilder literal) {
        if (literal.length() > 0) {
            regex.append(Pattern.quote(literal.toString()));
            literal.setLength(0);
        }
    }

    @Override
    public boolean test(JsonNode input, EvaluationContext context) {
        String value = Values.string(variable.resolve(input, context));
        return value != null && regex.matcher(value).matches();
    }

    @Override
    public String toString() {
        return "StringMatches(" + variable + ", '" + pattern + "')";
    }
}
