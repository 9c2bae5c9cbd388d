package dev.orrery.internal.parser;

import static dev.orrery.internal.parser.ModelReader.pathOrDefault;
import static dev.orrery.internal.parser.ModelReader.text;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orrery.model.Branch;
import dev.orrery.model.Catcher;
import dev.orrery.model.ChoiceRule;
import dev.orrery.model.ComparisonOperator;
import dev.orrery.model.Condition;
import dev.orrery.model.ErrorHandling;
import dev.orrery.model.InputOutput;
import dev.orrery.model.ItemBatcher;
import dev.orrery.model.ItemReader;
import dev.orrery.model.MapState;
import dev.orrery.model.ProcessorConfig;
import dev.orrery.model.QueryLanguage;
import dev.orrery.model.ResultWriter;
import dev.orrery.model.Retrier;
import dev.orrery.model.ToleratedFailure;
import dev.orrery.model.Transition;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Builds the parts of states from a validated tree: Map states, Choice rules, Retry and Catch. */
final class PartReader {

    private final ModelReader states;

    PartReader(ModelReader states) {
        this.states = states;
    }

    /** Read a Map state. */
    MapState map(String name, JsonNode node, QueryLanguage language, @Nullable String comment, InputOutput io,
            Transition transition) {
        boolean legacy = !node.has("ItemProcessor");
        JsonNode processor = node.get(legacy ? "Iterator" : "ItemProcessor");
        Branch branch = states.branch(processor, language);
        return new MapState(name, comment, language, io, branch, processorConfig(processor), legacy,
                pathOrDefault(node, "ItemsPath"), node.get("Items"), node.get("ItemSelector"),
                node.get("MaxConcurrency"), text(node, "MaxConcurrencyPath"), itemReader(node.get("ItemReader")),
                itemBatcher(node.get("ItemBatcher")), resultWriter(node.get("ResultWriter")), tolerated(node),
                text(node, "Label"), errorHandling(node), transition);
    }

    private static ProcessorConfig processorConfig(JsonNode processor) {
        JsonNode config = processor.get("ProcessorConfig");
        if (config == null) {
            return ProcessorConfig.INLINE;
        }
        ProcessorConfig.Mode mode = "DISTRIBUTED".equals(text(config, "Mode")) ? ProcessorConfig.Mode.DISTRIBUTED
                : ProcessorConfig.Mode.INLINE;
        String type = text(config, "ExecutionType");
        return new ProcessorConfig(mode, type == null ? null : ProcessorConfig.ExecutionType.valueOf(type));
    }

    private static @Nullable ItemReader itemReader(@Nullable JsonNode reader) {
        return reader == null ? null : new ItemReader(reader.get("Resource").asText(), reader.get("ReaderConfig"),
                reader.get("Parameters"), reader.get("Arguments"));
    }

    private static @Nullable ItemBatcher itemBatcher(@Nullable JsonNode batcher) {
        return batcher == null ? null : new ItemBatcher(batcher.get("MaxItemsPerBatch"),
                text(batcher, "MaxItemsPerBatchPath"), batcher.get("MaxInputBytesPerBatch"),
                text(batcher, "MaxInputBytesPerBatchPath"), batcher.get("BatchInput"));
    }

    private static @Nullable ResultWriter resultWriter(@Nullable JsonNode writer) {
        return writer == null ? null : new ResultWriter(text(writer, "Resource"), writer.get("Parameters"),
                writer.get("Arguments"), writer.get("WriterConfig"));
    }

    private static ToleratedFailure tolerated(JsonNode node) {
        ToleratedFailure tolerated = new ToleratedFailure(node.get("ToleratedFailurePercentage"),
                text(node, "ToleratedFailurePercentagePath"), node.get("ToleratedFailureCount"),
                text(node, "ToleratedFailureCountPath"));
        return tolerated.equals(ToleratedFailure.NONE) ? ToleratedFailure.NONE : tolerated;
    }

    /** Read the Choices of a Choice state. */
    List<ChoiceRule> choices(JsonNode node) {
        List<ChoiceRule> rules = new ArrayList<>();
        for (JsonNode rule : node.get("Choices")) {
            rules.add(new ChoiceRule(condition(rule), rule.get("Next").asText(), rule.get("Assign"),
                    rule.get("Output"), text(rule, "Comment")));
        }
        return rules;
    }

    private static Condition condition(JsonNode rule) {
        if (rule.has("Condition")) {
            return new Condition.Jsonata(rule.get("Condition"));
        }
        if (rule.has("And") || rule.has("Or")) {
            List<Condition> operands = new ArrayList<>();
            rule.path(rule.has("And") ? "And" : "Or").forEach(operand -> operands.add(condition(operand)));
            return rule.has("And") ? new Condition.And(operands) : new Condition.Or(operands);
        }
        if (rule.has("Not")) {
            return new Condition.Not(condition(rule.get("Not")));
        }
        for (Map.Entry<String, JsonNode> field : rule.properties()) {
            ComparisonOperator operator = ComparisonOperator.fromAslName(field.getKey());
            if (operator != null) {
                return new Condition.Comparison(rule.get("Variable").asText(), operator, field.getValue());
            }
        }
        throw new IllegalStateException("a validated Choice rule has no condition: " + rule);
    }

    /** Read the Retry and Catch of a state. */
    ErrorHandling errorHandling(JsonNode node) {
        List<Retrier> retriers = new ArrayList<>();
        for (JsonNode r : node.path("Retry")) {
            retriers.add(new Retrier(strings(r.get("ErrorEquals")), r.path("IntervalSeconds").asInt(1),
                    r.path("MaxAttempts").asInt(3), r.path("BackoffRate").asDouble(2.0),
                    r.has("MaxDelaySeconds") ? r.get("MaxDelaySeconds").asInt() : null,
                    "FULL".equals(text(r, "JitterStrategy")) ? Retrier.JitterStrategy.FULL
                            : Retrier.JitterStrategy.NONE,
                    text(r, "Comment")));
        }
        List<Catcher> catchers = new ArrayList<>();
        for (JsonNode c : node.path("Catch")) {
            catchers.add(new Catcher(strings(c.get("ErrorEquals")), c.get("Next").asText(),
                    pathOrDefault(c, "ResultPath"), c.get("Output"), c.get("Assign"), text(c, "Comment")));
        }
        return retriers.isEmpty() && catchers.isEmpty() ? ErrorHandling.NONE : new ErrorHandling(retriers, catchers);
    }

    private static List<String> strings(JsonNode array) {
        List<String> result = new ArrayList<>();
        array.forEach(element -> result.add(element.asText()));
        return result;
    }
}
