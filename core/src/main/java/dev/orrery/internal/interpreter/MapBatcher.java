package dev.orrery.internal.interpreter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.orrery.internal.dataflow.DataflowErrors;
import dev.orrery.internal.dataflow.PayloadTemplate;
import dev.orrery.internal.eval.EvaluationContext;
import dev.orrery.internal.eval.ExpressionSyntaxException;
import dev.orrery.internal.eval.StatesException;
import dev.orrery.internal.jsonata.JsonataBindings;
import dev.orrery.internal.jsonata.JsonataExpression;
import dev.orrery.internal.jsonata.JsonataTemplate;
import dev.orrery.internal.jsonpath.CompiledPath;
import dev.orrery.model.ItemBatcher;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A distributed Map state's ItemBatcher, compiled once: groups the (selected) items into batches, each the input of one
 * child execution, {@code {"Items": [...]}} or, with BatchInput, {@code {"BatchInput": {...}, "Items": [...]}} as the
 * AWS developer guide shows. A batch holds at most MaxItemsPerBatch(Path) items and at most MaxInputBytesPerBatch(Path)
 * bytes, counted as the UTF-8 length of the batch input's JSON text; an item larger than the limit alone still forms a
 * batch of one (the AWS documentation is silent on how it counts bytes and on oversized items). ItemSelector is applied
 * to each item before batching; the AWS documentation does not say in which order the two apply.
 *
 * @param maxItems MaxItemsPerBatch (0 = no limit)
 * @param maxItemsPath MaxItemsPerBatchPath, or {@code null}
 * @param maxBytes MaxInputBytesPerBatch (0 = no limit)
 * @param maxBytesPath MaxInputBytesPerBatchPath, or {@code null}
 * @param batchInput a JSONPath BatchInput, or {@code null}
 * @param maxItemsExpression a JSONata MaxItemsPerBatch, or {@code null}
 * @param maxBytesExpression a JSONata MaxInputBytesPerBatch, or {@code null}
 * @param jsonataBatchInput a JSONata BatchInput, or {@code null}
 */
record MapBatcher(int maxItems, @Nullable CompiledPath maxItemsPath, int maxBytes, @Nullable CompiledPath maxBytesPath,
        @Nullable PayloadTemplate batchInput, @Nullable JsonataExpression maxItemsExpression,
        @Nullable JsonataExpression maxBytesExpression, @Nullable JsonataTemplate jsonataBatchInput) {

    /** Compile an ItemBatcher of a JSONPath or (with {@code jsonata}) a JSONata Map state. */
    static MapBatcher compile(ItemBatcher batcher, boolean jsonata) throws ExpressionSyntaxException {
        JsonataExpression maxItemsExpression = JsonataExpression.compileIfExpression(batcher.maxItemsPerBatch());
        JsonataExpression maxBytesExpression =
                JsonataExpression.compileIfExpression(batcher.maxInputBytesPerBatch());
        return new MapBatcher(
                batcher.maxItemsPerBatch() == null || maxItemsExpression != null ? 0
                        : batcher.maxItemsPerBatch().asInt(),
                path(batcher.maxItemsPerBatchPath()),
                batcher.maxInputBytesPerBatch() == null || maxBytesExpression != null ? 0
                        : batcher.maxInputBytesPerBatch().asInt(),
                path(batcher.maxInputBytesPerBatchPath()),
                batcher.batchInput() == null || jsonata ? null
                        : PayloadTemplate.compile(batcher.batchInput(), "BatchInput"),
                maxItemsExpression, maxBytesExpression,
                jsonata ? JsonataIo.template(batcher.batchInput(), "ItemBatcher/BatchInput") : null);
    }

    private static @Nullable CompiledPath path(@Nullable String text) throws ExpressionSyntaxException {
        return text == null ? null : CompiledPath.compile(text);
    }

    /**
     * Return the batch inputs for the items.
     *
     * @throws StatesException {@code States.Runtime} when a path gives no valid integer
     */
    List<JsonNode> batch(List<JsonNode> items, JsonNode effective, EvaluationContext context) {
        int itemLimit = maxItemsExpression != null
                ? evaluate(maxItemsExpression, "MaxItemsPerBatch", effective, context)
                : limit(maxItems, maxItemsPath, "MaxItemsPerBatchPath", effective, context);
        int byteLimit = maxBytesExpression != null
                ? evaluate(maxBytesExpression, "MaxInputBytesPerBatch", effective, context)
                : limit(maxBytes, maxBytesPath, "MaxInputBytesPerBatchPath", effective, context);
        JsonNode shared = batchInput != null ? batchInput.evaluate(effective, context)
                : jsonataBatchInput != null ? jsonataBatchInput.evaluate(JsonataBindings.of(effective, context))
                : null;
        // sizes are counted only against a byte limit: without one, serialising every item would be wasted
        boolean counts = byteLimit > 0;
        int baseBytes = counts ? size(batch(shared, JsonNodeFactory.instance.arrayNode())) : 0;
        List<JsonNode> batches = new ArrayList<>();
        ArrayNode current = JsonNodeFactory.instance.arrayNode();
        int bytes = baseBytes;
        for (JsonNode item : items) {
            int itemBytes = counts ? size(item) + (current.isEmpty() ? 0 : 1) : 0;
            boolean full = (itemLimit > 0 && current.size() >= itemLimit)
                    || (counts && !current.isEmpty() && bytes + itemBytes > byteLimit);
            if (full) {
                batches.add(batch(shared, current));
                current = JsonNodeFactory.instance.arrayNode();
                bytes = baseBytes;
                itemBytes = counts ? size(item) : 0;
            }
            current.add(item);
            bytes += itemBytes;
        }
        if (!current.isEmpty()) {
            batches.add(batch(shared, current));
        }
        return batches;
    }

    private static ObjectNode batch(@Nullable JsonNode shared, ArrayNode items) {
        ObjectNode batch = JsonNodeFactory.instance.objectNode();
        if (shared != null) {
            batch.set("BatchInput", shared);
        }
        batch.set("Items", items);
        return batch;
    }

    private static int size(JsonNode node) {
        return node.toString().getBytes(StandardCharsets.UTF_8).length;
    }

    private static int evaluate(JsonataExpression expression, String field, JsonNode effective,
            EvaluationContext context) {
        JsonNode value = expression.evaluate(JsonataBindings.of(effective, context), field, "number");
        if (!value.canConvertToInt() || value.asDouble() != value.asInt() || value.asInt() < 0) {
            throw new StatesException("States.QueryEvaluationError", "The JSONata expression '" + expression.text()
                    + "' specified for the field '" + field + "' returned an unexpected value. Expected a "
                    + "non-negative integer, but was: " + value);
        }
        return value.asInt();
    }

    private static int limit(int fixed, @Nullable CompiledPath path, String field, JsonNode effective,
            EvaluationContext context) {
        if (path == null) {
            return fixed;
        }
        JsonNode value = path.select(effective, context);
        if (value == null) {
            throw StatesException.runtime(DataflowErrors.invalidPath(path.text(), path.notFoundReason(effective,
                    context)));
        }
        if (!value.isIntegralNumber() || !value.canConvertToInt()) {
            String text = value.isTextual() ? value.asText() : value.toString();
            throw StatesException.runtime("The " + field + " field refers to value \"" + text
                    + "\" which is not a valid integer: " + path.text());
        }
        return value.asInt();
    }
}
