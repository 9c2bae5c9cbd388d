package dev.orrery.internal.interpreter;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orrery.internal.variables.AssignedVariables;
import dev.orrery.run.Execution;
import dev.orrery.run.ExecutionOptions;
import dev.orrery.run.StateVisit;
import dev.orrery.spi.TaskIntegration;
import dev.orrery.spi.TaskOutcome;
import java.time.Duration;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Runs the first state of a machine on its own, as TestState does: the machine's start state runs once with the
 * given Context object and variables; a Retry that would retry ends the run instead (RETRIABLE); a Map or Parallel
 * does not run its iterations or branches, the given stand-in outcome is its result; what the state computed is
 * recorded on its visit and on the returned {@link Outcome}.
 */
public final class SingleStateRun {

    private final Setup setup;
    private @Nullable String error;
    private @Nullable String cause;
    private int retryIndex = -1;
    private @Nullable Duration retryBackoff;
    private @Nullable JsonNode afterItemsPath;
    private @Nullable JsonNode afterItemSelector;
    private @Nullable JsonNode afterItemBatcher;
    private @Nullable JsonNode afterItemsPointer;
    private int itemCount = -1;
    private @Nullable Integer maxConcurrency;
    private @Nullable Long toleratedFailureCount;
    private @Nullable Double toleratedFailurePercentage;

    private SingleStateRun(Setup setup) {
        this.setup = setup;
    }

    /**
     * What the state runs with, besides its input.
     *
     * @param context the Context object to use instead of the one the run builds, or {@code null}
     * @param variables the workflow variables visible to the state
     * @param standIn the result or error of a Map or Parallel state, instead of running it, or {@code null}
     * @param itemReaderData the items a distributed Map's ItemReader reads, or {@code null}
     * @param retrierRetryCount the retries already made by the retrier that matches the error
     * @param mapIterationFailureCount the iterations of a Distributed Map that failed (its stand-in result being the
     *     others'), or {@code null}
     */
    public record Setup(@Nullable JsonNode context, Map<String, JsonNode> variables, @Nullable TaskOutcome standIn,
            @Nullable JsonNode itemReaderData, int retrierRetryCount, @Nullable Integer mapIterationFailureCount) {}

    /**
     * What the state did.
     *
     * @param execution the run of the synthetic machine (the state's visit comes first)
     * @param error the error the state ended with (caught or not), or {@code null}
     * @param cause its cause, or {@code null}
     * @param retryIndex the retrier that would retry the error, or -1
     * @param retryBackoff the backoff before that retry, or {@code null}
     * @param map what a Map state computed before its iterations, or {@code null} for other states
     */
    public record Outcome(Execution execution, @Nullable String error, @Nullable String cause, int retryIndex,
            @Nullable Duration retryBackoff, @Nullable MapStages map) {}

    /**
     * What a Map state computed before its iterations; each field is {@code null} when the state does not have it.
     *
     * @param afterItemsPath the items after ItemsPath (JSONPath)
     * @param afterItemSelector the iteration inputs after ItemSelector
     * @param afterItemBatcher the batches after ItemBatcher
     * @param afterItemsPointer what the ItemReader's ItemsPointer selects of the reader data
     * @param itemCount the number of items the Map would iterate over
     * @param maxConcurrency the effective MaxConcurrency (0 when absent)
     * @param toleratedFailureCount the effective ToleratedFailureCount
     * @param toleratedFailurePercentage the effective ToleratedFailurePercentage
     */
    public record MapStages(@Nullable JsonNode afterItemsPath, @Nullable JsonNode afterItemSelector,
            @Nullable JsonNode afterItemBatcher, @Nullable JsonNode afterItemsPointer, @Nullable Integer maxConcurrency, @Nullable Long toleratedFailureCount,
            @Nullable Double toleratedFailurePercentage, int itemCount) {}

    /** Run the start state of the machine once. */
    public static Outcome run(CompiledMachine machine, JsonNode input, TaskIntegration integration,
            ExecutionOptions options, Setup setup) {
        SingleStateRun single = new SingleStateRun(setup);
        ExecutionRun run = new ExecutionRun(machine, input.deepCopy(), OwnedOutcomes.of(integration), options,
                new Scheduler(options.startTime()), new CallbackRegistry(), NestedMachines.none(), null);
        run.singleState(single);
        Execution execution = run.run();
        MapStages map = single.maxConcurrency == null && single.afterItemsPath == null ? null
                : new MapStages(single.afterItemsPath, single.afterItemSelector, single.afterItemBatcher,
                        single.afterItemsPointer,
                        single.maxConcurrency, single.toleratedFailureCount, single.toleratedFailurePercentage,
                        single.itemCount);
        return new Outcome(execution, single.error, single.cause, single.retryIndex, single.retryBackoff, map);
    }

    @Nullable
    JsonNode context() {
        return setup.context();
    }

    AssignedVariables variables() {
        return new AssignedVariables(setup.variables());
    }

    @Nullable
    TaskOutcome standIn() {
        return setup.standIn();
    }

    @Nullable
    JsonNode itemReaderData() {
        return setup.itemReaderData();
    }

    int retrierRetryCount() {
        return setup.retrierRetryCount();
    }

    @Nullable
    Integer mapIterationFailureCount() {
        return setup.mapIterationFailureCount();
    }

    int itemCount() {
        return itemCount;
    }

    void failed(String stateError, @Nullable String stateCause) {
        if (error == null) {
            this.error = stateError;
            this.cause = stateCause;
        }
    }

    void retriable(int retrier, Duration backoff) {
        this.retryIndex = retrier;
        this.retryBackoff = backoff;
    }

    void items(@Nullable JsonNode itemsPath, @Nullable JsonNode itemSelector, @Nullable JsonNode itemBatcher,
            @Nullable JsonNode itemsPointer) {
        this.afterItemsPath = itemsPath;
        this.afterItemsPointer = itemsPointer;
        this.afterItemSelector = itemSelector;
        this.afterItemBatcher = itemBatcher;
    }

    void itemCount(int count) {
        this.itemCount = count;
    }

    void mapLimits(int concurrency, @Nullable Long count, @Nullable Double percentage) {
        this.maxConcurrency = concurrency;
        this.toleratedFailureCount = count;
        this.toleratedFailurePercentage = percentage;
    }

    /** Return the visit of the state under test. */
    public static StateVisit visit(Outcome outcome) {
        return outcome.execution().visits().get(0);
    }
}
