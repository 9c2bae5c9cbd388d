package dev.orrery.internal.interpreter;

import java.util.List;
import java.util.Map;
import dev.orrery.internal.dataflow.JsonPathProcessor;
import dev.orrery.internal.eval.ExpressionSyntaxException;
import dev.orrery.model.ChoiceState;
import dev.orrery.model.FailState;
import dev.orrery.model.MapState;
import dev.orrery.model.ParallelState;
import dev.orrery.model.PassState;
import dev.orrery.model.State;
import dev.orrery.model.SucceedState;
import dev.orrery.model.TaskState;
import dev.orrery.model.WaitState;

/** Compiles each state of the model into its handler, once, before any run. */
final class StateCompiler implements State.Visitor<CompiledState> {

    private final Map<String, List<String>> placeholders;

    StateCompiler() {
        this(Map.of());
    }

    /** Compile states; a state named in {@code placeholders} fails the run on entry, naming its placeholders. */
    StateCompiler(Map<String, List<String>> placeholders) {
        this.placeholders = placeholders;
    }

    CompiledState compile(State state) {
        List<String> unresolved = placeholders.getOrDefault(state.name(), List.of());
        CompiledState compiled;
        try {
            compiled = state.accept(this);
        } catch (IllegalArgumentException e) {
            if (unresolved.isEmpty()) {
                throw e;
            }
            // a placeholder stands where an expression, a path or a number must be: the state fails when entered
            compiled = new UnresolvedStateHandler(state);
        }
        compiled.unresolved(unresolved);
        return compiled;
    }

    @Override
    public CompiledState visitPass(PassState state) {
        return new PassHandler(state, StateIo.compile(state));
    }

    @Override
    public CompiledState visitTask(TaskState state) {
        return new TaskHandler(state, StateIo.compile(state));
    }

    @Override
    public CompiledState visitChoice(ChoiceState state) {
        return new ChoiceHandler(state, StateIo.compile(state));
    }

    @Override
    public CompiledState visitWait(WaitState state) {
        return new WaitHandler(state, StateIo.compile(state));
    }

    @Override
    public CompiledState visitSucceed(SucceedState state) {
        return new SucceedHandler(state, StateIo.compile(state));
    }

    @Override
    public CompiledState visitFail(FailState state) {
        return new FailHandler(state);
    }

    @Override
    public CompiledState visitParallel(ParallelState state) {
        return new ParallelHandler(state, StateIo.compile(state), this);
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
