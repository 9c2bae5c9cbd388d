package dev.orrery.internal.dataflow;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.orrery.internal.eval.EvaluationContext;
import dev.orrery.internal.eval.ExpressionSyntaxException;
import dev.orrery.internal.eval.StatesException;
import dev.orrery.internal.jsonpath.CompiledPath;
import dev.orrery.model.InputOutput;
import org.jspecify.annotations.Nullable;

/**
 * The JSONPath input and output processing of one state, compiled once from its {@link InputOutput}.
 *
 * <p>Order, as in AWS's "Input and Output Processing": {@code InputPath} then {@code Parameters} give the effective
 * input ({@link #effectiveInput}); the state produces a result; then {@code ResultSelector} (on the result), {@code
 * ResultPath} (into the raw input) and {@code OutputPath} give the output ({@link #output}). How the interpreter uses
 * it per state type:
 *
 * <ul>
 *   <li>Task: the task gets {@code effectiveInput(raw)}; the state output is {@code output(raw, taskResult)}.
 *   <li>Pass: the result is {@code Result} if present, else {@code effectiveInput(raw)}; the output is {@code
 *       output(raw, result)} ({@link #passOutput}).
 *   <li>Choice, Wait, Succeed (no {@code Parameters}, {@code ResultSelector} nor {@code ResultPath}): the output is
 *       {@code output(raw, effectiveInput(raw))} with {@code ResultPath} {@code $} ({@link #passThrough}); Choice
 *       rules and Wait paths read the effective input.
 * </ul>
 *
 * <p>{@code null} paths: {@code InputPath: null} gives {@code {}} as effective input, {@code ResultPath: null} keeps
 * the raw input and discards the result, {@code OutputPath: null} gives {@code {}} as output. A path that selects
 * nothing fails the state with {@code States.Runtime} and AWS's cause (without the state prefix, which the
 * interpreter adds; see {@link DataflowErrors}); a {@code ResultPath} that cannot be applied fails it with {@code
 * States.ReferencePathConflict}.
 */
public final class JsonPathProcessor {

    private final @Nullable CompiledPath inputPath;
    private final @Nullable PayloadTemplate parameters;
    private final @Nullable PayloadTemplate resultSelector;
    private final @Nullable ReferencePath resultPath;
    private final @Nullable CompiledPath outputPath;

    private JsonPathProcessor(@Nullable CompiledPath inputPath, @Nullable PayloadTemplate parameters,
            @Nullable PayloadTemplate resultSelector, @Nullable ReferencePath resultPath,
            @Nullable CompiledPath outputPath) {
        this.inputPath = inputPath;
        this.parameters = parameters;
        this.resultSelector = resultSelector;
        this.resultPath = resultPath;
        this.outputPath = outputPath;
    }

    /**
     * Compile the processing of a state.
     *
     * @throws ExpressionSyntaxException when a path or template is invalid
     */
    public static JsonPathProcessor compile(InputOutput io) throws ExpressionSyntaxException {
        return new JsonPathProcessor(
                io.inputPath() == null ? null : CompiledPath.compile(io.inputPath()),
                io.parameters() == null ? null : PayloadTemplate.compile(io.parameters(), "Parameters"),
                io.resultSelector() == null ? null : PayloadTemplate.compile(io.resultSelector(), "ResultSelector"),
                io.resultPath() == null ? null : ReferencePath.compile(io.resultPath()),
                io.outputPath() == null ? null : CompiledPath.compile(io.outputPath()));
    }

    /**
     * Return the effective input: {@code InputPath} applied to the raw input, then {@code Parameters} if present.
     *
     * @throws StatesException {@code States.Runtime} when {@code InputPath} or a {@code Parameters} path finds nothing
     */
    public JsonNode effectiveInput(JsonNode rawInput, EvaluationContext context) {
        JsonNode selected = select(inputPath, rawInput, context);
        return parameters == null ? selected : parameters.evaluate(selected, context);
    }

    /**
     * Return the state output: {@code ResultSelector} applied to the result, placed by {@code ResultPath} into the raw
     * input, then {@code OutputPath}.
     *
     * @throws StatesException {@code States.Runtime} when a path finds nothing, {@code States.ReferencePathConflict}
     *     when the result cannot be placed
     */
    public JsonNode output(JsonNode rawInput, JsonNode result, EvaluationContext context) {
        JsonNode selected = resultSelector == null ? result : resultSelector.evaluate(result, context);
        JsonNode combined = resultPath == null ? rawInput : resultPath.merge(rawInput, selected);
        return select(outputPath, combined, context);
    }

    /**
     * Return the raw input through {@code InputPath} (the first stage of {@link #effectiveInput}).
     *
     * @throws StatesException {@code States.Runtime} when {@code InputPath} finds nothing
     */
    public JsonNode selectInput(JsonNode rawInput, EvaluationContext context) {
        return select(inputPath, rawInput, context);
    }

    /**
     * Return the input after {@code InputPath} through {@code Parameters} (the input itself when there are none).
     *
     * @throws StatesException {@code States.Runtime} when a {@code Parameters} path finds nothing
     */
    public JsonNode applyParameters(JsonNode afterInputPath, EvaluationContext context) {
        return parameters == null ? afterInputPath : parameters.evaluate(afterInputPath, context);
    }

    /** Return whether the state has {@code Parameters}. */
    public boolean hasParameters() {
        return parameters != null;
    }

    /**
     * Return the selected result placed by {@code ResultPath} into the raw input (before {@code OutputPath}).
     *
     * @throws StatesException {@code States.ReferencePathConflict} when the result cannot be placed
     */
    public JsonNode mergeResult(JsonNode rawInput, JsonNode selected) {
        return resultPath == null ? rawInput : resultPath.merge(rawInput, selected);
    }

    /**
     * Return the value through {@code OutputPath}.
     *
     * @throws StatesException {@code States.Runtime} when {@code OutputPath} finds nothing
     */
    public JsonNode selectOutput(JsonNode afterResultPath, EvaluationContext context) {
        return select(outputPath, afterResultPath, context);
    }

    /** Return the result after {@code ResultSelector} (the result itself when there is none). */
    public JsonNode selectResult(JsonNode result, EvaluationContext context) {
        return resultSelector == null ? result : resultSelector.evaluate(result, context);
    }

    /** Return the output for a result already through {@code ResultSelector}: {@code ResultPath}, then OutputPath. */
    public JsonNode placeResult(JsonNode rawInput, JsonNode selected, EvaluationContext context) {
        JsonNode combined = resultPath == null ? rawInput : resultPath.merge(rawInput, selected);
        return select(outputPath, combined, context);
    }

    /**
     * Return the output of a Pass state: its {@code Result} if present, else the effective input, is the result
     * ({@code InputPath} and {@code Parameters} are evaluated either way, so their errors surface).
     */
    public JsonNode passOutput(JsonNode rawInput, @Nullable JsonNode result, EvaluationContext context) {
        JsonNode effective = effectiveInput(rawInput, context);
        return output(rawInput, result != null ? result : effective, context);
    }

    /**
     * Return the output of a Choice, Wait or Succeed state: the effective input through {@code OutputPath} (their
     * {@code ResultPath} is always {@code $}).
     */
    public JsonNode passThrough(JsonNode rawInput, EvaluationContext context) {
        return select(outputPath, effectiveInput(rawInput, context), context);
    }

    private static JsonNode select(@Nullable CompiledPath path, JsonNode value, EvaluationContext context) {
        if (path == null) {
            return JsonNodeFactory.instance.objectNode();
        }
        JsonNode selected = path.select(value, context);
        if (selected == null) {
            throw StatesException.runtime(
                    DataflowErrors.invalidPath(path.text(), path.notFoundReason(value, context)));
        }
        return selected;
    }
}
