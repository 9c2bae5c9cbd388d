package dev.orrery.internal.interpreter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.orrery.internal.dataflow.DataflowErrors;
import dev.orrery.internal.dataflow.JsonPathProcessor;
import dev.orrery.internal.dataflow.PayloadTemplate;
import dev.orrery.internal.eval.StatesException;
import dev.orrery.internal.jsonpath.CompiledPath;
import dev.orrery.model.ErrorHandling;
import dev.orrery.model.MapState;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Map, inline or distributed. Inline: InputPath, then ItemsPath selects the items; each item, through ItemSelector
 * (or the legacy Parameters) with {@code $$.Map.Item}, is the input of one iteration of the ItemProcessor, a fiber,
 * at most MaxConcurrency (MaxConcurrencyPath) at once; the array of iteration outputs in item order goes through
 * ResultSelector, ResultPath and OutputPath. The first failing iteration aborts the others and fails the state.
 * Distributed (without ItemReader, ItemBatcher and ResultWriter): the same, but each item runs as a child execution
 * whose states stay out of the history, inside a Map Run that tolerates ToleratedFailureCount/Percentage failures.
 */
final class MapHandler extends CompiledState {

    /** The number of child executions a distributed Map runs at once when MaxConcurrency is 0 or absent. */
    static final int DISTRIBUTED_MAX_CONCURRENCY = 10_000;

    private final MapState state;
    private final MapFields fields;
    private final JsonPathIo io;
    private final CompiledGraph processorGraph;
    private @Nullable CompiledState next;

    MapHandler(MapState state, StateCompiler compiler) {
        super(state);
        this.state = state;
        if (state.queryLanguage() == dev.orrery.model.QueryLanguage.JSONATA) {
            throw new UnsupportedOperationException("State \"" + state.name() + "\" is a JSONata Map state, which "
                    + "this version of Orrery cannot run yet (JSONata Items and ItemSelector); JSONPath Map states run.");
        }
        this.fields = MapFields.compile(state);
        this.io = JsonPathIo.of(state, fields.processor());
        this.processorGraph = new CompiledGraph(state.itemProcessor(), compiler);
    }

    @Override
    void link(CompiledGraph graph) {
        next = graph.target(state.transition());
    }

    @Override
    ErrorHandling errorHandling() {
        return state.errorHandling();
    }

    @Override
    StepResult execute(Activation activation, JsonNode input) {
        JsonPathProcessor processor = fields.processor();
        JsonNode effective = processor.effectiveInput(input, activation);
        int maxConcurrency = fields.maxConcurrency(effective, activation);
        JsonNode items = items(effective, activation);
        List<JsonNode> inputs = iterationInputs(items, effective, activation);
        activation.record("MapStateStarted", "mapStateStartedEventDetails",
                HistoryRecorder.details().put("length", inputs.size()));
        MapRunSettings settings = fields.mapRun();
        if (settings != null) {
            return distributed(activation, input, effective, inputs, maxConcurrency, settings);
        }
        activation.failureEvent("MapStateFailed");
        new FanOut(activation, index -> processorGraph, inputs, maxConcurrency, new IterationEvents(activation),
                outputs -> succeeded(activation, input, outputs)).start();
        return new StepResult.Suspended();
    }

    private StepResult distributed(Activation activation, JsonNode input, JsonNode effective, List<JsonNode> inputs,
            int maxConcurrency, MapRunSettings settings) {
        MapRun run = new MapRun(activation, settings.count(effective, activation),
                settings.percentage(effective, activation));
        run.started(settings.label());
        activation.failureEvent("MapStateFailed");
        new FanOut(activation, index -> processorGraph, inputs,
                maxConcurrency == 0 ? DISTRIBUTED_MAX_CONCURRENCY : maxConcurrency, FanOut.Events.NONE,
                outputs -> {
                    run.succeeded();
                    return succeeded(activation, input, outputs);
                }).tolerating(run).asChildExecutions().start();
        return new StepResult.Suspended();
    }

    private StepResult succeeded(Activation activation, JsonNode input, ArrayNode outputs) {
        activation.record("MapStateSucceeded", null, null);
        activation.failureEvent(null);
        return new StepResult.Continue(next, io.resultOutput(input, outputs, activation));
    }

    private JsonNode items(JsonNode effective, Activation activation) {
        CompiledPath itemsPath = fields.itemsPath();
        JsonNode items = itemsPath.select(effective, activation);
        if (items == null) {
            throw StatesException.runtime(
                    DataflowErrors.invalidPath(itemsPath.text(), itemsPath.notFoundReason(effective, activation)));
        }
        if (!items.isArray()) {
            throw StatesException.runtime("Map state input must be an array but was: " + DataflowErrors.json(items));
        }
        return items;
    }

    private List<JsonNode> iterationInputs(JsonNode items, JsonNode effective, Activation activation) {
        PayloadTemplate selector = fields.itemSelector();
        List<JsonNode> inputs = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            JsonNode item = items.get(i);
            inputs.add(selector == null ? item : selector.evaluate(effective, new MapItemContext(activation, i, item)));
        }
        return inputs;
    }

    /** Records MapIterationStarted/Succeeded/Failed/Aborted with the index and the Map state's name. */
    private final class IterationEvents implements FanOut.Events {

        private final Activation activation;

        IterationEvents(Activation activation) {
            this.activation = activation;
        }

        @Override
        public void started(int index) {
            record("Started", index);
        }

        @Override
        public void succeeded(int index) {
            record("Succeeded", index);
        }

        @Override
        public void failed(int index) {
            record("Failed", index);
        }

        @Override
        public void aborted(int index) {
            record("Aborted", index);
        }

        private void record(String outcome, int index) {
            ObjectNode details = HistoryRecorder.details().put("index", index).put("name", state.name());
            activation.record("MapIteration" + outcome, "mapIteration" + outcome + "EventDetails", details);
        }
    }
}
