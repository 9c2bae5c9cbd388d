package dev.orrery.internal.interpreter;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orrery.model.StateMachine;
import dev.orrery.run.Execution;
import dev.orrery.run.ExecutionOptions;
import dev.orrery.spi.TaskIntegration;

/** A state machine compiled into an executable plan. */
public final class CompiledMachine {

    private final StateMachine stateMachine;

    private CompiledMachine(StateMachine stateMachine) {
        this.stateMachine = stateMachine;
    }

    /** Compile the state machine. */
    public static CompiledMachine compile(StateMachine stateMachine) {
        return new CompiledMachine(stateMachine);
    }

    /** Run one execution. */
    public Execution run(JsonNode input, TaskIntegration integration, ExecutionOptions options) {
        throw new UnsupportedOperationException("interpreter lands in the interpreter change: " + stateMachine.startAt());
    }
}
