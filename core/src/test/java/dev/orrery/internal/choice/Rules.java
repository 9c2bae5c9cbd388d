package dev.orrery.internal.choice;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.orrery.internal.eval.EvaluationContext;
import dev.orrery.internal.eval.ExpressionSyntaxException;
import dev.orrery.model.ChoiceState;
import java.util.Map;

/** Compiles Choice rules written as ASL JSON and tests them, for the condition tests. */
final class Rules {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private Rules() {}

    /** Compile a rule such as {@code {"Variable": "$.x", "NumericEquals": 1}}. */
    static CompiledCondition compile(String rule) throws ExpressionSyntaxException {
        ObjectNode ruleNode = (ObjectNode) json(rule);
        ruleNode.put("Next", "Matched");
        ObjectNode state = JsonNodeFactory.instance.objectNode();
        state.put("Type", "Choice");
        state.putArray("Choices").add(ruleNode);
        state.put("Default", "Default");
        ChoiceState choice = ChoiceOracle.read("Choice", state, "JSONPath");
        if (choice == null) {
            throw new IllegalArgumentException("not a JSONPath Choice rule: " + rule);
        }
        return CompiledCondition.compile(choice.choices().get(0).condition());
    }

    /** Compile the rule and test it against the input, with no variables. */
    static boolean test(String rule, String input) throws ExpressionSyntaxException {
        return test(rule, input, Map.of());
    }

    /** Compile the rule and test it against the input with the given workflow variables. */
    static boolean test(String rule, String input, Map<String, JsonNode> variables)
            throws ExpressionSyntaxException {
        EvaluationContext context = ChoiceOracle.context(json("{\"Execution\": {\"Name\": \"exec\"}}"), variables);
        return compile(rule).test(json(input), context);
    }

    /** Parse JSON text. */
    static JsonNode json(String text) {
        try {
            return MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
