package dev.orrery.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.orrery.mock.TaskMocks;
import dev.orrery.spi.TaskOutcome;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds a small valid state machine from the fuzzer's bytes: Pass, Choice, Wait, Task (with a mock for every Task),
 * Parallel, Map, Fail and Succeed states, Retry and Catch, in JSONPath or JSONata. Transitions go forward, with a rare
 * jump back that only the execution guards stop, so every run ends.
 *
 * <p>Any byte string gives a machine: when the bytes run out, every choice takes its first option.
 */
final class MachineGenerator {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final int MAX_DEPTH = 2;
    private static final String[] ERRORS = {"States.ALL", "States.TaskFailed", "States.Timeout", "Custom.Error",
        "States.Runtime", "States.QueryEvaluationError"};
    private static final String[] JSONPATH_VALUES = {"$", "$.n", "$.s", "$.a", "$.a[0]", "$.items", "$.o.x",
        "$$.Execution.Name", "$$.State.RetryCount", "$.missing", "$.a[*]", "$..id"};
    private static final String[] INTRINSICS = {"States.Format('n={}', $.n)", "States.ArrayLength($.items)",
        "States.MathAdd($.n, 1)", "States.StringToJson('{\"k\":1}')", "States.JsonToString($.o)",
        "States.ArrayRange(1, 5, 2)", "States.UUID()", "States.Hash($.s, 'SHA-256')", "States.Array($.n, $.s)",
        "States.ArrayGetItem($.a, 0)", "States.MathRandom(1, 9)", "States.Base64Encode($.s)"};
    private static final String[] JSONATA = {"$states.input", "$states.input.n + 1", "$states.input.items",
        "$count($states.input.items)", "$states.context.Execution.Name", "{'k': $states.input.s}", "$uuid()",
        "$states.input.n > 2", "$string($states.input.a)", "$states.input.missing", "$sum([1,2,3])",
        "$partition([1,2,3], 2)", "$hash('x', 'MD5')", "$random(7)", "$states.input.o"};
    private static final String[] CONDITION_EXPRESSIONS = {"$states.input.n > 2", "$states.input.s = 'text'",
        "$exists($states.input.missing)", "true", "false", "$count($states.input.items) = 2"};

    private final FuzzedDataProvider data;
    private final Map<String, List<TaskOutcome>> answers = new LinkedHashMap<>();
    private int counter;
    private boolean jsonata;

    MachineGenerator(FuzzedDataProvider data) {
        this.data = data;
    }

    /** Build the definition; call before {@link #mocks()}. */
    ObjectNode machine() {
        jsonata = data.consumeBoolean();
        ObjectNode machine = JSON.objectNode();
        if (jsonata) {
            machine.put("QueryLanguage", "JSONata");
        }
        ObjectNode states = JSON.objectNode();
        machine.put("StartAt", chain(states, 0));
        machine.set("States", states);
        if (data.consumeInt(0, 5) == 0) {
            machine.put("TimeoutSeconds", data.consumeInt(1, 5000));
        }
        return machine;
    }

    /** Return mocks answering every generated Task state, in call order, the last answer repeating. */
    TaskMocks mocks() {
        TaskMocks.Builder builder = TaskMocks.builder();
        answers.forEach((state, outcomes) -> builder.respond(state, outcomes.get(0),
                outcomes.subList(1, outcomes.size()).toArray(TaskOutcome[]::new)));
        return builder.build();
    }

    /** Return an execution input the generated paths and expressions use. */
    ObjectNode input() {
        ObjectNode input = JSON.objectNode();
        input.put("n", data.consumeInt(-3, 10));
        input.put("s", data.consumeBoolean() ? "text" : data.consumeAsciiString(8));
        ArrayNode items = input.putArray("items");
        int count = data.consumeInt(0, 4);
        for (int i = 0; i < count; i++) {
            items.addObject().put("id", i);
        }
        input.putArray("a").add(1).add("two").addObject().put("b", "c");
        input.putObject("o").putNull("x").put("y", true);
        return input;
    }

    /**
     * Add a chain of states to {@code states}; return the name of its first state. Each state goes on to the next one
     * (so every state is reachable); Choice rules and Catchers may also jump to any later state, and rarely a Choice
     * rule jumps back. The chain ends in a Succeed, Fail or Pass state.
     */
    private String chain(ObjectNode states, int depth) {
        int length = data.consumeInt(1, 5);
        List<String> names = new ArrayList<>();
        for (int i = 0; i <= length; i++) {
            names.add("S" + counter++);
        }
        for (int i = 0; i < length; i++) {
            List<String> later = names.subList(i + 1, names.size());
            List<String> earlier = names.subList(0, i + 1);
            states.set(names.get(i), state(names.get(i), later, earlier, depth));
        }
        states.set(names.get(length), terminal());
        return names.get(0);
    }

    private ObjectNode terminal() {
        ObjectNode state = JSON.objectNode();
        switch (data.consumeInt(0, 2)) {
            case 1 -> {
                state.put("Type", "Fail");
                state.put("Error", pick(ERRORS));
                state.put("Cause", "generated");
            }
            case 2 -> {
                pass(state);
                state.put("End", true);
            }
            default -> state.put("Type", "Succeed");
        }
        return state;
    }

    private ObjectNode state(String name, List<String> later, List<String> earlier, int depth) {
        int kind = data.consumeInt(0, 5);
        if (depth >= MAX_DEPTH && (kind == 4 || kind == 5)) {
            kind = 0;
        }
        ObjectNode state = JSON.objectNode();
        switch (kind) {
            case 1 -> {
                choice(state, later, earlier);
                return state;
            }
            case 2 -> waitState(state);
            case 3 -> task(name, state, later);
            case 4 -> parallel(state, later, depth);
            case 5 -> map(state, later, depth);
            default -> pass(state);
        }
        state.put("Next", later.get(0));
        return state;
    }

    private void pass(ObjectNode state) {
        state.put("Type", "Pass");
        if (jsonata) {
            maybeOutput(state);
            maybeAssign(state);
            return;
        }
        switch (data.consumeInt(0, 3)) {
            case 1 -> state.set("Result", value());
            case 2 -> state.set("Parameters", template());
            case 3 -> state.put("InputPath", pick(new String[] {"$", "$.o", "$.a", "$.items"}));
            default -> { }
        }
        maybeResultPath(state);
        maybeAssign(state);
    }

    private void choice(ObjectNode state, List<String> later, List<String> earlier) {
        state.put("Type", "Choice");
        ArrayNode rules = state.putArray("Choices");
        int count = data.consumeInt(1, 3);
        for (int i = 0; i < count; i++) {
            ObjectNode rule = condition(0);
            String next = i == 0 ? later.get(0) : data.consumeInt(0, 20) == 0 ? pick(earlier) : pick(later);
            rule.put("Next", next);
            rules.add(rule);
        }
        if (data.consumeInt(0, 3) > 0) {
            state.put("Default", pick(later));
        }
    }

    private ObjectNode condition(int depth) {
        ObjectNode rule = JSON.objectNode();
        if (jsonata) {
            rule.put("Condition", "{% " + pick(CONDITION_EXPRESSIONS) + " %}");
            return rule;
        }
        int kind = data.consumeInt(0, depth < 2 ? 7 : 4);
        switch (kind) {
            case 1 -> {
                rule.put("Variable", "$.s");
                rule.put(pick(new String[] {"StringEquals", "StringMatches", "StringLessThan"}),
                        pick(new String[] {"text", "t*t", "*", "a\\*b"}));
            }
            case 2 -> {
                rule.put("Variable", pick(JSONPATH_VALUES));
                rule.put(pick(new String[] {"IsPresent", "IsNull", "IsString", "IsNumeric", "IsBoolean",
                    "IsTimestamp"}), data.consumeBoolean());
            }
            case 3 -> {
                rule.put("Variable", "$.n");
                rule.put("NumericEqualsPath", pick(new String[] {"$.n", "$.s", "$.missing"}));
            }
            case 4 -> {
                rule.put("Variable", "$$.Execution.StartTime");
                rule.put("TimestampGreaterThan", "2024-12-31T00:00:00Z");
            }
            case 5, 6 -> {
                ArrayNode all = rule.putArray(kind == 5 ? "And" : "Or");
                all.add(condition(depth + 1));
                all.add(condition(depth + 1));
            }
            case 7 -> rule.set("Not", condition(depth + 1));
            default -> {
                rule.put("Variable", pick(new String[] {"$.n", "$.s", "$.missing", "$.a[0]"}));
                rule.put(pick(new String[] {"NumericGreaterThan", "NumericLessThanEquals", "NumericEquals"}),
                        data.consumeInt(-2, 6));
            }
        }
        return rule;
    }

    private void waitState(ObjectNode state) {
        state.put("Type", "Wait");
        int kind = data.consumeInt(0, 2);
        if (jsonata) {
            if (kind == 0) {
                state.put("Seconds", data.consumeInt(0, 100));
            } else {
                state.put("Seconds", "{% $states.input.n %}");
            }
            return;
        }
        switch (kind) {
            case 1 -> state.put("SecondsPath", pick(new String[] {"$.n", "$.s", "$.missing"}));
            case 2 -> state.put("Timestamp", "2025-01-01T00:0" + data.consumeInt(0, 9) + ":00Z");
            default -> state.put("Seconds", data.consumeInt(0, 100));
        }
    }

    private void task(String name, ObjectNode state, List<String> later) {
        state.put("Type", "Task");
        state.put("Resource", "arn:aws:lambda:us-east-1:123456789012:function:" + name);
        if (jsonata) {
            if (data.consumeBoolean()) {
                state.put("Arguments", "{% " + pick(JSONATA) + " %}");
            }
            maybeOutput(state);
        } else {
            if (data.consumeBoolean()) {
                state.set("Parameters", template());
            }
            if (data.consumeBoolean()) {
                ObjectNode selector = JSON.objectNode();
                selector.put("value.$", pick(JSONPATH_VALUES));
                state.set("ResultSelector", selector);
            }
            maybeResultPath(state);
        }
        if (data.consumeInt(0, 3) == 0) {
            state.put("TimeoutSeconds", data.consumeInt(1, 100));
        }
        retryAndCatch(state, later);
        List<TaskOutcome> outcomes = new ArrayList<>();
        int count = data.consumeInt(1, 4);
        for (int i = 0; i < count; i++) {
            outcomes.add(data.consumeInt(0, 2) == 0 ? TaskOutcome.failure(pick(ERRORS), "mocked")
                    : TaskOutcome.success(value()));
        }
        answers.put(name, outcomes);
    }

    private void retryAndCatch(ObjectNode state, List<String> later) {
        if (data.consumeBoolean()) {
            ObjectNode retrier = state.putArray("Retry").addObject();
            retrier.putArray("ErrorEquals").add(pick(ERRORS));
            retrier.put("MaxAttempts", data.consumeInt(0, 3));
            retrier.put("IntervalSeconds", data.consumeInt(1, 5));
            retrier.put("BackoffRate", data.consumeInt(1, 3));
            if (data.consumeBoolean()) {
                retrier.put("JitterStrategy", "FULL");
            }
        }
        if (data.consumeBoolean()) {
            ObjectNode catcher = state.putArray("Catch").addObject();
            catcher.putArray("ErrorEquals").add("States.ALL");
            catcher.put("Next", pick(later));
            if (jsonata) {
                catcher.put("Output", "{% $states.errorOutput %}");
            } else {
                catcher.put("ResultPath", "$.error");
            }
        }
    }

    private void parallel(ObjectNode state, List<String> later, int depth) {
        state.put("Type", "Parallel");
        ArrayNode branches = state.putArray("Branches");
        int count = data.consumeInt(1, 3);
        for (int i = 0; i < count; i++) {
            branches.add(branch(depth));
        }
        if (!jsonata) {
            maybeResultPath(state);
        }
        retryAndCatch(state, later);
    }

    private void map(ObjectNode state, List<String> later, int depth) {
        state.put("Type", "Map");
        if (jsonata) {
            state.put("Items", "{% $states.input.items %}");
        } else {
            state.put("ItemsPath", "$.items");
            if (data.consumeBoolean()) {
                ObjectNode selector = JSON.objectNode();
                selector.put("item.$", "$$.Map.Item.Value");
                selector.put("index.$", "$$.Map.Item.Index");
                state.set("ItemSelector", selector);
            }
        }
        state.put("MaxConcurrency", data.consumeInt(0, 2));
        ObjectNode processor = branch(depth);
        if (data.consumeBoolean()) {
            processor.putObject("ProcessorConfig").put("Mode", "INLINE");
        }
        state.set("ItemProcessor", processor);
        if (data.consumeInt(0, 3) == 0) {
            state.put("ToleratedFailurePercentage", data.consumeInt(0, 100));
        }
        retryAndCatch(state, later);
    }

    private ObjectNode branch(int depth) {
        ObjectNode branch = JSON.objectNode();
        ObjectNode states = JSON.objectNode();
        branch.put("StartAt", chain(states, depth + 1));
        branch.set("States", states);
        return branch;
    }

    private ObjectNode template() {
        ObjectNode template = JSON.objectNode();
        template.put("path.$", pick(JSONPATH_VALUES));
        if (data.consumeBoolean()) {
            template.put("call.$", pick(INTRINSICS));
        }
        template.put("constant", data.consumeAsciiString(6));
        if (data.consumeBoolean()) {
            template.putObject("nested").put("ctx.$", "$$.State.Name");
        }
        return template;
    }

    private void maybeResultPath(ObjectNode state) {
        switch (data.consumeInt(0, 3)) {
            case 1 -> state.put("ResultPath", "$.r");
            case 2 -> state.putNull("ResultPath");
            case 3 -> state.put("ResultPath", "$.o.deep");
            default -> { }
        }
    }

    private void maybeOutput(ObjectNode state) {
        if (data.consumeBoolean()) {
            state.put("Output", "{% " + pick(JSONATA) + " %}");
        }
    }

    private void maybeAssign(ObjectNode state) {
        if (data.consumeInt(0, 3) == 0) {
            ObjectNode assign = state.putObject("Assign");
            assign.put("counter", jsonata ? "{% $states.input.n %}" : "$.n");
            if (!jsonata) {
                assign.remove("counter");
                assign.put("counter.$", "$.n");
            }
        }
    }

    private JsonNode value() {
        return switch (data.consumeInt(0, 4)) {
            case 1 -> JSON.numberNode(data.consumeInt());
            case 2 -> JSON.textNode(data.consumeAsciiString(10));
            case 3 -> JSON.arrayNode().add(1).add("x").addNull();
            case 4 -> JSON.objectNode().put("n", data.consumeInt(-3, 10)).put("s", "text")
                    .set("items", JSON.arrayNode().add(JSON.objectNode().put("id", 7)));
            default -> JSON.objectNode().put("ok", true);
        };
    }

    private String pick(String[] options) {
        return options[data.consumeInt(0, options.length - 1)];
    }

    private String pick(List<String> options) {
        return options.get(data.consumeInt(0, options.size() - 1));
    }
}
