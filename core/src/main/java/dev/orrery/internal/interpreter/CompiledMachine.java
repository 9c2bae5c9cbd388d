package dev.orrery.internal.interpreter;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orrery.internal.json.JsonCopies;
import dev.orrery.model.State;
import dev.orrery.model.StateMachine;
import dev.orrery.model.StateType;
import dev.orrery.parse.Diagnostic;
import dev.orrery.parse.InvalidDefinitionException;
import dev.orrery.run.Execution;
import dev.orrery.run.ExecutionOptions;
import dev.orrery.spi.TaskIntegration;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** A state machine compiled once into an executable plan: each state's handler, paths and templates. */
public final class CompiledMachine {

    private static final int MAX_HINT = 4_096;

    private final StateMachine stateMachine;
    private final CompiledGraph graph;
    /**
     * AWS's maximum execution time of a Standard workflow, past which AWS times the execution out: the quotas page
     * says "1 year"; Orrery counts a leap year, 366 days, so that no wait AWS accepts is cut short.
     */
    static final int MAX_STANDARD_DURATION_SECONDS = 366 * 24 * 60 * 60;

    private final boolean express;
    // every state name at every level, shared immutably by every run's Execution
    private final Set<String> stateNames;
    // the Task states at every level: how many names a run's count of task calls makes room for
    private final int taskStates;
    // capacity hints only (how many events and visits the last run had): they never change what a run does, so a
    // race between runs on several threads is harmless
    private int expectedEvents = 16;
    private int expectedVisits = 8;
    // the ARNs of the last run's options: an immutable record, so a race only costs building it again
    private @Nullable RunArns lastArns;

    private CompiledMachine(StateMachine stateMachine) {
        this(stateMachine, false);
    }

    private CompiledMachine(StateMachine stateMachine, boolean express) {
        this.stateMachine = stateMachine;
        this.express = express;
        this.stateNames = Set.copyOf(stateMachine.allStates().stream().map(State::name).toList());
        this.taskStates = (int) stateMachine.allStates().stream().filter(state -> state.type() == StateType.TASK)
                .count();
        this.graph = new CompiledGraph(stateMachine.asBranch(),
                new StateCompiler(stateMachine.unresolvedPlaceholders()));
    }

    /**
     * Compile the state machine.
     *
     * @throws UnsupportedOperationException when it uses a feature this version cannot run
     */
    public static CompiledMachine compile(StateMachine stateMachine) {
        return new CompiledMachine(stateMachine);
    }

    /**
     * Compile the state machine as an Express workflow: it may not use {@code .sync}, {@code .waitForTaskToken} or
     * activities, and its executions time out after five minutes.
     *
     * @throws dev.orrery.parse.InvalidDefinitionException with AWS's diagnostics when it uses what Express forbids
     */
    public static CompiledMachine compileExpress(StateMachine stateMachine) {
        List<Diagnostic> diagnostics = ExpressRules.check(stateMachine);
        if (!diagnostics.isEmpty()) {
            throw new InvalidDefinitionException(diagnostics);
        }
        return new CompiledMachine(stateMachine, true);
    }

    /** Return whether the machine was compiled as an Express workflow. */
    public boolean isExpress() {
        return express;
    }

    /** Return the execution timeout in seconds: the definition's TimeoutSeconds, at most five minutes for Express. */
    @Nullable
    Integer timeoutSeconds() {
        Integer declared = stateMachine.timeoutSeconds();
        if (!express) {
            return declared;
        }
        return declared == null ? ExpressRules.MAX_DURATION_SECONDS
                : Math.min(declared, ExpressRules.MAX_DURATION_SECONDS);
    }

    StateMachine stateMachine() {
        return stateMachine;
    }

    /** Return how many Task states the machine has, nested ones included. */
    int taskStates() {
        return taskStates;
    }

    /** Return the name of every state of the machine, nested ones included, as one immutable set. */
    Set<String> stateNames() {
        return stateNames;
    }

    CompiledGraph graph() {
        return graph;
    }

    /** Return how many history events to make room for: as many as the last run recorded. */
    int expectedEvents() {
        return expectedEvents;
    }

    /** Return how many state visits to make room for: as many as the last run made. */
    int expectedVisits() {
        return expectedVisits;
    }

    /** Return the ARNs of a run with the options, reusing those of the last run when it had the same options. */
    RunArns arns(ExecutionOptions options) {
        RunArns arns = lastArns;
        if (arns == null || arns.options() != options) {
            arns = RunArns.of(options);
            lastArns = arns;
        }
        return arns;
    }

    /** Remember the size of a run's history and visits as the capacity hint for the next runs. */
    void observed(int events, int visits) {
        expectedEvents = Math.min(events, MAX_HINT);
        expectedVisits = Math.min(visits, MAX_HINT);
    }

    /** Run one execution to its end on a fresh virtual clock. */
    public Execution run(JsonNode input, TaskIntegration integration, ExecutionOptions options) {
        return topLevel(input, integration, options, NestedMachines.none()).run();
    }

    /** Run one execution whose {@code states:startExecution} tasks run the given machines in the same loop. */
    public Execution run(JsonNode input, TaskIntegration integration, ExecutionOptions options,
            NestedMachines nested) {
        return topLevel(input, integration, options, nested).run();
    }

    /** Start one execution with nested machines; see {@link #start(JsonNode, TaskIntegration, ExecutionOptions)}. */
    public ExecutionDriver start(JsonNode input, TaskIntegration integration, ExecutionOptions options,
            NestedMachines nested) {
        ExecutionRun run = topLevel(input, integration, options, nested);
        run.start();
        return new ExecutionDriver(run);
    }

    /**
     * Create a top-level execution that owns its data: the caller's input is copied once here and every outcome of
     * the integration once when it arrives, so nothing the caller keeps can change the run (nor the run what it keeps).
     */
    private ExecutionRun topLevel(JsonNode input, TaskIntegration integration, ExecutionOptions options,
            NestedMachines nested) {
        return new ExecutionRun(this, JsonCopies.deepCopy(input), OwnedOutcomes.of(integration), options,
                new Scheduler(options.startTime()), new CallbackRegistry(), nested, null);
    }

    /** Start one execution and run it until it ends or waits for test code (a callback). */
    public ExecutionDriver start(JsonNode input, TaskIntegration integration, ExecutionOptions options) {
        return start(input, integration, options, NestedMachines.none());
    }
}
