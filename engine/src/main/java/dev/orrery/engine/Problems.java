package dev.orrery.engine;

import dev.orrery.parse.SourcePosition;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Collects what is wrong with a test file, each problem located as {@code file:line:col: message}. */
final class Problems {

    private final List<Problem> problems = new ArrayList<>();

    /** Report a problem at the position. */
    void add(SourcePosition position, String message) {
        problems.add(new Problem(position.line(), position.column(), position + ": " + message));
    }

    /** Report a problem already located, placed before the problems found at positions. */
    void add(String located) {
        problems.add(new Problem(0, 0, located));
    }

    /** Return whether nothing was reported. */
    boolean isEmpty() {
        return problems.isEmpty();
    }

    /** Return the problems in the order they stand in the file (reports at one place in report order). */
    List<String> messages() {
        return problems.stream().sorted(Comparator.comparingInt(Problem::line).thenComparingInt(Problem::column))
                .map(Problem::message).toList();
    }

    private record Problem(int line, int column, String message) {}
}
