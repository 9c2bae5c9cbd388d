package dev.orrery.internal.dataflow;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orrery.internal.eval.EvaluationContext;
import dev.orrery.internal.eval.StatesException;
import dev.orrery.internal.jsonpath.CompiledPath;

/**
 * A {@code "key.$": "path"} entry: the value the path selects.
 *
 * @param field the key as written, with its {@code .$} suffix (AWS names it so in its error)
 * @param path the compiled path
 */
record PathBinding(String field, CompiledPath path) implements TemplateNode {

    /**
     * Select the value.
     *
     * @throws StatesException {@code States.Runtime} with AWS's cause when the path finds nothing
     */
    @Override
    public JsonNode evaluate(JsonNode input, EvaluationContext context) {
        JsonNode value = path.select(input, context);
        if (value == null) {
            throw StatesException.runtime(DataflowErrors.pathNotFoundInInput(path.text(), field,
                    path.document(input, context)));
        }
        return value;
    }
}
