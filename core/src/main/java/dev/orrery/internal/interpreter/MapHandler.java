package dev.orrery.internal.interpreter;

import dev.orrery.internal.history.EventKind;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.orrery.internal.dataflow.DataflowErrors;
import dev.orrery.internal.dataflow.PayloadTemplate;
import dev.orrery.internal.eval.StatesException;
import dev.orrery.internal.jsonpath.CompiledPath;
import dev.orrery.model.ErrorHandling;
import dev.orrery.model.MapState;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;
import org.jspecify.annotations.Nullable;

/**
 * Map, inline or distributed. Inline: InputPath, then ItemsPath selects the items; each item, through ItemSelector
 * (or the legacy Parameters) with {@code $$.Map.Item}, is the input of one iteration of the ItemProcessor, a fiber,
 * at most MaxConcurrency (MaxConcurrencyPath) at once; the array of iteration outputs in item order goes through
 * ResultSelector, ResultPath and OutputPath. The first failing iteration aborts the others and fails the state.
 * Distributed: the same, but each item runs as a child execution whose states stay out of the history, inside a Map
 * Run that tolerates ToleratedFailureCount/Percentage failures; the items may come from an ItemReader
 * ({@link MapItemReader}, instead of ItemsPath), be grouped by an ItemBatcher ({@link MapBatcher}, after ItemSelector)
 * and be exported by a ResultWriter ({@link MapResultWriter}).
 */
final class MapHandler extends CompiledState {

    /** The number of child executions a distributed Map runs at once when MaxConcurrency is 0 or absent. */
    static final int DISTRIBUTED_MAX_CONCURRENCY = 10_000;

    private final MapState state;
    private final MapFields fields;
    private final StateIo io;
    private final @Nullable JsonataMapFields jsonata;
    private final CompiledGraph processorGraph;
    private final EventKind iterationStarted;
    private final EventKind iterationSucceeded;
    private final EventKind iterationFailed;
    private final EventKind iterationAborted;
    private @Nullable CompiledState next;

    MapHandler(MapState state, StateCompiler compiler) {
        super(state);
        this.state = state;
        this.fields = MapFields.compile(state);
        boolean jsonataState = state.queryLanguage() == dev.orrery.model.QueryLanguage.JSONATA;
        this.io = jsonataState ? JsonataIo.compile(state) : JsonPathIo.of(state, fields.processor());
        this.jsonata = jsonataState ? JsonataMapFields.compile(state) : null;
        this.processorGraph = new CompiledGraph(state.itemProcessor(), compiler);
        this.iterationStarted = EventKind.mapIteration("MapIterationStarted", "mapIterationStartedEventDetails",
                nameNode());
        this.iterationSucceeded = EventKind.mapIteration("MapIterationSucceeded",
                "mapIterationSucceededEventDetails", nameNode());
        this.iterationFailed = EventKind.mapIteration("MapIterationFailed", "mapIterationFailedEventDetails",
                nameNode());
        this.iterationAborted = EventKind.mapIteration("MapIterationAborted", "mapIterationAbortedEventDetails",
                nameNode());
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
        if (jsonata != null) {
            // AWS records MapStateFailed for a JSONata Map whose Items or ItemSelector fail, before MapStateStarted
            activation.failureEvent("MapStateFailed");
        }
        JsonNode effective = io.effectiveInput(input, activation);
        int maxConcurrency = jsonata == null ? fields.maxConcurrency(effective, activation)
                : jsonata.maxConcurrency(effective, activation, fields.maxConcurrency());
        MapRunSettings settings = fields.mapRun();
        SingleStateRun single = activation.run().singleState();
        if (single != null && single.standIn() != null) {
            return standIn(activation, input, effective, maxConcurrency, settings, single);
        }
        // with an ItemReader the Map Run reads the items, as AWS records it (every ItemReader execution in LocalStack's
        // public snapshots): MapStateStarted with a length of 0 comes first, a reader setting that is no valid value
        // (MaxItemsPath "1.5") then fails the execution with States.Runtime, and a failed read records MapRunStarted,
        // MapRunFailed and MapStateFailed
        boolean reads = settings != null && settings.reader() != null;
        if (reads) {
            activation.record("MapStateStarted", "mapStateStartedEventDetails",
                    HistoryRecorder.details().put("length", 0));
        }
        List<JsonNode> inputs;
        try {
            List<JsonNode> items = reads ? settings.reader().read(activation, effective)
                    : jsonata != null ? jsonata.items(effective, activation) : items(effective, activation);
            inputs = jsonata != null ? jsonata.iterationInputs(items, effective, activation)
                    : iterationInputs(items, effective, activation);
        } catch (MapIoFailure e) {
            if (reads) {
                MapRun run = new MapRun(activation, null, null);
                run.started(settings.label());
                activation.failureEvent("MapStateFailed");
                run.failed(e.error(), e.causeText());
            }
            return new StepResult.Failed(e.error(), e.causeText());
        }
        if (settings != null && settings.batcher() != null) {
            inputs = settings.batcher().batch(inputs, effective, activation);
        }
        if (!reads) {
            activation.record("MapStateStarted", "mapStateStartedEventDetails",
                    HistoryRecorder.details().put("length", inputs.size()));
        }
        if (settings != null) {
            return distributed(activation, input, effective, inputs, maxConcurrency, settings);
        }
        activation.failureEvent("MapStateFailed");
        new FanOut(activation, index -> processorGraph, inputs, maxConcurrency, new IterationEvents(activation),
                outputs -> succeeded(activation, input, outputs, activation.fiber().lastEventId())).start();
        return new StepResult.Suspended();
    }

    /**
     * Compute what TestState shows of a Map state (items, limits) and take the stand-in outcome as its result instead
     * of running the iterations; an ItemReader reads the stand-in reader data, if any.
     */
    private StepResult standIn(Activation activation, JsonNode input, JsonNode effective, int maxConcurrency,
            @Nullable MapRunSettings settings, SingleStateRun single) {
        JsonNode readerData = single.itemReaderData();
        List<JsonNode> items;
        try {
            MapItemReader reader = settings == null ? null : settings.reader();
            items = reader != null ? reader.standInItems(readerData)
                    : jsonata != null ? jsonata.items(effective, activation) : standInItems(effective, activation);
            single.itemCount(items.size());
            List<JsonNode> inputs = jsonata != null ? jsonata.iterationInputs(items, effective, activation)
                    : iterationInputs(items, effective, activation);
            List<JsonNode> batches = settings != null && settings.batcher() != null
                    ? settings.batcher().batch(inputs, effective, activation) : null;
            boolean selected = jsonata != null ? state.itemSelector() != null
                    : fields.itemSelector() != null;
            single.items(jsonata != null || (settings != null && settings.reader() != null) ? null : array(items),
                    selected ? array(inputs) : null, batches == null ? null : array(batches),
                    reader == null ? null : reader.afterItemsPointer(readerData));
        } catch (MapIoFailure e) {
            return new StepResult.Failed(e.error(), e.causeText());
        }
        Long toleratedCount = settings == null ? null : settings.count(effective, activation);
        Double toleratedPercentage = settings == null ? null : settings.percentage(effective, activation);
        single.mapLimits(maxConcurrency, toleratedCount, toleratedPercentage);
        dev.orrery.spi.TaskOutcome outcome = single.standIn();
        if (outcome instanceof dev.orrery.spi.TaskOutcome.Failure failure) {
            return new StepResult.Failed(failure.error(), failure.cause());
        }
        Integer failures = single.mapIterationFailureCount();
        if (settings != null && failures != null && failures > 0 && single.itemCount() > 0
                && !new MapRun(activation, toleratedCount, toleratedPercentage)
                        .tolerates(failures, single.itemCount())) {
            // a Distributed Map whose failed iterations exceed its tolerance fails as its Map Run would
            return new StepResult.Failed(MapRun.EXCEEDED, MapRun.EXCEEDED_CAUSE);
        }
        return succeeded(activation, input, ((dev.orrery.spi.TaskOutcome.Success) outcome).result(),
                activation.fiber().lastEventId());
    }

    /** Select the items as TestState does, with its message for items that are not an array. */
    private List<JsonNode> standInItems(JsonNode effective, Activation activation) {
        CompiledPath itemsPath = fields.itemsPath();
        JsonNode items = itemsPath.select(effective, activation);
        if (items != null && !items.isArray()) {
            String text = itemsPath.text().startsWith("$$") ? itemsPath.text().substring(1) : itemsPath.text();
            throw StatesException.runtime("Reference path \"" + text + "\" must point to array.");
        }
        return items(effective, activation);
    }

    private static JsonNode array(List<JsonNode> values) {
        com.fasterxml.jackson.databind.node.ArrayNode array =
                com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.arrayNode(values.size());
        array.addAll(values);
        return array;
    }

    private StepResult distributed(Activation activation, JsonNode input, JsonNode effective, List<JsonNode> inputs,
            int maxConcurrency, MapRunSettings settings) {
        MapRun run = new MapRun(activation, settings.count(effective, activation),
                settings.percentage(effective, activation));
        String arn = run.started(settings.label());
        activation.failureEvent("MapStateFailed");
        FanOut[] fanOut = new FanOut[1];
        MapResultWriter writer = settings.writer();
        FanOut.Tolerance tolerance = writer == null ? run : new FanOut.Tolerance() {
            @Override
            public boolean tolerates(int failures, int total) {
                return run.tolerates(failures, total);
            }

            @Override
            public StepResult failure(FiberOutcome outcome) {
                try {
                    // AWS exports the results of a failed Map Run too; the Map Run's error stays the state's error
                    writer.write(activation, effective, arn, fanOut[0].children());
                } catch (MapIoFailure | StatesException e) {
                    // the Map Run failed already: its error is the state's error
                }
                return run.failure(outcome);
            }
        };
        fanOut[0] = new FanOut(activation, index -> processorGraph, inputs,
                maxConcurrency == 0 ? DISTRIBUTED_MAX_CONCURRENCY : maxConcurrency, FanOut.Events.NONE,
                outputs -> {
                    JsonNode result = outputs;
                    if (writer != null) {
                        try {
                            result = writer.write(activation, effective, arn, fanOut[0].children());
                        } catch (MapIoFailure e) {
                            return new StepResult.Failed(e.error(), e.causeText());
                        }
                    }
                    long anchor = activation.fiber().lastEventId();
                    run.succeeded();
                    return succeeded(activation, input, result, anchor);
                }).tolerating(tolerance).asChildExecutions();
        fanOut[0].start();
        return new StepResult.Suspended();
    }

    /**
     * Record {@code MapStateSucceeded} and go on; as AWS records it, the state's next event ({@code MapStateExited})
     * follows the anchor, the event before the state's closing events (the last iteration's last event, or
     * {@code MapRunStarted} for a Map Run), not {@code MapStateSucceeded}.
     */
    private StepResult succeeded(Activation activation, JsonNode input, JsonNode result, long anchor) {
        activation.record("MapStateSucceeded", null, null);
        activation.fiber().follow(anchor);
        activation.failureEvent(null);
        return new StepResult.Continue(next, io.resultOutput(input, result, activation));
    }

    private List<JsonNode> items(JsonNode effective, Activation activation) {
        CompiledPath itemsPath = fields.itemsPath();
        JsonNode items = itemsPath.select(effective, activation);
        if (items == null) {
            throw StatesException.runtime(
                    DataflowErrors.invalidPath(itemsPath.text(), itemsPath.notFoundReason(effective, activation)));
        }
        if (!items.isArray()) {
            throw StatesException.runtime("Map state input must be an array but was: " + DataflowErrors.json(items));
        }
        return new ItemsOf(items);
    }

    /**
     * The items of a Map state's input array, read from the array itself rather than copied (a copy of a large one
     * would be a humongous array): the array is never changed once the state has it.
     */
    private static final class ItemsOf extends AbstractList<JsonNode> implements RandomAccess {

        private final JsonNode array;
        private final int size;

        ItemsOf(JsonNode array) {
            this.array = array;
            this.size = array.size();
        }

        @Override
        public JsonNode get(int index) {
            Objects.checkIndex(index, size);
            return array.get(index);
        }

        @Override
        public int size() {
            return size;
        }
    }

    private List<JsonNode> iterationInputs(List<JsonNode> items, JsonNode effective, Activation activation) {
        PayloadTemplate selector = fields.itemSelector();
        if (selector == null) {
            return items;
        }
        List<JsonNode> inputs = new ArrayList<>(items.size());
        MapItemContext context = new MapItemContext(activation);
        for (int i = 0; i < items.size(); i++) {
            inputs.add(selector.evaluate(effective, context.item(i, items.get(i))));
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
            activation.record(iterationStarted, EventKind.index(index));
        }

        @Override
        public void succeeded(int index) {
            activation.record(iterationSucceeded, EventKind.index(index));
        }

        @Override
        public void failed(int index) {
            activation.record(iterationFailed, EventKind.index(index));
        }

        @Override
        public void aborted(int index) {
            activation.record(iterationAborted, EventKind.index(index));
        }
    }
}
