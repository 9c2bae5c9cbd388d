package dev.orrery.internal.jsonpath;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Field accesses and array indexes applied one after the other, such as {@code $.a.b[0]}. */
final class StepChain implements PathEvaluator {

    private final PathEvaluator[] steps;

    StepChain(List<PathEvaluator> steps) {
        this.steps = steps.toArray(new PathEvaluator[0]);
    }

    @Override
    public @Nullable JsonNode evaluate(JsonNode node) {
        JsonNode current = node;
        for (PathEvaluator step : steps) {
            current = step.evaluate(current);
            if (current == null) {
                return null;
            }
        }
        return current;
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("$");
        for (PathEvaluator step : steps) {
            text.append(step);
        }
        return text.toString();
    }
}
