package dev.orrery.junit;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orrery.mock.MockSession;
import dev.orrery.mock.TaskMocks;
import dev.orrery.model.StateMachine;
import dev.orrery.run.Execution;
import dev.orrery.run.ExecutionOptions;
import dev.orrery.run.StateMachineRunner;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Runs the state machine under test with the test's mocks: declare mocks fluently, then start executions.
 *
 * <pre>{@code
 * Execution run = sfn.mock("Check Inventory").returns("{\"inStock\": true}")
 *     .mock("Process Payment").fails("Payment.Declined", "insufficient funds")
 *     .start("{\"orderId\": 42}");
 * }</pre>
 *
 * <p>Mocks declared here (and by {@link MockTask} on the test method) override the class's {@code @MockTask}s and
 * the mocks of its test case; they are strict: one that no call used fails the test after it ran, unless the test is
 * {@link #lenient()}. One tester serves one test;
 * it is not thread-safe.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class StateMachineTester {

    private final StateMachine stateMachine;
    private final @Nullable TaskMocks baseMocks;
    private final TaskMocks.Builder mocks = TaskMocks.builder();
    private final List<MockSession> sessions = new ArrayList<>();
    private final List<Execution> executions = new ArrayList<>();
    private ExecutionOptions options;
    private boolean lenient;
    private final WorkflowType type;

    StateMachineTester(StateMachine stateMachine, @Nullable TaskMocks baseMocks, ExecutionOptions options,
            boolean lenient, WorkflowType type) {
        this.stateMachine = stateMachine;
        this.baseMocks = baseMocks;
        this.options = options;
        this.lenient = lenient;
        this.type = type;
    }

    private StateMachineRunner runnerOn(MockSession session) {
        return type == WorkflowType.EXPRESS ? StateMachineRunner.createExpress(stateMachine, session, options)
                : StateMachineRunner.create(stateMachine, session, options);
    }

    /** Start a mock of the calls of the named Task state; the answer returns to this tester. */
    public TesterStubbing mock(String stateName) {
        return new TesterStubbing(this, mocks.state(Objects.requireNonNull(stateName, "stateName")));
    }

    /** Declare mocks with the full {@link TaskMocks.Builder} API (sequences, matchers, handlers, latencies). */
    public StateMachineTester mocks(Consumer<TaskMocks.Builder> declarations) {
        declarations.accept(mocks);
        return this;
    }

    /** Tolerate mocks of this test that no call used. */
    public StateMachineTester lenient() {
        this.lenient = true;
        return this;
    }

    /** Change the options of the next runs, e.g. {@code options(o -> o.withSeed(7))}. */
    public StateMachineTester options(UnaryOperator<ExecutionOptions> change) {
        this.options = Objects.requireNonNull(change.apply(options), "options");
        return this;
    }

    /** Run the state machine to its end with the given JSON input. */
    public Execution start(String input) {
        JsonNode json = Resources.json(input);
        if (json == null) {
            throw new IllegalArgumentException("The input is not JSON: " + input);
        }
        return start(json);
    }

    /** Run the state machine to its end with the given input (not mutated). */
    public Execution start(JsonNode input) {
        MockSession session = newSession();
        Execution execution = runnerOn(session).run(input);
        executions.add(execution);
        return execution;
    }

    /**
     * Return a core runner bound to a new recording session of this test's mocks, for what the tester does not offer
     * itself (runs with other options, and later callback-driven runs); its session counts for strictness, but its
     * executions are not in {@link #executions()} nor in failure reports.
     */
    public StateMachineRunner runner() {
        return runnerOn(newSession());
    }

    /** Return the parsed state machine. */
    public StateMachine stateMachine() {
        return stateMachine;
    }

    /** Return the options of the next runs. */
    public ExecutionOptions options() {
        return options;
    }

    /**
     * Return the recorded calls of the last run.
     *
     * @throws IllegalStateException before the first run
     */
    public MockSession session() {
        if (sessions.isEmpty()) {
            throw new IllegalStateException("No run yet: call start(input) first");
        }
        return sessions.get(sessions.size() - 1);
    }

    /** Return the executions started so far, in order. */
    public List<Execution> executions() {
        return List.copyOf(executions);
    }

    boolean isLenient() {
        return lenient;
    }

    List<MockSession> sessions() {
        return List.copyOf(sessions);
    }

    TaskMocks.Builder builder() {
        return mocks;
    }

    private MockSession newSession() {
        if (baseMocks != null) {
            mocks.otherwise(baseMocks);
        }
        MockSession session = mocks.build().session();
        sessions.add(session);
        return session;
    }
}
