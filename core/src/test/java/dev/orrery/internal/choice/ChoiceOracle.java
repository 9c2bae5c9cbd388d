package dev.orrery.internal.choice;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.orrery.internal.eval.EvaluationContext;
import dev.orrery.internal.eval.ExpressionSyntaxException;
import dev.orrery.internal.eval.StatesException;
import dev.orrery.internal.jsonpath.CompiledPath;
import dev.orrery.internal.parser.ModelReader;
import dev.orrery.model.ChoiceRule;
import dev.orrery.model.ChoiceState;
import dev.orrery.model.QueryLanguage;
import dev.orrery.model.StateMachine;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Evaluates a Choice state of a recorded definition as the interpreter will: rules in order, then Default. */
final class ChoiceOracle {

    private ChoiceOracle() {}

    /** Read the named Choice state out of its JSON, or return {@code null} when it is not a JSONPath Choice state. */
    static @Nullable ChoiceState read(String name, JsonNode stateJson, String inheritedLanguage) {
        ObjectNode definition = JsonNodeFactory.instance.objectNode();
        definition.put("QueryLanguage", inheritedLanguage);
        definition.put("StartAt", name);
        definition.putObject("States").set(name, stateJson);
        StateMachine machine = new ModelReader().read(definition);
        if (machine == null || !(machine.state(name) instanceof ChoiceState choice)
                || choice.queryLanguage() != QueryLanguage.JSON_PATH) {
            return null;
        }
        return choice;
    }

    /** The outcome of a Choice state: the next state, or the error it failed with. */
    record Outcome(@Nullable String next, @Nullable String error, @Nullable String cause) {}

    /** Evaluate the state's rules against its raw input (InputPath applied here). */
    static Outcome evaluate(ChoiceState state, JsonNode rawInput, EvaluationContext context)
            throws ExpressionSyntaxException {
        JsonNode input = rawInput;
        String inputPath = state.io().inputPath();
        if (inputPath != null && !inputPath.equals("$")) {
            input = CompiledPath.compile(inputPath).select(rawInput, context);
        }
        try {
            for (ChoiceRule rule : state.choices()) {
                if (CompiledCondition.compile(rule.condition()).test(input, context)) {
                    return new Outcome(rule.next(), null, null);
                }
            }
            return new Outcome(state.defaultState(), null, null);
        } catch (StatesException e) {
            return new Outcome(null, e.error(), e.cause());
        }
    }

    /** Return a context with the given Context object and variables. */
    static EvaluationContext context(JsonNode contextObject, Map<String, JsonNode> variables) {
        return EvaluationContext.of(contextObject, variables, 0L);
    }

    /** Build the Context object a recorded case implies (execution and state machine names and ARNs). */
    static JsonNode contextObject(JsonNode testCase, String stateName) {
        JsonNode context = testCase.path("context");
        String account = context.path("accountId").asText("123456789012");
        String region = context.path("region").asText("us-east-1");
        String machineName = context.path("stateMachineName").asText("StateMachine");
        String executionName = context.path("executionName").asText("Execution");
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        ObjectNode execution = root.putObject("Execution");
        execution.put("Id", "arn:aws:states:" + region + ":" + account + ":execution:" + machineName + ":"
                + executionName);
        execution.set("Input", testCase.path("input"));
        execution.put("Name", executionName);
        execution.put("RoleArn", context.path("roleArn").asText(""));
        ObjectNode machine = root.putObject("StateMachine");
        machine.put("Id", "arn:aws:states:" + region + ":" + account + ":stateMachine:" + machineName);
        machine.put("Name", machineName);
        root.putObject("State").put("Name", stateName);
        return root;
    }
}
