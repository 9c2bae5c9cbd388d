package dev.orrery.internal.interpreter;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orrery.model.StateMachine;
import dev.orrery.run.Execution;
import dev.orrery.run.ExecutionOptions;
import dev.orrery.spi.TaskIntegration;

/** A state machine compiled once into an executable plan: each state's handler, paths and templates. */
public final class CompiledMachine {

    private final StateMachine stateMachine;
    private final CompiledGraph graph;

    private CompiledMachine(StateMachine stateMachine) {
        this.stateMachine = stateMachine;
        this.graph = new CompiledGraph(stateMachine.asBranch(), new StateCompiler());
    }

    /**
     * Compile the state machine.
     *
     * @throws UnsupportedOperationException when it uses a feature this version cannot run
     */
    public static CompiledMachine compile(StateMachine stateMachine) {
        return new CompiledMachine(stateMachine);
    }

    StateMachine stateMachine() {
        return stateMachine;
    }

    CompiledGraph graph() {
        return graph;
    }

    /** Run one execution to its end on a fresh virtual clock. */
    public Execution run(JsonNode input, TaskIntegration integration, ExecutionOptions options) {
        return new ExecutionRun(this, input, integration, options).run();
    }
}
