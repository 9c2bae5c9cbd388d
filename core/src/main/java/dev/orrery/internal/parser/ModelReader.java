package dev.orrery.internal.parser;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orrery.model.Branch;
import dev.orrery.model.Catcher;
import dev.orrery.model.ChoiceRule;
import dev.orrery.model.ChoiceState;
import dev.orrery.model.ComparisonOperator;
import dev.orrery.model.Condition;
import dev.orrery.model.ErrorHandling;
import dev.orrery.model.FailState;
import dev.orrery.model.InputOutput;
import dev.orrery.model.ItemBatcher;
import dev.orrery.model.ItemReader;
import dev.orrery.model.MapState;
import dev.orrery.model.ParallelState;
import dev.orrery.model.PassState;
import dev.orrery.model.ProcessorConfig;
import dev.orrery.model.QueryLanguage;
import dev.orrery.model.ResultWriter;
import dev.orrery.model.Retrier;
import dev.orrery.model.State;
import dev.orrery.model.StateMachine;
import dev.orrery.model.StateType;
import dev.orrery.model.SucceedState;
import dev.orrery.model.TaskState;
import dev.orrery.model.ToleratedFailure;
import dev.orrery.model.Transition;
import dev.orrery.model.WaitDuration;
import dev.orrery.model.WaitState;
import dev.orrery.parse.Diagnostic;
import dev.orrery.parse.Severity;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Builds the model from a JSON tree, reporting what it cannot read as diagnostics instead of throwing. */
public final class ModelReader {

    private final List<Diagnostic> diagnostics = new ArrayList<>();

    /** Return the diagnostics collected so far. */
    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }

    /** Read a whole state machine, or return {@code null} after reporting why it cannot be read. */
    public @Nullable StateMachine read(JsonNode root) {
        if (!root.isObject()) {
            error("", "the definition must be a JSON object but was " + kind(root));
            return null;
        }
        QueryLanguage language = queryLanguage(root, "", QueryLanguage.JSON_PATH);
        Branch top = branch(root, "", language);
        if (top == null) {
            return null;
        }
        JsonNode timeout = root.get("TimeoutSeconds");
        Integer timeoutSeconds = timeout != null && timeout.canConvertToInt() ? timeout.intValue() : null;
        return new StateMachine(top.comment(), top.startAt(), top.states(), text(root, "Version"), timeoutSeconds,
                language);
    }

    private @Nullable Branch branch(JsonNode node, String pointer, QueryLanguage language) {
        JsonNode startAt = node.get("StartAt");
        JsonNode states = node.get("States");
        if (startAt == null || !startAt.isTextual()) {
            error(pointer + "/StartAt", "StartAt is required and must be a string naming a state");
        }
        if (states == null || !states.isObject()) {
            error(pointer + "/States", "States is required and must be an object of state names to states");
            return null;
        }
        Map<String, State> result = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> entry : states.properties()) {
            State state = state(entry.getKey(), entry.getValue(), pointer + "/States/" + escape(entry.getKey()),
                    language);
            if (state != null) {
                result.put(entry.getKey(), state);
            }
        }
        if (startAt == null || !startAt.isTextual()) {
            return null;
        }
        return new Branch(text(node, "Comment"), startAt.asText(), result, language);
    }

    private @Nullable State state(String name, JsonNode node, String pointer, QueryLanguage inherited) {
        if (!node.isObject()) {
            error(pointer, "a state must be a JSON object but was " + kind(node));
            return null;
        }
        JsonNode typeNode = node.get("Type");
        StateType type = typeNode != null && typeNode.isTextual() ? StateType.fromAslName(typeNode.asText()) : null;
        if (type == null) {
            error(pointer + "/Type", "Type must be one of Task, Pass, Choice, Wait, Succeed, Fail, Parallel, Map but was "
                    + typeNode);
            return null;
        }
        QueryLanguage language = queryLanguage(node, pointer, inherited);
        String comment = text(node, "Comment");
        InputOutput io = io(node);
        return switch (type) {
            case PASS -> new PassState(name, comment, language, io, node.get("Result"), transition(node, pointer));
            case TASK -> task(name, node, pointer, language, comment, io);
            case CHOICE -> new ChoiceState(name, comment, language, io, choices(node, pointer),
                    text(node, "Default"));
            case WAIT -> new WaitState(name, comment, language, io, waitDuration(node, pointer),
                    transition(node, pointer));
            case SUCCEED -> new SucceedState(name, comment, language, io);
            case FAIL -> new FailState(name, comment, language, io, text(node, "Error"), text(node, "ErrorPath"),
                    text(node, "Cause"), text(node, "CausePath"));
            case PARALLEL -> new ParallelState(name, comment, language, io, branches(node, pointer, language),
                    errorHandling(node, pointer), transition(node, pointer));
            case MAP -> map(name, node, pointer, language, comment, io);
        };
    }

    private TaskState task(String name, JsonNode node, String pointer, QueryLanguage language,
            @Nullable String comment, InputOutput io) {
        String resource = text(node, "Resource");
        if (resource == null) {
            error(pointer + "/Resource", "Resource is required for a Task state and must be a string");
            resource = "";
        }
        return new TaskState(name, comment, language, io, resource, errorHandling(node, pointer),
                node.get("TimeoutSeconds"), text(node, "TimeoutSecondsPath"), node.get("HeartbeatSeconds"),
                text(node, "HeartbeatSecondsPath"), node.get("Credentials"), transition(node, pointer));
    }

    private MapState map(String name, JsonNode node, String pointer, QueryLanguage language,
            @Nullable String comment, InputOutput io) {
        boolean legacy = !node.has("ItemProcessor") && node.has("Iterator");
        String field = legacy ? "Iterator" : "ItemProcessor";
        JsonNode processorNode = node.path(field);
        Branch processor = processorNode.isObject() ? branch(processorNode, pointer + "/" + field, language) : null;
        if (processor == null) {
            error(pointer + "/ItemProcessor", "a Map state needs an ItemProcessor (or Iterator) with StartAt and States");
            processor = new Branch(null, "", Map.of(), language);
        }
        JsonNode reader = node.get("ItemReader");
        JsonNode batcher = node.get("ItemBatcher");
        JsonNode writer = node.get("ResultWriter");
        return new MapState(name, comment, language, io, processor, processorConfig(processorNode), legacy,
                pathOrDefault(node, "ItemsPath"), node.get("Items"), node.get("ItemSelector"),
                node.get("MaxConcurrency"), text(node, "MaxConcurrencyPath"),
                reader == null ? null : new ItemReader(String.valueOf(text(reader, "Resource")),
                        reader.get("ReaderConfig"), reader.get("Parameters"), reader.get("Arguments")),
                batcher == null ? null : new ItemBatcher(batcher.get("MaxItemsPerBatch"),
                        text(batcher, "MaxItemsPerBatchPath"), batcher.get("MaxInputBytesPerBatch"),
                        text(batcher, "MaxInputBytesPerBatchPath"), batcher.get("BatchInput")),
                writer == null ? null : new ResultWriter(text(writer, "Resource"), writer.get("Parameters"),
                        writer.get("Arguments"), writer.get("WriterConfig")),
                new ToleratedFailure(node.get("ToleratedFailurePercentage"),
                        text(node, "ToleratedFailurePercentagePath"), node.get("ToleratedFailureCount"),
                        text(node, "ToleratedFailureCountPath")),
                text(node, "Label"), errorHandling(node, pointer), transition(node, pointer));
    }

    private static ProcessorConfig processorConfig(JsonNode processor) {
        JsonNode config = processor.path("ProcessorConfig");
        if (!config.isObject()) {
            return ProcessorConfig.INLINE;
        }
        ProcessorConfig.Mode mode = "DISTRIBUTED".equals(config.path("Mode").asText())
                ? ProcessorConfig.Mode.DISTRIBUTED : ProcessorConfig.Mode.INLINE;
        ProcessorConfig.ExecutionType type = switch (config.path("ExecutionType").asText()) {
            case "STANDARD" -> ProcessorConfig.ExecutionType.STANDARD;
            case "EXPRESS" -> ProcessorConfig.ExecutionType.EXPRESS;
            default -> null;
        };
        return new ProcessorConfig(mode, type);
    }

    private List<Branch> branches(JsonNode node, String pointer, QueryLanguage language) {
        List<Branch> result = new ArrayList<>();
        JsonNode branches = node.path("Branches");
        for (int i = 0; i < branches.size(); i++) {
            Branch branch = branch(branches.get(i), pointer + "/Branches/" + i, language);
            if (branch != null) {
                result.add(branch);
            }
        }
        return result;
    }

    private List<ChoiceRule> choices(JsonNode node, String pointer) {
        List<ChoiceRule> rules = new ArrayList<>();
        JsonNode choices = node.path("Choices");
        for (int i = 0; i < choices.size(); i++) {
            JsonNode rule = choices.get(i);
            Condition condition = condition(rule, pointer + "/Choices/" + i);
            String next = text(rule, "Next");
            if (next == null) {
                error(pointer + "/Choices/" + i + "/Next", "a Choice rule needs Next naming a state");
                next = "";
            }
            if (condition != null) {
                rules.add(new ChoiceRule(condition, next, rule.get("Assign"), rule.get("Output"),
                        text(rule, "Comment")));
            }
        }
        return rules;
    }

    private @Nullable Condition condition(JsonNode rule, String pointer) {
        if (rule.has("Condition")) {
            return new Condition.Jsonata(rule.get("Condition"));
        }
        if (rule.has("And") || rule.has("Or")) {
            String field = rule.has("And") ? "And" : "Or";
            List<Condition> operands = new ArrayList<>();
            JsonNode list = rule.get(field);
            for (int i = 0; i < list.size(); i++) {
                Condition operand = condition(list.get(i), pointer + "/" + field + "/" + i);
                if (operand != null) {
                    operands.add(operand);
                }
            }
            return field.equals("And") ? new Condition.And(operands) : new Condition.Or(operands);
        }
        if (rule.has("Not")) {
            Condition operand = condition(rule.get("Not"), pointer + "/Not");
            return operand == null ? null : new Condition.Not(operand);
        }
        for (Map.Entry<String, JsonNode> field : rule.properties()) {
            ComparisonOperator operator = ComparisonOperator.fromAslName(field.getKey());
            if (operator != null) {
                String variable = text(rule, "Variable");
                if (variable == null) {
                    error(pointer + "/Variable", "a comparison needs Variable holding a path");
                    return null;
                }
                return new Condition.Comparison(variable, operator, field.getValue());
            }
        }
        error(pointer, "a Choice rule needs a comparison operator, And, Or, Not or Condition");
        return null;
    }

    private @Nullable WaitDuration waitDuration(JsonNode node, String pointer) {
        if (node.has("Seconds")) {
            return new WaitDuration.Seconds(node.get("Seconds"));
        }
        if (node.has("SecondsPath")) {
            return new WaitDuration.SecondsPath(node.get("SecondsPath").asText());
        }
        if (node.has("Timestamp")) {
            return new WaitDuration.Timestamp(node.get("Timestamp"));
        }
        if (node.has("TimestampPath")) {
            return new WaitDuration.TimestampPath(node.get("TimestampPath").asText());
        }
        error(pointer, "a Wait state needs exactly one of Seconds, SecondsPath, Timestamp or TimestampPath");
        return new WaitDuration.Seconds(com.fasterxml.jackson.databind.node.IntNode.valueOf(0));
    }

    private ErrorHandling errorHandling(JsonNode node, String pointer) {
        List<Retrier> retriers = new ArrayList<>();
        JsonNode retry = node.path("Retry");
        for (JsonNode r : retry) {
            retriers.add(new Retrier(strings(r.path("ErrorEquals")), r.path("IntervalSeconds").asInt(1),
                    r.path("MaxAttempts").asInt(3), r.path("BackoffRate").asDouble(2.0),
                    r.has("MaxDelaySeconds") ? r.get("MaxDelaySeconds").asInt() : null,
                    "FULL".equals(r.path("JitterStrategy").asText()) ? Retrier.JitterStrategy.FULL
                            : Retrier.JitterStrategy.NONE,
                    text(r, "Comment")));
        }
        List<Catcher> catchers = new ArrayList<>();
        for (JsonNode c : node.path("Catch")) {
            catchers.add(new Catcher(strings(c.path("ErrorEquals")), String.valueOf(text(c, "Next")),
                    pathOrDefault(c, "ResultPath"), c.get("Output"), c.get("Assign"), text(c, "Comment")));
        }
        return retriers.isEmpty() && catchers.isEmpty() ? ErrorHandling.NONE : new ErrorHandling(retriers, catchers);
    }

    private Transition transition(JsonNode node, String pointer) {
        String next = text(node, "Next");
        if (next != null) {
            return Transition.next(next);
        }
        if (!node.path("End").asBoolean(false)) {
            error(pointer, "a state of this type needs either Next or \"End\": true");
        }
        return Transition.end();
    }

    private static InputOutput io(JsonNode node) {
        return new InputOutput(pathOrDefault(node, "InputPath"), node.get("Parameters"), node.get("ResultSelector"),
                pathOrDefault(node, "ResultPath"), pathOrDefault(node, "OutputPath"), node.get("Arguments"),
                node.get("Output"), node.get("Assign"));
    }

    private QueryLanguage queryLanguage(JsonNode node, String pointer, QueryLanguage inherited) {
        JsonNode value = node.get("QueryLanguage");
        if (value == null) {
            return inherited;
        }
        QueryLanguage language = value.isTextual() ? QueryLanguage.fromAslName(value.asText()) : null;
        if (language == null) {
            error(pointer + "/QueryLanguage", "QueryLanguage must be \"JSONPath\" or \"JSONata\" but was " + value);
            return inherited;
        }
        return language;
    }

    private static @Nullable String pathOrDefault(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null) {
            return "$";
        }
        return value.isNull() ? null : value.asText();
    }

    private static @Nullable String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value != null && value.isTextual() ? value.asText() : null;
    }

    private static List<String> strings(JsonNode array) {
        List<String> result = new ArrayList<>();
        array.forEach(element -> result.add(element.asText()));
        return result;
    }

    private void error(String pointer, String message) {
        diagnostics.add(new Diagnostic(Severity.ERROR, "SCHEMA_VALIDATION_FAILED", message, pointer, null));
    }

    private static String kind(JsonNode node) {
        return node.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
    }

    private static String escape(String key) {
        return key.replace("~", "~0").replace("/", "~1");
    }
}
