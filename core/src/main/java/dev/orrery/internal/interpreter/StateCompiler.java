package dev.orrery.internal.interpreter;

import dev.orrery.internal.dataflow.JsonPathProcessor;
import dev.orrery.internal.eval.ExpressionSyntaxException;
import dev.orrery.model.ChoiceState;
import dev.orrery.model.FailState;
import dev.orrery.model.MapState;
import dev.orrery.model.ParallelState;
import dev.orrery.model.PassState;
import dev.orrery.model.QueryLanguage;
import dev.orrery.model.State;
import dev.orrery.model.SucceedState;
import dev.orrery.model.TaskState;
import dev.orrery.model.WaitState;

/** Compiles each state of the model into its handler, once, before any run. */
final class StateCompiler implements State.Visitor<CompiledState> {

    CompiledState compile(State state) {
        if (state.queryLanguage() == QueryLanguage.JSONATA) {
            throw new UnsupportedOperationException("State \"" + state.name() + "\" uses QueryLanguage JSONata, "
                    + "which this version of Orrery cannot run yet; only JSONPath states run today.");
        }
        return state.accept(this);
    }

    @Override
    public CompiledState visitPass(PassState state) {
        return new PassHandler(state, processor(state));
    }

    @Override
    public CompiledState visitTask(TaskState state) {
        return new TaskHandler(state, processor(state));
    }

    @Override
    public CompiledState visitChoice(ChoiceState state) {
        return new ChoiceHandler(state, processor(state));
    }

    @Override
    public CompiledState visitWait(WaitState state) {
        return new WaitHandler(state, processor(state));
    }

    @Override
    public CompiledState visitSucceed(SucceedState state) {
        return new SucceedHandler(state, processor(state));
    }

    @Override
    public CompiledState visitFail(FailState state) {
        return new FailHandler(state);
    }

    @Override
    public CompiledState visitParallel(ParallelState state) {
        return new ParallelHandler(state, processor(state), this);
    }

    @Override
    public CompiledState visitMap(MapState state) {
        return new MapHandler(state, this);
    }

    static JsonPathProcessor processor(State state) {
        try {
            return JsonPathProcessor.compile(state.io());
        } catch (ExpressionSyntaxException e) {
            throw new IllegalArgumentException("State \"" + state.name() + "\": " + e.getMessage(), e);
        }
    }
}
