package dev.orrery.internal.choice;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orrery.internal.eval.EvaluationContext;
import dev.orrery.internal.eval.ExpressionSyntaxException;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code StringMatches}: the whole string must match the pattern, where {@code *} matches any run of characters
 * (also none), {@code \*} a literal star and {@code \\} a literal backslash; no other character is special.
 *
 * <p>The States Language specification defines the two escapes and says an open (trailing) escape backslash is an
 * error: it is rejected at compile time. A backslash before any other character stands for that character.
 *
 * <p>The pattern is split once into the literal runs between its stars, and a value is matched without backtracking:
 * the first run must start the value, the last must end it, and each run between them is found at its leftmost
 * place after the previous one (leftmost is always right for a pattern whose only wildcard is {@code *}). The work
 * is at most the value's length times the pattern's, so no pattern can make a Choice state hang.
 */
final class StringMatches implements CompiledCondition {

    private final ChoicePath variable;
    private final String pattern;
    private final List<String> runs;

    private StringMatches(ChoicePath variable, String pattern, List<String> runs) {
        this.variable = variable;
        this.pattern = pattern;
        this.runs = runs;
    }

    /**
     * Compile the pattern once.
     *
     * @throws ExpressionSyntaxException when the pattern ends with an open escape backslash
     */
    static StringMatches compile(ChoicePath variable, String pattern) throws ExpressionSyntaxException {
        List<String> runs = new ArrayList<>();
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
                runs.add(literal.toString());
                literal.setLength(0);
            } else {
                literal.append(c);
            }
        }
        runs.add(literal.toString());
        return new StringMatches(variable, pattern, List.copyOf(runs));
    }

    @Override
    public boolean test(JsonNode input, EvaluationContext context) {
        String value = Values.string(variable.resolve(input, context));
        return value != null && matches(value);
    }

    /** Match the runs split at the stars: a single run (no star) is the whole value. */
    boolean matches(String value) {
        String first = runs.get(0);
        if (runs.size() == 1) {
            return value.equals(first);
        }
        String last = runs.get(runs.size() - 1);
        int end = value.length() - last.length();
        if (end < first.length() || !value.startsWith(first) || !value.endsWith(last)) {
            return false;
        }
        int position = first.length();
        for (String run : runs.subList(1, runs.size() - 1)) {
            int found = value.indexOf(run, position);
            if (found < 0 || found + run.length() > end) {
                return false;
            }
            position = found + run.length();
        }
        return true;
    }

    @Override
    public String toString() {
        return "StringMatches(" + variable + ", '" + pattern + "')";
    }
}
