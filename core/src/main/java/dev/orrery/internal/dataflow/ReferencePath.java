package dev.orrery.internal.dataflow;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.orrery.internal.eval.ExpressionSyntaxException;
import dev.orrery.internal.eval.StatesException;
import dev.orrery.internal.json.JsonCopies;
import dev.orrery.internal.json.SmallFieldMap;
import dev.orrery.internal.jsonpath.FieldAccess;
import dev.orrery.internal.jsonpath.IndexAccess;
import dev.orrery.internal.jsonpath.ReferenceStep;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * A {@code ResultPath} reference path compiled once: where a result is placed in the state input. Merging never
 * mutates the input: it copies only the objects and arrays along the path and shares everything else.
 */
public final class ReferencePath {

    private final String text;
    private final ReferenceStep[] steps;

    private ReferencePath(String text, List<ReferenceStep> steps) {
        this.text = text;
        this.steps = steps.toArray(new ReferenceStep[0]);
    }

    /**
     * Compile a reference path such as {@code $}, {@code $.a.b}, {@code $['a b']} or {@code $.a[0]}.
     *
     * @throws ExpressionSyntaxException when the text is not a reference path
     */
    public static ReferencePath compile(String text) throws ExpressionSyntaxException {
        List<ReferenceStep> steps = ReferenceStep.parse(text);
        if (steps == null) {
            throw new ExpressionSyntaxException("'" + text + "' is not a valid reference path: use '$' followed by "
                    + "field names ('.name' or ['name']) and array indexes ('[0]')", 0);
        }
        return new ReferencePath(text, steps);
    }

    /** Return whether the path is {@code $}, which replaces the whole input with the result. */
    public boolean isRoot() {
        return steps.length == 0;
    }

    /**
     * Return a new tree: the input with the result placed at this path (the result itself for {@code $}). Missing
     * intermediate fields are created as objects.
     *
     * @throws StatesException {@code States.ReferencePathConflict} when the input is not an object (or array) where
     *     the path needs one
     */
    public JsonNode merge(JsonNode input, JsonNode result) {
        if (steps.length == 0) {
            return result;
        }
        if (!canApply(steps[0], input)) {
            throw conflict(DataflowErrors.referencePathNotApplicable(text, input));
        }
        return place(input, 0, result, input);
    }

    private JsonNode place(JsonNode node, int index, JsonNode result, JsonNode input) {
        boolean last = index == steps.length - 1;
        if (steps[index] instanceof FieldAccess field) {
            ObjectNode copy;
            if (node.size() < SmallFieldMap.SMALL) {
                // a few fields: copied as two arrays, with room for the one the path may add
                copy = SmallFieldMap.copyOf((ObjectNode) node, UnaryOperator.identity(), 1);
            } else {
                // sized for the fields copied plus the one the path may add, so the table never grows while filled
                copy = new ObjectNode(JsonNodeFactory.instance, new LinkedHashMap<>(JsonCopies.capacity(node.size() + 1)));
                copy.setAll((ObjectNode) node);
            }
            copy.set(field.name(), last ? result : descend(node.get(field.name()), index + 1, result, input));
            return copy;
        }
        IndexAccess access = (IndexAccess) steps[index];
        int position = access.effectiveIndex(node.size());
        ArrayNode copy = JsonNodeFactory.instance.arrayNode(node.size());
        copy.addAll((ArrayNode) node);
        copy.set(position, last ? result : descend(node.get(position), index + 1, result, input));
        return copy;
    }

    private JsonNode descend(@Nullable JsonNode child, int index, JsonNode result, JsonNode input) {
        JsonNode next = child == null && steps[index] instanceof FieldAccess
                ? JsonNodeFactory.instance.objectNode()
                : child;
        if (next == null || !canApply(steps[index], next)) {
            throw conflict(DataflowErrors.stepNotApplicable(steps[index].label(), input));
        }
        return place(next, index, result, input);
    }

    private static boolean canApply(ReferenceStep step, JsonNode node) {
        if (step instanceof IndexAccess access) {
            int position = access.effectiveIndex(node.size());
            return node.isArray() && position >= 0 && position < node.size();
        }
        return node.isObject();
    }

    private static StatesException conflict(String cause) {
        return new StatesException(DataflowErrors.REFERENCE_PATH_CONFLICT, cause);
    }

    @Override
    public String toString() {
        return text;
    }
}
