package dev.orrery.internal.interpreter;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orrery.internal.dataflow.DataflowErrors;
import dev.orrery.internal.dataflow.JsonPathProcessor;
import dev.orrery.internal.dataflow.PayloadTemplate;
import dev.orrery.internal.eval.EvaluationContext;
import dev.orrery.internal.eval.ExpressionSyntaxException;
import dev.orrery.internal.eval.StatesException;
import dev.orrery.internal.jsonpath.CompiledPath;
import dev.orrery.model.InputOutput;
import dev.orrery.model.MapState;
import dev.orrery.model.ProcessorConfig;
import org.jspecify.annotations.Nullable;

/**
 * The JSONPath fields of a Map state, compiled once: the input/output processing (without Parameters, which for a
 * Map state is the legacy ItemSelector), ItemsPath, ItemSelector and MaxConcurrency(Path).
 *
 * @param processor InputPath, ResultSelector, ResultPath and OutputPath
 * @param itemsPath ItemsPath ({@code $} when absent)
 * @param itemSelector ItemSelector or the legacy Parameters, or {@code null}
 * @param maxConcurrency MaxConcurrency (0 = unlimited)
 * @param maxConcurrencyPath MaxConcurrencyPath, or {@code null}
 * @param mapRun the Map Run settings of a distributed Map state; {@code null} for an inline one
 */
record MapFields(JsonPathProcessor processor, CompiledPath itemsPath, @Nullable PayloadTemplate itemSelector,
        int maxConcurrency, @Nullable CompiledPath maxConcurrencyPath, @Nullable MapRunSettings mapRun) {

    /** Compile the fields of a Map state. */
    static MapFields compile(MapState state) {
        MapRunSettings mapRun = state.processorConfig().mode() == ProcessorConfig.Mode.DISTRIBUTED
                ? MapRunSettings.compile(state) : null;
        boolean jsonata = state.queryLanguage() == dev.orrery.model.QueryLanguage.JSONATA;
        if (!jsonata && state.maxConcurrency() != null && !state.maxConcurrency().canConvertToInt()) {
            throw new UnsupportedOperationException("State \"" + state.name() + "\": MaxConcurrency "
                    + state.maxConcurrency() + " is not an integer this version of Orrery can run.");
        }
        InputOutput io = state.io();
        try {
            JsonPathProcessor processor = JsonPathProcessor.compile(new InputOutput(io.inputPath(), null,
                    io.resultSelector(), io.resultPath(), io.outputPath(), io.arguments(), io.output(), io.assign()));
            PayloadTemplate selector = jsonata ? null : state.itemSelector() != null
                    ? PayloadTemplate.compile(state.itemSelector(), "ItemSelector")
                    : io.parameters() != null ? PayloadTemplate.compile(io.parameters(), "Parameters") : null;
            return new MapFields(processor, CompiledPath.compile(state.itemsPath() == null ? "$" : state.itemsPath()),
                    selector, state.maxConcurrency() == null || !state.maxConcurrency().canConvertToInt() ? 0
                            : state.maxConcurrency().asInt(),
                    state.maxConcurrencyPath() == null ? null : CompiledPath.compile(state.maxConcurrencyPath()),
                    mapRun);
        } catch (ExpressionSyntaxException e) {
            throw new IllegalArgumentException("State \"" + state.name() + "\": " + e.getMessage(), e);
        }
    }

    /**
     * Return the MaxConcurrency for this entry: MaxConcurrencyPath on the effective input when set. The path may find
     * an integer or a string that holds one: AWS ran a Map whose MaxConcurrencyPath named a variable holding
     * {@code "1"} (LocalStack's public snapshot {@code MAP_STATE_REFERENCE_IN_MAX_CONCURRENCY_PATH}).
     *
     * @throws StatesException {@code States.Runtime} when the path finds nothing or no valid integer
     */
    int maxConcurrency(JsonNode effective, EvaluationContext context) {
        if (maxConcurrencyPath == null) {
            return maxConcurrency;
        }
        JsonNode value = maxConcurrencyPath.select(effective, context);
        if (value == null) {
            throw StatesException.runtime(DataflowErrors.invalidPath(maxConcurrencyPath.text(),
                    maxConcurrencyPath.notFoundReason(effective, context)));
        }
        Long parsed = MapRunSettings.integer(value);
        if (parsed == null || parsed != parsed.intValue()) {
            String text = value.isTextual() ? value.asText() : value.toString();
            throw StatesException.runtime("The MaxConcurrencyPath field refers to value \"" + text
                    + "\" which is not a valid integer: " + maxConcurrencyPath.text());
        }
        return parsed.intValue();
    }
}
