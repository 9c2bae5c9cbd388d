package dev.orrery.internal.interpreter;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orrery.internal.dataflow.DataflowErrors;
import dev.orrery.internal.eval.ExpressionSyntaxException;
import dev.orrery.internal.eval.StatesException;
import dev.orrery.internal.jsonata.JsonataBindings;
import dev.orrery.internal.jsonata.JsonataExpression;
import dev.orrery.internal.jsonata.JsonataTemplate;
import dev.orrery.model.MapState;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The JSONata fields of a Map state, compiled once: {@code Items} (an expression, or a literal array whose nested
 * strings may hold expressions like any JSONata template; the state input when absent), {@code ItemSelector} (a
 * template evaluated per item with {@code $states.context.Map.Item}) and an expression {@code MaxConcurrency}.
 */
final class JsonataMapFields {

    private final @Nullable JsonataTemplate itemsLiteral;
    private final @Nullable JsonataExpression itemsExpression;
    private final @Nullable JsonataTemplate itemSelector;
    private final @Nullable JsonataExpression maxConcurrency;

    private JsonataMapFields(@Nullable JsonataTemplate itemsLiteral, @Nullable JsonataExpression itemsExpression,
            @Nullable JsonataTemplate itemSelector, @Nullable JsonataExpression maxConcurrency) {
        this.itemsLiteral = itemsLiteral;
        this.itemsExpression = itemsExpression;
        this.itemSelector = itemSelector;
        this.maxConcurrency = maxConcurrency;
    }

    static JsonataMapFields compile(MapState state) {
        try {
            JsonNode items = state.items();
            boolean itemsIsExpression = items != null && items.isTextual()
                    && JsonataExpression.isExpression(items.asText());
            JsonNode concurrency = state.maxConcurrency();
            return new JsonataMapFields(
                    itemsIsExpression ? null : JsonataIo.template(items, "Items"),
                    itemsIsExpression ? JsonataExpression.compileDelimited(items.asText()) : null,
                    JsonataIo.template(state.itemSelector(), "ItemSelector"),
                    concurrency != null && concurrency.isTextual() && JsonataExpression.isExpression(concurrency.asText())
                            ? JsonataExpression.compileDelimited(concurrency.asText()) : null);
        } catch (ExpressionSyntaxException e) {
            throw new IllegalArgumentException("State \"" + state.name() + "\": " + e.getMessage(), e);
        }
    }

    /**
     * Return the items to iterate over.
     *
     * @throws StatesException {@code States.QueryEvaluationError} when they are not an array
     */
    List<JsonNode> items(JsonNode effective, Activation activation) {
        JsonNode items;
        if (itemsExpression != null) {
            items = itemsExpression.evaluate(JsonataBindings.of(effective, activation), "Items", "array");
        } else {
            items = itemsLiteral != null ? itemsLiteral.evaluate(JsonataBindings.of(effective, activation)) : effective;
            if (!items.isArray()) {
                throw new StatesException("States.QueryEvaluationError",
                        "Map state input must be an array but was: " + DataflowErrors.json(items));
            }
        }
        List<JsonNode> list = new ArrayList<>(items.size());
        items.forEach(list::add);
        return list;
    }

    /** Return each iteration's input: the item, or the ItemSelector evaluated with the item in the Context object. */
    List<JsonNode> iterationInputs(List<JsonNode> items, JsonNode effective, Activation activation) {
        if (itemSelector == null) {
            return items;
        }
        List<JsonNode> inputs = new ArrayList<>(items.size());
        MapItemContext context = new MapItemContext(activation);
        // the state's input and Context object (which hold all the items) converted once, not once per item
        JsonataBindings.Conversions conversions = new JsonataBindings.Conversions();
        for (int i = 0; i < items.size(); i++) {
            inputs.add(itemSelector.evaluate(
                    JsonataBindings.of(effective, context.item(i, items.get(i)), conversions)));
        }
        return inputs;
    }

    /** Return the expression MaxConcurrency for this entry, or the literal value when there is no expression. */
    int maxConcurrency(JsonNode effective, Activation activation, int literal) {
        if (maxConcurrency == null) {
            return literal;
        }
        JsonNode value = maxConcurrency.evaluate(JsonataBindings.of(effective, activation), "MaxConcurrency", "number");
        if (!value.canConvertToInt() || value.asInt() < 0) {
            throw new StatesException("States.QueryEvaluationError", "The JSONata expression '"
                    + maxConcurrency.text() + "' specified for the field 'MaxConcurrency' returned an unexpected "
                    + "value. Expected a non-negative integer, but was: " + value);
        }
        return value.asInt();
    }
}
