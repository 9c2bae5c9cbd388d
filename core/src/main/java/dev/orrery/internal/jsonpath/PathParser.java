package dev.orrery.internal.jsonpath;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Recognises the simple paths that are compiled to fast evaluators: {@code $}, and chains of {@code .name},
 * {@code ['name']} / {@code ["name"]} and {@code [index]}. Anything else is left to Jayway.
 */
final class PathParser {

    private static final String NAME_END = ".[ (";
    private static final String NOT_SIMPLE_IN_NAME = "*?@,:'\"()$";

    private final String text;
    private int position;

    private PathParser(String text) {
        this.text = text;
        this.position = 1;
    }

    /**
     * Parse a path that starts with {@code $} into a fast evaluator.
     *
     * @return the evaluator, or {@code null} when the path uses a form the fast evaluators do not cover
     */
    static @Nullable PathEvaluator parse(String text) {
        List<PathEvaluator> steps = steps(text);
        return steps == null ? null : of(steps);
    }

    /** Return the evaluator of a simple path's steps. */
    static PathEvaluator of(List<PathEvaluator> steps) {
        return switch (steps.size()) {
            case 0 -> CurrentNode.INSTANCE;
            case 1 -> steps.get(0);
            default -> new StepChain(steps);
        };
    }

    /** Return the field and index steps of a simple path, or {@code null} when the path is not simple. */
    static @Nullable List<PathEvaluator> steps(String text) {
        if (text.isEmpty() || text.charAt(0) != '$') {
            return null;
        }
        return new PathParser(text).readSteps();
    }

    private @Nullable List<PathEvaluator> readSteps() {
        List<PathEvaluator> steps = new ArrayList<>();
        while (position < text.length()) {
            char c = text.charAt(position);
            PathEvaluator step = c == '.' ? readDotName() : c == '[' ? readBracket() : null;
            if (step == null) {
                return null;
            }
            steps.add(step);
        }
        return steps;
    }

    private @Nullable PathEvaluator readDotName() {
        int start = ++position;
        while (position < text.length() && NAME_END.indexOf(text.charAt(position)) < 0) {
            position++;
        }
        String name = text.substring(start, position);
        if (name.isEmpty() || position < text.length() && text.charAt(position) != '.' && text.charAt(position) != '[') {
            return null;
        }
        for (int i = 0; i < name.length(); i++) {
            if (NOT_SIMPLE_IN_NAME.indexOf(name.charAt(i)) >= 0) {
                return null;
            }
        }
        return new FieldAccess(name);
    }

    private @Nullable PathEvaluator readBracket() {
        position++;
        if (position >= text.length()) {
            return null;
        }
        char c = text.charAt(position);
        PathEvaluator step = c == '\'' || c == '"' ? readQuotedName(c) : readIndex();
        if (step == null || position >= text.length() || text.charAt(position) != ']') {
            return null;
        }
        position++;
        return step;
    }

    private @Nullable PathEvaluator readQuotedName(char quote) {
        StringBuilder name = new StringBuilder();
        position++;
        while (position < text.length()) {
            char c = text.charAt(position++);
            if (c == quote) {
                return new FieldAccess(name.toString());
            }
            if (c == '\\') {
                return null;
            }
            name.append(c);
        }
        return null;
    }

    private @Nullable PathEvaluator readIndex() {
        int start = position;
        if (position < text.length() && text.charAt(position) == '-') {
            position++;
        }
        while (position < text.length() && isDigit(text.charAt(position))) {
            position++;
        }
        try {
            return new IndexAccess(Integer.parseInt(text.substring(start, position)));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
