package dev.orrery.internal.interpreter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.orrery.internal.eval.StatesException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.function.IntFunction;
import org.jspecify.annotations.Nullable;

/**
 * The child fibers of one Parallel or Map state entry: starts them (at most {@code maxConcurrency} at once, in index
 * order or shuffled with the seed), collects their outputs in index order, and resumes the state when all succeeded
 * or when the first failed (aborting the others).
 */
final class FanOut {

    /** What the state records as its children start and end. */
    interface Events {
        /** Record nothing per child (Parallel branches, distributed Map child executions). */
        Events NONE = new Events() {
            @Override
            public void started(int index) {}

            @Override
            public void succeeded(int index) {}

            @Override
            public void failed(int index) {}

            @Override
            public void aborted(int index) {}
        };

        /** Record that the child started. */
        void started(int index);

        /** Record that the child succeeded. */
        void succeeded(int index);

        /** Record that the child failed. */
        void failed(int index);

        /** Record that the child was stopped because another failed. */
        void aborted(int index);
    }

    /** Which child failures the state tolerates, and what the state fails with when it tolerates no more. */
    interface Tolerance {
        /** Tolerate no failure: the state fails with the first failing child's error and cause. */
        Tolerance NONE = new Tolerance() {
            @Override
            public boolean tolerates(int failures, int total) {
                return false;
            }

            @Override
            public StepResult failure(FiberOutcome outcome) {
                return new StepResult.Failed(outcome.error() == null ? "" : outcome.error(), outcome.cause());
            }
        };

        /** Return whether the state still succeeds with that many failed children out of the total. */
        boolean tolerates(int failures, int total);

        /** Return the state's result once a failure is not tolerated (recording any events it needs). */
        StepResult failure(FiberOutcome outcome);
    }

    private final Activation parent;
    private final IntFunction<CompiledGraph> graphs;
    private final List<JsonNode> inputs;
    private final int limit;
    private final Events events;
    private final Function<ArrayNode, StepResult> onSuccess;
    // the start order when the children are shuffled; null when they start in index order
    private final int @Nullable [] order;
    private final Fiber[] fibers;
    private final JsonNode[] outputs;
    // how each child ended and when it started and stopped: kept for child executions only (see children())
    private FiberOutcome @Nullable [] outcomes;
    private Instant @Nullable [] startTimes;
    private Instant @Nullable [] stopTimes;
    private int launched;
    private int running;
    private int completed;
    private int failures;
    private boolean failed;
    private Tolerance tolerance = Tolerance.NONE;
    private boolean childExecutions;

    /**
     * Prepare the children; {@code maxConcurrency} 0 means no limit.
     *
     * @param onSuccess turns the outputs (in index order) into the state's result
     */
    FanOut(Activation parent, IntFunction<CompiledGraph> graphs, List<JsonNode> inputs, int maxConcurrency,
            Events events, Function<ArrayNode, StepResult> onSuccess) {
        this.parent = parent;
        this.graphs = graphs;
        this.inputs = inputs;
        this.limit = maxConcurrency <= 0 ? inputs.size() : maxConcurrency;
        this.events = events;
        this.onSuccess = onSuccess;
        this.order = order(parent, inputs.size());
        this.fibers = new Fiber[inputs.size()];
        this.outputs = new JsonNode[inputs.size()];
    }

    private static int @Nullable [] order(Activation parent, int size) {
        if (!parent.run().options().shuffleIterations()) {
            return null;
        }
        int[] order = new int[size];
        for (int i = 0; i < size; i++) {
            order[i] = i;
        }
        SplittableRandom random = new SplittableRandom(parent.run().options().seed() * 31 + parent.enteredEventId());
        for (int i = size - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = order[i];
            order[i] = order[j];
            order[j] = swap;
        }
        return order;
    }

    /** Return the index of the child that starts at the given position of the start order. */
    private int indexStartedAt(int position) {
        return order == null ? position : order[position];
    }

    /** Tolerate child failures as the given tolerance says; a tolerated failure's output is {@code null}. */
    FanOut tolerating(Tolerance value) {
        this.tolerance = value;
        return this;
    }

    /** Run the children as child executions, whose states stay out of the parent's history and path. */
    FanOut asChildExecutions() {
        this.childExecutions = true;
        this.outcomes = new FiberOutcome[inputs.size()];
        this.startTimes = new Instant[inputs.size()];
        this.stopTimes = new Instant[inputs.size()];
        return this;
    }

    /**
     * Return each child's run so far, in index order: how it ended (or {@code null} while it runs, once aborted, or
     * when it never started), and when it started and stopped; only for {@link #asChildExecutions() child executions}.
     */
    List<ChildRun> children() {
        FiberOutcome[] outcomes = Objects.requireNonNull(this.outcomes, "only child executions are kept");
        Instant[] startTimes = Objects.requireNonNull(this.startTimes);
        Instant[] stopTimes = Objects.requireNonNull(this.stopTimes);
        List<ChildRun> children = new ArrayList<>(inputs.size());
        for (int i = 0; i < inputs.size(); i++) {
            children.add(new ChildRun(inputs.get(i), outcomes[i], startTimes[i], stopTimes[i]));
        }
        return children;
    }

    /** Start the first children; the state is resumed when they are done. */
    void start() {
        if (inputs.isEmpty()) {
            succeed();
            return;
        }
        launchMore();
    }

    /**
     * Start children while there is room. As AWS records them, every child started at once follows the same event
     * (the state's {@code MapStateStarted} or {@code ParallelStateStarted}, or the last event of the child whose end
     * made room), and a child's first state follows its {@code MapIterationStarted} event, or that same event when the
     * state records none per child.
     */
    private void launchMore() {
        Fiber owner = parent.fiber();
        long anchor = owner.lastEventId();
        while (running < limit && launched < fibers.length) {
            int index = indexStartedAt(launched++);
            running++;
            owner.follow(anchor);
            events.started(index);
            Fiber child = new Fiber(parent.run(), owner.lastEventId(), outcome -> finished(index, outcome),
                    owner, childExecutions);
            child.branchOf(parent.enteredEventId(), index);
            fibers[index] = child;
            if (startTimes != null) {
                startTimes[index] = parent.run().now();
            }
            child.start(graphs.apply(index).start(), inputs.get(index));
        }
    }

    /**
     * Take a child's end. A child that succeeded (or failed within the tolerance) is recorded after its last event;
     * the first failure beyond the tolerance fails the state and stops the others. AWS records that cascade after the
     * failing child's last event (its failure): the child's {@code MapIterationFailed}, then a Task state it failed in
     * its {@code TaskStateAborted}; then, per child still running in start order, {@code MapIterationAborted} and the
     * {@code <Type>StateAborted} event of the state it was in (Task, Wait, Map or Parallel); every one of these events,
     * and the state's own next event ({@code MapStateFailed}, {@code ParallelStateFailed} or a retry's
     * {@code *StateStarted}), follows the failure event.
     */
    private void finished(int index, FiberOutcome outcome) {
        if (failed) {
            if (outcome.succeeded()) {
                // it ended before the abort reached it: there is nothing left to abort
                fibers[index] = null;
            }
            return;
        }
        Fiber child = fibers[index];
        Fiber owner = parent.fiber();
        boolean inHistory = child != null && child.recordsHistory() && owner.recordsHistory();
        running--;
        fibers[index] = null;
        if (outcomes != null && stopTimes != null) {
            outcomes[index] = outcome;
            stopTimes[index] = parent.run().now();
        }
        if (outcome.succeeded() || tolerance.tolerates(++failures, outputs.length)) {
            if (inHistory) {
                owner.follow(child.lastEventId());
            }
            if (outcome.succeeded()) {
                outputs[index] = outcome.output();
                events.succeeded(index);
            } else {
                outputs[index] = JsonNodeFactory.instance.nullNode();
                events.failed(index);
            }
            if (++completed == outputs.length) {
                succeed();
            } else {
                if (inHistory) {
                    owner.follow(child.lastEventId());
                }
                launchMore();
            }
            return;
        }
        failed = true;
        long failureEventId = inHistory ? child.lastEventId() : owner.lastEventId();
        // what else happens at this instant (other iterations timing out at the same second) is recorded first, as
        // AWS records it; those iterations are then aborted like the ones still running
        parent.run().scheduler().soon(() -> abortOthers(index, outcome, child, failureEventId, inHistory));
    }

    private void abortOthers(int index, FiberOutcome outcome, Fiber child, long failureEventId, boolean inHistory) {
        Fiber owner = parent.fiber();
        if (inHistory) {
            owner.follow(failureEventId);
        }
        events.failed(index);
        if (inHistory) {
            child.recordStateAborted(failureEventId, true);
        }
        for (int i = 0; i < launched; i++) {
            Fiber other = fibers[indexStartedAt(i)];
            if (other != null) {
                if (inHistory) {
                    owner.follow(failureEventId);
                }
                events.aborted(indexStartedAt(i));
                if (inHistory) {
                    other.recordStateAborted(failureEventId, false);
                }
                if (stopTimes != null) {
                    stopTimes[indexStartedAt(i)] = parent.run().now();
                }
                other.abort();
            }
        }
        if (inHistory) {
            owner.follow(failureEventId);
        }
        parent.resume(tolerance.failure(outcome));
    }

    private void succeed() {
        ArrayNode array = JsonNodeFactory.instance.arrayNode(outputs.length);
        for (JsonNode output : outputs) {
            array.add(output);
        }
        StepResult result;
        try {
            result = onSuccess.apply(array);
        } catch (StatesException e) {
            result = new StepResult.Failed(e.error(), parent.describeFailure(e.cause()));
        }
        parent.resume(result);
    }
}
