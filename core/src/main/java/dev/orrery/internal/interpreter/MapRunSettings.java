package dev.orrery.internal.interpreter;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orrery.internal.dataflow.DataflowErrors;
import dev.orrery.internal.eval.EvaluationContext;
import dev.orrery.internal.eval.ExpressionSyntaxException;
import dev.orrery.internal.eval.StatesException;
import dev.orrery.internal.jsonata.JsonataBindings;
import dev.orrery.internal.jsonata.JsonataExpression;
import dev.orrery.internal.jsonpath.CompiledPath;
import dev.orrery.model.MapState;
import dev.orrery.model.ToleratedFailure;
import org.jspecify.annotations.Nullable;

/**
 * The Map Run settings of a distributed Map state, compiled once: ToleratedFailureCount(Path),
 * ToleratedFailurePercentage(Path), Label, ItemReader, ItemBatcher and ResultWriter.
 *
 * @param count ToleratedFailureCount, or {@code null}
 * @param countPath ToleratedFailureCountPath, or {@code null}
 * @param percentage ToleratedFailurePercentage, or {@code null}
 * @param percentagePath ToleratedFailurePercentagePath, or {@code null}
 * @param label Label, or {@code null}
 * @param reader the ItemReader, or {@code null}
 * @param batcher the ItemBatcher, or {@code null}
 * @param writer the ResultWriter, or {@code null}
 */
record MapRunSettings(@Nullable Long count, @Nullable CompiledPath countPath, @Nullable Double percentage,
        @Nullable CompiledPath percentagePath, @Nullable String label, @Nullable MapItemReader reader,
        @Nullable MapBatcher batcher, @Nullable MapResultWriter writer,
        @Nullable JsonataExpression countExpression, @Nullable JsonataExpression percentageExpression) {

    /** Compile the settings of a distributed Map state. */
    static MapRunSettings compile(MapState state) {
        ToleratedFailure tolerated = state.toleratedFailure();
        try {
            JsonataExpression countExpression = JsonataExpression.compileIfExpression(tolerated.count());
            JsonataExpression percentageExpression = JsonataExpression.compileIfExpression(tolerated.percentage());
            return new MapRunSettings(
                    tolerated.count() == null || countExpression != null ? null : tolerated.count().asLong(),
                    tolerated.countPath() == null ? null : CompiledPath.compile(tolerated.countPath()),
                    tolerated.percentage() == null || percentageExpression != null ? null
                            : tolerated.percentage().asDouble(),
                    tolerated.percentagePath() == null ? null : CompiledPath.compile(tolerated.percentagePath()),
                    state.label(),
                    state.itemReader() == null ? null : MapItemReader.compile(state.name(), state.itemReader()),
                    state.itemBatcher() == null ? null : MapBatcher.compile(state.itemBatcher(),
                            state.queryLanguage() == dev.orrery.model.QueryLanguage.JSONATA),
                    state.resultWriter() == null ? null : MapResultWriter.compile(state.name(), state.resultWriter()),
                    countExpression, percentageExpression);
        } catch (ExpressionSyntaxException e) {
            throw new IllegalArgumentException("State \"" + state.name() + "\": " + e.getMessage(), e);
        }
    }

    /**
     * Return the tolerated failure count for this entry, or {@code null} when none is set.
     *
     * @throws StatesException {@code States.Runtime} when the path gives no valid integer or a negative one
     */
    @Nullable
    Long count(JsonNode effective, EvaluationContext context) {
        Long value = count;
        if (countExpression != null) {
            JsonNode selected = countExpression.evaluate(JsonataBindings.of(effective, context),
                    "ToleratedFailureCount", "number");
            if (!selected.isIntegralNumber() && !(selected.isNumber() && selected.asDouble() == selected.asLong())) {
                throw new StatesException("States.QueryEvaluationError", "The JSONata expression '"
                        + countExpression.text() + "' specified for the field 'ToleratedFailureCount' returned an "
                        + "unexpected value. Expected an integer, but was: " + selected);
            }
            value = selected.asLong();
        }
        if (countPath != null) {
            JsonNode selected = select(countPath, effective, context);
            value = integer(selected);
            if (value == null) {
                throw notValid("ToleratedFailureCountPath", selected, "integer", countPath);
            }
        }
        if (value != null && value < 0) {
            throw StatesException.runtime("ToleratedFailureCount cannot be negative.");
        }
        return value;
    }

    /**
     * Return the tolerated failure percentage for this entry, or {@code null} when none is set.
     *
     * @throws StatesException {@code States.Runtime} when the path gives no number or one outside 0 to 100
     */
    @Nullable
    Double percentage(JsonNode effective, EvaluationContext context) {
        Double value = percentage;
        if (percentageExpression != null) {
            value = percentageExpression.evaluate(JsonataBindings.of(effective, context),
                    "ToleratedFailurePercentage", "number").asDouble();
        }
        if (percentagePath != null) {
            JsonNode selected = select(percentagePath, effective, context);
            value = number(selected);
            if (value == null) {
                throw notValid("ToleratedFailurePercentagePath", selected, "float", percentagePath);
            }
        }
        if (value != null && (value < 0 || value > 100)) {
            throw StatesException.runtime("ToleratedFailurePercentage must be between 0 and 100.");
        }
        return value;
    }

    /**
     * Return the integer a {@code *Path} field found: an integral JSON number, or a string that holds one (AWS ran a
     * distributed Map whose ToleratedFailureCountPath named a variable holding {@code "1"}, LocalStack's public
     * snapshot {@code MAP_STATE_REFERENCE_IN_TOLERATED_FAILURE_PATH}); {@code null} for anything else.
     */
    static @Nullable Long integer(JsonNode value) {
        if (value.isIntegralNumber()) {
            return value.canConvertToLong() ? value.asLong() : null;
        }
        if (value.isTextual()) {
            try {
                return Long.parseLong(value.asText());
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }

    /** Return the number a {@code *Path} field found: a JSON number, or a string that holds a finite one. */
    static @Nullable Double number(JsonNode value) {
        if (value.isNumber()) {
            return value.asDouble();
        }
        if (value.isTextual() && value.asText().matches("-?\\d+(\\.\\d+)?([eE][-+]?\\d+)?")) {
            return Double.parseDouble(value.asText());
        }
        return null;
    }

    private static JsonNode select(CompiledPath path, JsonNode effective, EvaluationContext context) {
        JsonNode selected = path.select(effective, context);
        if (selected == null) {
            throw StatesException.runtime(
                    DataflowErrors.invalidPath(path.text(), path.notFoundReason(effective, context)));
        }
        return selected;
    }

    private static StatesException notValid(String field, JsonNode value, String type, CompiledPath path) {
        String text = value.isTextual() ? value.asText() : value.toString();
        return StatesException.runtime("The " + field + " field refers to value \"" + text + "\" which is not a valid "
                + type + ": " + path.text());
    }
}
