package dev.orrery.internal.intrinsics;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orrery.internal.eval.EvaluationContext;
import dev.orrery.internal.eval.StatesException;
import dev.orrery.internal.jsonpath.CompiledPath;

/** A path argument ({@code $.x}, {@code $$.Execution.Id}, {@code $var.x}) read at evaluation time. */
record PathArgument(CompiledPath path) implements Argument {

    @Override
    public JsonNode evaluate(JsonNode input, EvaluationContext context) {
        JsonNode value = path.select(input, context);
        if (value == null) {
            throw new StatesException("States.Runtime", Causes.pathNotFound(path.text()));
        }
        return value;
    }
}
