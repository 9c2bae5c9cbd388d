package dev.orrery.internal.dataflow;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orrery.internal.eval.EvaluationContext;
import dev.orrery.internal.intrinsics.IntrinsicFunctions;

/**
 * A {@code "key.$": "States.Xxx(...)"} entry: the result of the compiled intrinsic call.
 *
 * @param expression the compiled call
 */
record IntrinsicBinding(IntrinsicFunctions.Expression expression) implements TemplateNode {

    @Override
    public JsonNode evaluate(JsonNode input, EvaluationContext context) {
        return expression.evaluate(input, context);
    }
}
