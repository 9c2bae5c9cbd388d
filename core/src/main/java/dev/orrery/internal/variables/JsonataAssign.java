package dev.orrery.internal.variables;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orrery.internal.eval.ExpressionSyntaxException;
import dev.orrery.internal.jsonata.JsonataBindings;
import dev.orrery.internal.jsonata.JsonataTemplate;
import dev.orrery.internal.jsonata.TemplateSyntaxException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A compiled {@code Assign} of a JSONata state, Choice rule or Catcher: each value is a {@link JsonataTemplate} whose
 * expressions are reported at {@code Assign/<name>} (plus the given prefix). All values are evaluated against the
 * same bindings, so they all see the variables from before the state.
 */
public final class JsonataAssign {

    private final List<String> names;
    private final List<JsonataTemplate> values;

    private JsonataAssign(List<String> names, List<JsonataTemplate> values) {
        this.names = names;
        this.values = values;
    }

    /**
     * Compile an {@code Assign} object.
     *
     * @param field the field path of the Assign, {@code Assign} for a state's, e.g. {@code Choices[0]/Assign}
     * @throws ExpressionSyntaxException when a name is invalid or an expression is not valid JSONata; the message
     *     names the field path
     */
    public static JsonataAssign compile(JsonNode assign, String field) throws ExpressionSyntaxException {
        if (!assign.isObject()) {
            throw new ExpressionSyntaxException("The field '" + field + "' must be an object", -1);
        }
        List<String> names = new ArrayList<>();
        List<JsonataTemplate> values = new ArrayList<>();
        for (Map.Entry<String, JsonNode> entry : assign.properties()) {
            String name = entry.getKey();
            String problem = VariableLimits.nameProblem(name);
            if (problem != null) {
                throw new ExpressionSyntaxException("Invalid variable name '" + name + "' in '" + field + "': "
                        + problem, -1);
            }
            try {
                values.add(JsonataTemplate.compile(entry.getValue(), field + "/" + name));
            } catch (TemplateSyntaxException e) {
                throw new ExpressionSyntaxException(e.getMessage(), e.syntaxError().offset());
            }
            names.add(name);
        }
        return new JsonataAssign(List.copyOf(names), List.copyOf(values));
    }

    /**
     * Evaluate every value. Nothing is stored: pass the result to {@link VariableScope#assign} when the state exits.
     *
     * @throws dev.orrery.internal.eval.StatesException {@code States.QueryEvaluationError} when an expression fails or
     *     returns nothing; {@code States.DataLimitExceeded} when a value or the whole Assign is too large
     */
    public AssignedVariables evaluate(JsonataBindings bindings) {
        Map<String, JsonNode> assigned = new LinkedHashMap<>();
        for (int i = 0; i < names.size(); i++) {
            assigned.put(names.get(i), values.get(i).evaluate(bindings));
        }
        AssignedVariables result = new AssignedVariables(assigned);
        VariableLimits.checkAssign(result);
        return result;
    }

    /** Return the variable names, in definition order. */
    public List<String> names() {
        return names;
    }
}
