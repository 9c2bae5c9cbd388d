package dev.orrery.run;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orrery.internal.interpreter.CompiledMachine;
import dev.orrery.internal.interpreter.NestedMachines;
import dev.orrery.model.StateMachine;
import dev.orrery.spi.TaskIntegration;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

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

    private final CompiledMachine machine;
    private final TaskIntegration integration;
    private final ExecutionOptions options;
    private final NestedMachines nested;
    private final @Nullable Consumer<Execution> whenEnded;

    private StateMachineRunner(StateMachine stateMachine, TaskIntegration integration, ExecutionOptions options) {
        this(CompiledMachine.compile(stateMachine), integration, options, NestedMachines.none());
    }

    private StateMachineRunner(CompiledMachine machine, TaskIntegration integration, ExecutionOptions options,
            NestedMachines nested) {
        this(machine, integration, options, nested, null);
    }

    private StateMachineRunner(CompiledMachine machine, TaskIntegration integration, ExecutionOptions options,
            NestedMachines nested, @Nullable Consumer<Execution> whenEnded) {
        this.whenEnded = whenEnded;
        this.machine = machine;
        this.integration = Objects.requireNonNull(integration, "integration");
        this.options = Objects.requireNonNull(options, "options");
        this.nested = nested;
    }

    /**
     * Compile the state machine for runs answered by the given integration, with default options.
     *
     * @param stateMachine the parsed state machine, never {@code null}
     * @param integration what answers the Task states' calls, never {@code null}
     * @return a runner for the state machine
     */
    public static StateMachineRunner create(StateMachine stateMachine, TaskIntegration integration) {
        return new StateMachineRunner(stateMachine, integration, ExecutionOptions.defaults());
    }

    /**
     * Compile the state machine for runs answered by the given integration, with the given options.
     *
     * @param stateMachine the parsed state machine, never {@code null}
     * @param integration what answers the Task states' calls, never {@code null}
     * @param options the options every run uses unless given others, never {@code null}
     * @return a runner for the state machine
     */
    public static StateMachineRunner create(
            StateMachine stateMachine, TaskIntegration integration, ExecutionOptions options) {
        return new StateMachineRunner(stateMachine, integration, options);
    }

    /**
     * Compile an Express state machine: {@code .sync}, {@code .waitForTaskToken} and activity resources are
     * refused with AWS's diagnostics, and each execution times out after five minutes of virtual time (or its
     * smaller TimeoutSeconds).
     *
     * @throws dev.orrery.parse.InvalidDefinitionException when the definition uses what Express forbids
     * @param stateMachine the parsed state machine, never {@code null}
     * @param integration what answers the Task states' calls, never {@code null}
     * @param options the options every run uses unless given others, never {@code null}
     * @return a runner for the Express state machine
     */
    public static StateMachineRunner createExpress(
            StateMachine stateMachine, TaskIntegration integration, ExecutionOptions options) {
        return new StateMachineRunner(CompiledMachine.compileExpress(stateMachine), integration, options,
                NestedMachines.none());
    }

    /**
     * Return a runner whose {@code arn:aws:states:::states:startExecution(.sync|.sync:2)} tasks naming the ARN run
     * the given state machine as a child execution in the same event loop, answered by the same integration,
     * instead of asking the integration.
     *
     * @param stateMachineArn the ARN the parent's {@code StateMachineArn} parameter names, never {@code null}
     * @param child the state machine to run as the child execution, never {@code null}
     * @return a copy of this runner that also knows the child
     */
    public StateMachineRunner withNestedStateMachine(String stateMachineArn, StateMachine child) {
        return new StateMachineRunner(machine, integration, options,
                nested.with(Objects.requireNonNull(stateMachineArn, "stateMachineArn"), CompiledMachine.compile(child)),
                whenEnded);
    }

    /**
     * Return a runner that knows which activities exist in the account: a task on an activity ARN not declared here
     * (in this call or an earlier one) fails as on AWS for a deleted activity, with {@code States.Runtime} and the
     * cause {@code The activity <arn> does not exist.} before it is scheduled ({@code States.ALL} and
     * {@code States.TaskFailed} do not match it; only Retry or Catch naming {@code States.Runtime} do). Without any
     * declaration every activity exists; calling this method with no ARN declares that none exists.
     *
     * @param activityArns the ARNs of the activities that exist, never {@code null}
     * @return a copy of this runner that also knows these activities
     */
    public StateMachineRunner withActivities(String... activityArns) {
        Set<String> arns = new LinkedHashSet<>();
        for (String arn : activityArns) {
            arns.add(Objects.requireNonNull(arn, "activityArn"));
        }
        return new StateMachineRunner(machine, integration, options, nested.withActivities(arns), whenEnded);
    }

    /**
     * Return a runner that hands each execution it runs to the listener once it has ended: the result of
     * {@link #run(JsonNode)}, and the execution of a {@link #start(JsonNode) session} as soon as a call on the session
     * finds it ended. An execution that never ends (a session left waiting) is never handed on. Tools use it to see
     * every run of a runner they give away, e.g. to record its coverage; the listener runs on the thread of the call
     * that ended the execution, and what it throws is thrown to that call.
     *
     * @param listener what receives each ended execution, never {@code null}; it replaces an earlier one
     * @return a copy of this runner with the listener
     */
    public StateMachineRunner whenEnded(Consumer<Execution> listener) {
        return new StateMachineRunner(machine, integration, options, nested,
                Objects.requireNonNull(listener, "listener"));
    }

    /**
     * Return whether the runner runs an Express workflow ({@link #createExpress}): AWS keeps no execution history of
     * Express executions, only what CloudWatch Logs receive, which
     * {@link dev.orrery.history.ExecutionHistory#loggedAt(dev.orrery.history.LogLevel)} selects from
     * {@link Execution#history()}.
     *
     * @return {@code true} when created by {@link #createExpress}
     */
    public boolean isExpress() {
        return machine.isExpress();
    }

    /**
     * Return the options runs use unless given others.
     *
     * @return the runner's default options
     */
    public ExecutionOptions options() {
        return options;
    }

    /**
     * Run the state machine to its end on the virtual clock.
     *
     * @param input the execution input, never {@code null}; copied, so changing it afterwards changes no run
     * @throws dev.orrery.spi.UnmockedTaskException when a Task state is called that nothing answers
     * @return the finished execution
     */
    public Execution run(JsonNode input) {
        return run(input, options);
    }

    /**
     * Start an execution that test code drives through the returned session: it runs until it ends or waits for a
     * callback ({@code .waitForTaskToken}) that test code answers.
     *
     * @param input the execution input, never {@code null}; copied, so changing it afterwards changes no run
     * @return the session that drives the execution
     */
    public ExecutionSession start(JsonNode input) {
        return start(input, options);
    }

    /**
     * Start a driven execution with the given options instead of the runner's.
     *
     * @param input the execution input, never {@code null}; copied, so changing it afterwards changes no run
     * @param runOptions the options of this run, never {@code null}
     * @return the session that drives the execution
     */
    public ExecutionSession start(JsonNode input, ExecutionOptions runOptions) {
        return new ExecutionSession(machine.start(input, integration, runOptions, nested), whenEnded);
    }

    /**
     * Run the state machine with the given options instead of the runner's.
     *
     * @param input the execution input, never {@code null}; copied, so changing it afterwards changes no run
     * @param runOptions the options of this run, never {@code null}
     * @return the finished execution
     */
    public Execution run(JsonNode input, ExecutionOptions runOptions) {
        Execution execution = machine.run(input, integration, runOptions, nested);
        if (whenEnded != null) {
            whenEnded.accept(execution);
        }
        return execution;
    }
}
