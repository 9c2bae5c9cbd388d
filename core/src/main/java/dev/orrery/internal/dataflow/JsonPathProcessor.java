package dev.orrery.internal.dataflow;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.orrery.internal.eval.EvaluationContext;
import dev.orrery.internal.eval.ExpressionSyntaxException;
import dev.orrery.internal.eval.StatesException;
import dev.orrery.internal.jsonpath.CompiledPath;
import dev.orrery.model.InputOutput;
import org.jspecify.annotations.Nullable;

/** The JSONPath-mode pipeline of one state, compiled once: InputPath, Parameters, ResultSelector, ResultPath, OutputPath. */
public final class JsonPathProcessor {

    private final @Nullable CompiledPath inputPath;
    private final @Nullable PayloadTemplate parameters;
    private final @Nullable PayloadTemplate resultSelector;
    private final @Nullable ReferencePath resultPath;
    private final @Nullable CompiledPath outputPath;
    private final boolean discardInput;
    private final boolean discardResult;
    private final boolean discardOutput;

    private JsonPathProcessor(InputOutput io) throws ExpressionSyntaxException {
        discardInput = io.inputPath() == null;
        inputPath = io.inputPath() == null || io.inputPath().equals("$") ? null : CompiledPath.compile(io.inputPath());
        parameters = io.parameters() == null ? null : PayloadTemplate.compile(io.parameters(), "Parameters");
        resultSelector = io.resultSelector() == null ? null
                : PayloadTemplate.compile(io.resultSelector(), "ResultSelector");
        discardResult = io.resultPath() == null;
        resultPath = io.resultPath() == null ? null : ReferencePath.compile(io.resultPath());
        discardOutput = io.outputPath() == null;
        outputPath = io.outputPath() == null || io.outputPath().equals("$") ? null
                : CompiledPath.compile(io.outputPath());
    }

    /**
     * Compile the pipeline of a state's fields.
     *
     * @throws ExpressionSyntaxException when a path or template cannot be compiled
     */
    public static JsonPathProcessor compile(InputOutput io) throws ExpressionSyntaxException {
        return new JsonPathProcessor(io);
    }

    /** Apply InputPath then Parameters to the raw state input. */
    public JsonNode effectiveInput(JsonNode rawInput, EvaluationContext context) {
        JsonNode selected = discardInput ? JsonNodeFactory.instance.objectNode() : rawInput;
        if (inputPath != null) {
            selected = inputPath.select(rawInput, context);
            if (selected == null) {
                throw StatesException.runtime("Invalid path '" + inputPath.text() + "' : No results for path: "
                        + inputPath.text());
            }
        }
        return parameters == null ? selected : parameters.evaluate(selected, context);
    }

    /** Apply ResultSelector to the result, ResultPath to place it in the raw input, then OutputPath. */
    public JsonNode output(JsonNode rawInput, JsonNode result, EvaluationContext context) {
        JsonNode selected = resultSelector == null ? result : resultSelector.evaluate(result, context);
        JsonNode merged = discardResult ? rawInput : resultPath.merge(rawInput, selected);
        if (discardOutput) {
            return JsonNodeFactory.instance.objectNode();
        }
        if (outputPath == null) {
            return merged;
        }
        JsonNode output = outputPath.select(merged, context);
        if (output == null) {
            throw StatesException.runtime("Invalid path '" + outputPath.text() + "' : No results for path: "
                    + outputPath.text());
        }
        return output;
    }
}
