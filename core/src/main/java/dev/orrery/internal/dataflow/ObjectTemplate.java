package dev.orrery.internal.dataflow;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.orrery.internal.eval.EvaluationContext;
import dev.orrery.internal.json.SmallFieldMap;
import java.util.LinkedHashMap;
import java.util.List;

/** A template object with at least one dynamic entry: a new object per evaluation, keys in definition order. */
final class ObjectTemplate implements TemplateNode {

    private final String[] keys;
    private final TemplateNode[] values;
    // the keys in order, shared by every object this template makes (when it has few)
    private final SmallFieldMap.Shape shape;

    ObjectTemplate(List<String> keys, List<TemplateNode> values) {
        this.keys = keys.toArray(new String[0]);
        this.values = values.toArray(new TemplateNode[0]);
        this.shape = SmallFieldMap.Shape.of(this.keys);
    }

    @Override
    public JsonNode evaluate(JsonNode input, EvaluationContext context) {
        // a few fields (the common case) in a compact map: outputs are kept in the history until the run ends
        ObjectNode object = keys.length <= SmallFieldMap.SMALL ? SmallFieldMap.objectNode(shape)
                : new ObjectNode(JsonNodeFactory.instance, new LinkedHashMap<>(keys.length * 2));
        for (int i = 0; i < keys.length; i++) {
            object.set(keys[i], values[i].evaluate(input, context));
        }
        return object;
    }
}
