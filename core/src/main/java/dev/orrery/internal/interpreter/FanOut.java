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
    // a child's fiber from when it starts (a child execution's from when it is launched) until it ends
    private final Fiber[] fibers;
    private final JsonNode[] outputs;
    // the event each launched child that has not started yet follows, at (start position % length): a child is
    // launched (its MapIterationStarted recorded) some time before its first state is entered, and until then it is
    // these few bytes, not a fiber waiting in the scheduler's queue (all of a Map's iterations are launched at once)
    private final long[] launchEventIds;
    // the start position of the next launched child to start: children start in launch order, so those launched and
    // not started yet are the positions from this one up to launched
    private int started;
    // set once the failure that failed the state has aborted the other children, those not started yet too
    private boolean othersAborted;
    private final Runnable startNext = this::startNext;
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
        this.launchEventIds = new long[Math.min(limit, inputs.size())];
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
        int launching = 0;
        while (running < limit && launched < fibers.length) {
            int position = launched++;
            int index = indexStartedAt(position);
            running++;
            owner.follow(anchor);
            events.started(index);
            launchEventIds[position % launchEventIds.length] = owner.lastEventId();
            if (childExecutions) {
                // a child execution counts as started when it is launched
                fibers[index] = child(index, owner.lastEventId());
            }
            if (startTimes != null) {
                startTimes[index] = parent.run().now();
            }
            launching++;
        }
        // each child enters its first state in its own turn of the scheduler, in launch order, as if each had been
        // scheduled on its own
        parent.run().scheduler().soonRepeated(launching, startNext);
    }

    private Fiber child(int index, long previousEventId) {
        Fiber child = new Fiber(parent.run(), previousEventId, outcome -> finished(index, outcome), parent.fiber(),
                childExecutions);
        child.branchOf(parent.enteredEventId(), index);
        return child;
    }

    /** Start the next launched child: make its fiber (unless it has one) and enter its first state. */
    private void startNext() {
        int position = started++;
        if (othersAborted) {
            // it was aborted before it started
            return;
        }
        int index = indexStartedAt(position);
        Fiber child = fibers[index];
        if (child == null) {
            child = child(index, launchEventIds[position % launchEventIds.length]);
            fibers[index] = child;
        }
        child.enter(graphs.apply(index).start(), inputs.get(index));
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
            // a child launched and not started yet has no fiber: it is aborted all the same, and never starts (the
            // abort is queued after the turns of the children launched before the failure, so none is left today;
            // this keeps the abort whole should a child's turn ever come later)
            if (other != null || i >= started) {
                if (inHistory) {
                    owner.follow(failureEventId);
                }
                events.aborted(indexStartedAt(i));
                if (inHistory && other != null) {
                    other.recordStateAborted(failureEventId, false);
                }
                if (stopTimes != null) {
                    stopTimes[indexStartedAt(i)] = parent.run().now();
                }
                if (other != null) {
                    other.abort();
                }
            }
        }
        othersAborted = true;
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
