package dev.orrery.internal.interpreter;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orrery.model.State;

/**
 * A state whose fields still hold {@code ${...}} placeholders that keep it from compiling (a placeholder that stands
 * where an expression, a path or a number must be): entering it fails the run, naming the placeholders, before this
 * handler would ever run, as for every state with unresolved placeholders.
 */
final class UnresolvedStateHandler extends CompiledState {

    UnresolvedStateHandler(State state) {
        super(state);
    }

    @Override
    void link(CompiledGraph graph) {
        // never left: entering the state fails the run
    }

    @Override
    StepResult execute(Activation activation, JsonNode input) {
        return new StepResult.Terminated("States.Runtime", UnresolvedPlaceholders.cause(this));
    }
}
