package dev.orrery.internal.dataflow;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.orrery.internal.eval.EvaluationContext;
import java.util.ArrayList;
import java.util.List;

/** A template array with at least one dynamic element: a new array per evaluation. */
final class ArrayTemplate implements TemplateNode {

    private final TemplateNode[] elements;

    ArrayTemplate(List<TemplateNode> elements) {
        this.elements = elements.toArray(new TemplateNode[0]);
    }

    @Override
    public JsonNode evaluate(JsonNode input, EvaluationContext context) {
        List<JsonNode> values = new ArrayList<>(elements.length);
        for (TemplateNode element : elements) {
            values.add(element.evaluate(input, context));
        }
        return new ArrayNode(JsonNodeFactory.instance, values);
    }
}
