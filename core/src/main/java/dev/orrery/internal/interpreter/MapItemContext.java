package dev.orrery.internal.interpreter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.orrery.internal.eval.EvaluationContext;
import dev.orrery.internal.json.SmallFieldMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import org.jspecify.annotations.Nullable;

/**
 * What a Map state's ItemSelector (or legacy Parameters) sees: the state's context plus {@code $$.Map.Item}. One
 * context serves every item of a Map state entry in turn ({@link #item}): the evaluations run one after the other
 * and none keeps the context, only the Context object built for its item, which is a new object per item.
 */
final class MapItemContext implements EvaluationContext {

    private static final SmallFieldMap.Shape MAP = SmallFieldMap.Shape.of("Item");
    private static final SmallFieldMap.Shape ITEM = SmallFieldMap.Shape.of("Index", "Value");

    private final Activation activation;
    private SmallFieldMap.@Nullable Shape shape;
    private int index;
    private @Nullable JsonNode value;
    private @Nullable JsonNode contextObject;

    MapItemContext(Activation activation) {
        this.activation = activation;
    }

    /** Make this the context of the item at the given index, and return it. */
    MapItemContext item(int itemIndex, JsonNode itemValue) {
        this.index = itemIndex;
        this.value = itemValue;
        this.contextObject = null;
        return this;
    }

    @Override
    public JsonNode contextObject() {
        JsonNode object = contextObject;
        if (object == null) {
            JsonNode stateContext = activation.contextObject();
            if (shape == null) {
                shape = shapeOf(stateContext);
            }
            object = withItem(stateContext, shape, index, Objects.requireNonNull(value));
            contextObject = object;
        }
        return object;
    }

    @Override
    public @Nullable JsonNode mapItemField(String field) {
        return switch (field) {
            case "Value" -> value;
            case "Index" -> IntNode.valueOf(index);
            default -> null;
        };
    }

    /** Return the keys of a Map item's Context object made from this state Context object: its keys, then Map. */
    private static SmallFieldMap.Shape shapeOf(JsonNode stateContext) {
        List<String> keys = new ArrayList<>(stateContext.size() + 1);
        stateContext.fieldNames().forEachRemaining(keys::add);
        if (!keys.contains("Map")) {
            keys.add("Map");
        }
        return SmallFieldMap.Shape.of(keys.toArray(new String[0]));
    }

    /**
     * Return a copy of the state's Context object with {@code Map.Item.Index} and {@code Map.Item.Value} added, in
     * small field maps sharing their keys (one copy per item: a third of the memory of Jackson's default maps).
     */
    private static JsonNode withItem(JsonNode stateContext, SmallFieldMap.Shape shape, int index, JsonNode value) {
        ObjectNode root = SmallFieldMap.objectNode(shape);
        root.setAll((ObjectNode) stateContext);
        ObjectNode map = SmallFieldMap.objectNode(MAP);
        root.set("Map", map);
        ObjectNode item = SmallFieldMap.objectNode(ITEM);
        map.set("Item", item);
        item.put("Index", index);
        item.set("Value", value);
        return root;
    }

    @Override
    public @Nullable JsonNode variable(String name) {
        return activation.variable(name);
    }

    @Override
    public SplittableRandom random() {
        return activation.random();
    }
}
