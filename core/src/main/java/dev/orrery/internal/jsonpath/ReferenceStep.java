package dev.orrery.internal.jsonpath;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** One step of a reference path (a path that identifies a single node): a field name or an array index. */
public sealed interface ReferenceStep permits FieldAccess, IndexAccess {

    /**
     * Parse the steps of a reference path over the input such as {@code $}, {@code $.a.b}, {@code $['a b']} or
     * {@code $.a[0]}.
     *
     * @return the steps (empty for {@code $}), or {@code null} when the text is not such a path (wildcards, filters,
     *     slices, unions, functions, deep scan, {@code $$} or variable roots)
     */
    static @Nullable List<ReferenceStep> parse(String text) {
        if (text.startsWith("$$") || text.length() > 1 && text.charAt(1) != '.' && text.charAt(1) != '[') {
            return null;
        }
        List<PathEvaluator> steps = PathParser.steps(text);
        return steps == null ? null : steps.stream().map(ReferenceStep.class::cast).toList();
    }

    /** Return the step as AWS names it in its errors: the field name, or the index in brackets. */
    String label();
}
