package dev.orrery.internal.interpreter;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orrery.model.ErrorHandling;
import dev.orrery.model.ParallelState;
import java.util.Collections;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Parallel: every branch runs as a child fiber with the effective input; the result is the array of the branch
 * outputs in branch order, then ResultSelector, ResultPath and OutputPath. The first branch to fail stops the others
 * and fails the state with its error and cause (Retry and Catch apply to the whole state).
 */
final class ParallelHandler extends CompiledState {


    private final ParallelState state;
    private final StateIo io;
    private final List<CompiledGraph> branches;
    private @Nullable CompiledState next;

    ParallelHandler(ParallelState state, StateIo io, StateCompiler compiler) {
        super(state);
        this.state = state;
        this.io = io;
        this.branches = state.branches().stream().map(branch -> new CompiledGraph(branch, compiler)).toList();
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
        JsonNode effective = io.effectiveInput(input, activation);
        SingleStateRun single = activation.run().singleState();
        if (single != null && single.standIn() != null) {
            // TestState: the mocked result or error stands for the branches
            if (single.standIn() instanceof dev.orrery.spi.TaskOutcome.Failure failure) {
                return new StepResult.Failed(failure.error(), failure.cause());
            }
            JsonNode outputs = ((dev.orrery.spi.TaskOutcome.Success) single.standIn()).result();
            return new StepResult.Continue(next, io.resultOutput(input, outputs, activation));
        }
        activation.record("ParallelStateStarted", null, null);
        activation.failureEvent("ParallelStateFailed");
        new FanOut(activation, branches::get, Collections.nCopies(branches.size(), effective), 0, FanOut.Events.NONE,
                outputs -> {
                    // as AWS records it, ParallelStateExited follows the last branch's last event, not this one
                    long anchor = activation.fiber().lastEventId();
                    activation.record("ParallelStateSucceeded", null, null);
                    activation.fiber().follow(anchor);
                    activation.failureEvent(null);
                    return new StepResult.Continue(next, io.resultOutput(input, outputs, activation));
                }).start();
        return new StepResult.Suspended();
    }
}
