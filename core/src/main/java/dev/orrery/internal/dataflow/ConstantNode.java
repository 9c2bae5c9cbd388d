package dev.orrery.internal.dataflow;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orrery.internal.eval.EvaluationContext;

/**
 * A template subtree without {@code .$} keys: returned as is, shared by every evaluation (never copied, never mutated).
 *
 * @param value the subtree from the definition
 */
record ConstantNode(JsonNode value) implements TemplateNode {

    @Override
    public JsonNode evaluate(JsonNode input, EvaluationContext context) {
        return value;
    }
}
