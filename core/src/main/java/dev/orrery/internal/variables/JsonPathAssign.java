package dev.orrery.internal.variables;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orrery.internal.dataflow.PayloadTemplate;
import dev.orrery.internal.eval.EvaluationContext;
import dev.orrery.internal.eval.ExpressionSyntaxException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A compiled {@code Assign} of a JSONPath state, Choice rule or Catcher: {@code "name.$": "path or intrinsic"}
 * entries are evaluated (at any depth, like {@code Parameters}), other values are literals, including strings that
 * look like paths or {@code {% %}} expressions (as recorded on AWS).
 *
 * <p>Paths starting {@code $.} read the data the handler passes: the state result after {@code ResultSelector} for
 * Pass, Task, Map and Parallel; the state input (after {@code InputPath}) for Choice rules and Wait; the error
 * output for a Catcher. {@code $$} reads the Context object, {@code $name} a variable from before the state.
 */
public final class JsonPathAssign {

    private final PayloadTemplate template;
    private final List<String> names;

    private JsonPathAssign(PayloadTemplate template, List<String> names) {
        this.template = template;
        this.names = names;
    }

    /**
     * Compile an {@code Assign} object.
     *
     * @param field the field path of the Assign, {@code Assign} for a state's
     * @throws ExpressionSyntaxException when a name is invalid or a {@code .$} value is neither a path nor an
     *     intrinsic function call
     */
    public static JsonPathAssign compile(JsonNode assign, String field) throws ExpressionSyntaxException {
        if (!assign.isObject()) {
            throw new ExpressionSyntaxException("The field '" + field + "' must be an object", -1);
        }
        List<String> names = new ArrayList<>();
        for (String key : (Iterable<String>) assign::fieldNames) {
            String name = key.endsWith(".$") ? key.substring(0, key.length() - 2) : key;
            String problem = VariableLimits.nameProblem(name);
            if (problem != null) {
                throw new ExpressionSyntaxException("Invalid variable name '" + name + "' in '" + field + "': "
                        + problem, -1);
            }
            names.add(name);
        }
        return new JsonPathAssign(PayloadTemplate.compile(assign, field), List.copyOf(names));
    }

    /**
     * Evaluate every value against the data and the context (whose variables are those from before the state).
     * Nothing is stored: pass the result to {@link VariableScope#assign} when the state exits.
     *
     * @throws dev.orrery.internal.eval.StatesException {@code States.Runtime} when a path finds nothing, the
     *     intrinsic's error, or {@code States.DataLimitExceeded} when a value or the whole Assign is too large
     */
    public AssignedVariables evaluate(JsonNode data, EvaluationContext context) {
        JsonNode values = template.evaluate(data, context);
        Map<String, JsonNode> assigned = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> entry : values.properties()) {
            assigned.put(entry.getKey(), entry.getValue());
        }
        AssignedVariables result = new AssignedVariables(assigned);
        VariableLimits.checkAssign(result);
        return result;
    }

    /** Return the variable names (without {@code .$}), in definition order. */
    public List<String> names() {
        return names;
    }
}
