package dev.orrery.run;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orrery.model.StateMachine;
import dev.orrery.spi.TaskIntegration;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Runs one state machine, compiled once, any number of times on a virtual clock.
 *
 * <p>Each run is deterministic: the same definition, input, integration and options give equal executions, histories
 * included. Waits, retry backoffs, task latencies and timeouts advance the virtual clock and cost no wall time.
 *
 * <pre>{@code
 * StateMachineRunner runner = StateMachineRunner.create(AslParser.parse(text).orThrow(), mocks);
 * Execution execution = runner.run(input);
 * }</pre>
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class StateMachineRunner {

    private final dev.orrery.internal.interpreter.CompiledMachine machine;
    private final TaskIntegration integration;
    private final ExecutionOptions options;

    private StateMachineRunner(StateMachine stateMachine, TaskIntegration integration, ExecutionOptions options) {
        this.machine = dev.orrery.internal.interpreter.CompiledMachine.compile(stateMachine);
        this.integration = Objects.requireNonNull(integration, "integration");
        this.options = Objects.requireNonNull(options, "options");
    }

    /** Compile the state machine for runs answered by the given integration, with default options. */
    public static StateMachineRunner create(StateMachine stateMachine, TaskIntegration integration) {
        return new StateMachineRunner(stateMachine, integration, ExecutionOptions.defaults());
    }

    /** Compile the state machine for runs answered by the given integration, with the given options. */
    public static StateMachineRunner create(
            StateMachine stateMachine, TaskIntegration integration, ExecutionOptions options) {
        return new StateMachineRunner(stateMachine, integration, options);
    }

    /** Return the options runs use unless given others. */
    public ExecutionOptions options() {
        return options;
    }

    /**
     * Run the state machine to its end on the virtual clock.
     *
     * @param input the execution input, never {@code null}; it is not mutated
     * @throws dev.orrery.spi.UnmockedTaskException when a Task state is called that nothing answers
     */
    public Execution run(JsonNode input) {
        return run(input, options);
    }

    /** Run the state machine with the given options instead of the runner's. */
    public Execution run(JsonNode input, ExecutionOptions runOptions) {
        return machine.run(input, integration, runOptions);
    }
}
