package dev.orrery.internal.dataflow;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orrery.internal.eval.EvaluationContext;

/** A compiled part of a payload template: a constant, a path or intrinsic binding, or an object or array of parts. */
sealed interface TemplateNode permits ConstantNode, PathBinding, IntrinsicBinding, ObjectTemplate, ArrayTemplate {

    /**
     * Evaluate the part against the input.
     *
     * @throws dev.orrery.internal.eval.StatesException when a path finds nothing or an intrinsic fails
     */
    JsonNode evaluate(JsonNode input, EvaluationContext context);
}
