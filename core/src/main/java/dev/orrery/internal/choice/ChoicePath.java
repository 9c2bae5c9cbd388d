package dev.orrery.internal.choice;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orrery.internal.eval.EvaluationContext;
import dev.orrery.internal.eval.ExpressionSyntaxException;
import dev.orrery.internal.eval.StatesException;
import dev.orrery.internal.jsonpath.CompiledPath;
import org.jspecify.annotations.Nullable;

/**
 * A {@code Variable} or {@code *Path} operand of a comparison: a path that must select a value, or the Choice state
 * fails with {@code States.Runtime}.
 */
final class ChoicePath {

    private final CompiledPath path;

    private ChoicePath(CompiledPath path) {
        this.path = path;
    }

    /** Compile the path of the given field ({@code Variable} or an operator name). */
    static ChoicePath compile(String text, String field) throws ExpressionSyntaxException {
        try {
            return new ChoicePath(CompiledPath.compile(text));
        } catch (ExpressionSyntaxException e) {
            throw new ExpressionSyntaxException("the " + field + " of a Choice rule must be a valid path: "
                    + e.getMessage(), e.offset());
        }
    }

    /** Return the selected value, or {@code null} when the path selects nothing. */
    @Nullable
    JsonNode select(JsonNode input, EvaluationContext context) {
        return path.select(input, context);
    }

    /**
     * Return the selected value.
     *
     * @throws StatesException {@code States.Runtime} with AWS's cause when the path selects nothing
     */
    JsonNode resolve(JsonNode input, EvaluationContext context) {
        JsonNode value = path.select(input, context);
        if (value == null) {
            throw StatesException.runtime("Invalid path '" + path.text()
                    + "': The choice state's condition path references an invalid value.");
        }
        return value;
    }

    @Override
    public String toString() {
        return path.text();
    }
}
