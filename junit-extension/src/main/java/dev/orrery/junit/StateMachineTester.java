package dev.orrery.junit;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orrery.http.HttpTasks;
import dev.orrery.mock.MockSession;
import dev.orrery.mock.TaskMocks;
import dev.orrery.model.StateMachine;
import dev.orrery.run.Execution;
import dev.orrery.run.ExecutionOptions;
import dev.orrery.run.ExecutionSession;
import dev.orrery.run.ExecutionStatus;
import dev.orrery.run.StateMachineRunner;
import dev.orrery.run.VirtualClock;
import dev.orrery.spi.TaskIntegration;
import dev.orrery.spi.UnmockedTaskException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
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
 * <p>{@link #begin(String)} starts an execution the test drives instead: it answers {@code .waitForTaskToken}
 * callbacks and moves the virtual clock through the returned {@link ExecutionSession}.
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
    /** The runs in start order: a finished {@link Execution}, or a {@link Begun} run the test drives. */
    private final List<Object> runs = new ArrayList<>();
    private final Map<String, StateMachine> nested = new LinkedHashMap<>();
    /** The ended runs of {@link #runner()}'s runners, for coverage only. */
    private final List<Execution> runnerRuns = new ArrayList<>();
    private ExecutionOptions options;
    private boolean lenient;
    private final WorkflowType type;
    private @Nullable HttpTasks http;
    private @Nullable Set<String> activities;

    StateMachineTester(StateMachine stateMachine, @Nullable TaskMocks baseMocks, Settings settings) {
        this.stateMachine = stateMachine;
        this.baseMocks = baseMocks;
        this.options = settings.options();
        this.lenient = settings.strictness() == Strictness.LENIENT;
        this.type = settings.type();
        this.http = settings.http();
        this.activities = settings.activities() == null ? null : new LinkedHashSet<>(settings.activities());
        this.nested.putAll(settings.nested());
    }

    /** A run of {@link #begin(JsonNode)}: its session and the options it started with. */
    record Begun(ExecutionSession session, ExecutionOptions options) {}

    private StateMachineRunner runnerOn(MockSession session) {
        StateMachineRunner runner = type == WorkflowType.EXPRESS
                ? StateMachineRunner.createExpress(stateMachine, session, options)
                : StateMachineRunner.create(stateMachine, session, options);
        for (Map.Entry<String, StateMachine> child : nested.entrySet()) {
            runner = runner.withNestedStateMachine(child.getKey(), child.getValue());
        }
        return activities == null ? runner : runner.withActivities(activities.toArray(String[]::new));
    }

    /**
     * Start a mock of the calls of the named Task state; the answer returns to this tester.
     *
     * @param stateName the name of the Task state, never {@code null}
     * @return the mock, to be given its answer
     */
    public TesterStubbing mock(String stateName) {
        return new TesterStubbing(this, mocks.state(Objects.requireNonNull(stateName, "stateName")));
    }

    /**
     * Declare mocks with the full {@link TaskMocks.Builder} API (sequences, matchers, handlers, latencies).
     *
     * @param declarations the code that declares mocks on the builder, never {@code null}
     * @return this tester
     */
    public StateMachineTester mocks(Consumer<TaskMocks.Builder> declarations) {
        declarations.accept(mocks);
        return this;
    }

    /**
     * Send the HTTP Tasks ({@code arn:aws:states:::http:invoke}) that no mock answers to the loopback servers of
     * these routes, e.g. a WireMock server whose port is known only once the test runs; replaces the routes of
     * {@link OrreryExtensionBuilder#http(HttpTasks)}. Mocks answer first: the test's, then the class's and the test
     * case's; any other task still fails closed.
     *
     * <pre>{@code
     * sfn.http(HttpTasks.builder().route("https://api.example.com", wireMock.baseUrl()).build())
     *     .start(input);
     * }</pre>
     *
     * @param routes the API origins and the loopback base URLs they go to
     * @return this tester
     */
    public StateMachineTester http(HttpTasks routes) {
        this.http = Objects.requireNonNull(routes, "routes");
        return this;
    }

    /**
     * Declare which activities exist in the account, added to those of {@code @StateMachineTest(activities)} or
     * the builder: a task on any other activity fails with {@code States.Runtime} as on AWS for a deleted activity
     * (see {@link StateMachineRunner#withActivities(String...)}). Without any declaration every activity exists;
     * calling it with no ARN declares that none exists.
     *
     * @param activityArns the ARNs of the activities that exist, added to those declared before
     * @return this tester
     */
    public StateMachineTester activities(String... activityArns) {
        Set<String> declared = activities == null ? new LinkedHashSet<>() : activities;
        for (String arn : activityArns) {
            declared.add(Objects.requireNonNull(arn, "activityArn"));
        }
        this.activities = declared;
        return this;
    }

    /**
     * Run the given state machine as the child execution of the {@code states:startExecution.sync} (or
     * {@code .sync:2}) tasks that name the ARN, on this test's mocks, instead of asking a mock (see
     * {@link StateMachineRunner#withNestedStateMachine(String, StateMachine)}).
     *
     * @param stateMachineArn the ARN the tasks' {@code StateMachineArn} names
     * @param child the state machine to run as the child execution
     * @return this tester
     */
    public StateMachineTester nestedStateMachine(String stateMachineArn, StateMachine child) {
        nested.put(Objects.requireNonNull(stateMachineArn, "stateMachineArn"), Objects.requireNonNull(child,
                "child"));
        return this;
    }

    /**
     * Tolerate mocks of this test that no call used.
     *
     * @return this tester
     */
    public StateMachineTester lenient() {
        this.lenient = true;
        return this;
    }

    /**
     * Change the options of the next runs, e.g. {@code options(o -> o.withSeed(7))}.
     *
     * @param change the function from the current options to the new ones, never {@code null}
     * @return this tester
     */
    public StateMachineTester options(UnaryOperator<ExecutionOptions> change) {
        this.options = Objects.requireNonNull(change.apply(options), "options");
        return this;
    }

    /**
     * Run the state machine to its end with the given JSON input.
     *
     * @param input the JSON text of the execution input, never {@code null}
     * @return the finished execution
     */
    public Execution start(String input) {
        JsonNode json = Resources.json(input);
        if (json == null) {
            throw new IllegalArgumentException("The input is not JSON " + Resources.whyNotJson(input) + ": " + input);
        }
        return start(json);
    }

    /**
     * Run the state machine to its end with the given input (not mutated).
     *
     * @param input the execution input, never {@code null}
     * @return the finished execution
     */
    public Execution start(JsonNode input) {
        MockSession session = newSession();
        Execution execution = runnerOn(session).run(input);
        runs.add(execution);
        return execution;
    }

    /**
     * Start an execution with the given JSON input that the test drives; see {@link #begin(JsonNode)}.
     *
     * <pre>{@code
     * ExecutionSession session = sfn.mock("Request approval").awaitsCallback().begin(ORDER);
     * session.advanceBy(Duration.ofHours(2))
     *     .sendTaskSuccess(session.taskToken("Request approval"), approval);
     * Execution run = session.runToCompletion();
     * }</pre>
     *
     * @param input the JSON text of the execution input, never {@code null}
     * @return the session that drives the execution
     */
    public ExecutionSession begin(String input) {
        JsonNode json = Resources.json(input);
        if (json == null) {
            throw new IllegalArgumentException("The input is not JSON " + Resources.whyNotJson(input) + ": " + input);
        }
        return begin(json);
    }

    /**
     * Start an execution with the given input (not mutated) on this test's mocks and return its session: the
     * execution runs until it ends or until it waits for a callback only the test can answer (a
     * {@code .waitForTaskToken} task mocked with {@code awaitsCallback()}) and the next timer lies in the future.
     * The test then sends task success, failure or heartbeats, advances the virtual clock and finally calls
     * {@link ExecutionSession#runToCompletion()}.
     *
     * <p>The session's mocks count for strictness like those of {@link #start(JsonNode)}; once the execution has
     * ended it is in {@link #executions()} and in the report of a failed test.
     *
     * @param input the execution input, never {@code null}
     * @return the session that drives the execution
     */
    public ExecutionSession begin(JsonNode input) {
        ExecutionSession session = runnerOn(newSession()).start(input);
        runs.add(new Begun(session, options));
        return session;
    }

    /**
     * Return the virtual clock of this test's runs, a live read-only view: the current time of the last run while
     * the test drives it, the instant the last run ended, or the configured start time before the first run.
     *
     * @return the live virtual clock
     */
    public VirtualClock clock() {
        return this::now;
    }

    private Instant now() {
        if (runs.isEmpty()) {
            return options.startTime();
        }
        Object last = runs.get(runs.size() - 1);
        return last instanceof Begun begun ? begun.session().currentTime() : ((Execution) last).stopTime();
    }

    /**
     * Return a core runner bound to a new recording session of this test's mocks, for what the tester does not offer
     * itself (runs with other options per call); its session counts for strictness, but its executions are not in
     * {@link #executions()} nor in failure reports. They count in the coverage report once they have ended.
     *
     * @return a runner on this test's mocks and options
     */
    public StateMachineRunner runner() {
        return runnerOn(newSession()).whenEnded(this::ranOnRunner);
    }

    private synchronized void ranOnRunner(Execution execution) {
        runnerRuns.add(execution);
    }

    /** Return the state machines run as child executions, by ARN: the settings' and this tester's. */
    Map<String, StateMachine> nestedStateMachines() {
        return Map.copyOf(nested);
    }

    /** Return the ended runs of the runners {@link #runner()} returned, in the order they ended. */
    synchronized List<Execution> runnerExecutions() {
        return List.copyOf(runnerRuns);
    }

    /**
     * Return the parsed state machine.
     *
     * @return the state machine
     */
    public StateMachine stateMachine() {
        return stateMachine;
    }

    /**
     * Return the options of the next runs.
     *
     * @return the options
     */
    public ExecutionOptions options() {
        return options;
    }

    /**
     * Return the recorded calls of the last run.
     *
     * @throws IllegalStateException before the first run
     * @return the last run's mock session
     */
    public MockSession session() {
        if (sessions.isEmpty()) {
            throw new IllegalStateException("No run yet: call start(input) first");
        }
        return sessions.get(sessions.size() - 1);
    }

    /**
     * Return the executions that ended so far, in start order; an execution of {@link #begin(JsonNode)} is listed
     * once it has ended.
     *
     * @return the ended executions
     */
    public List<Execution> executions() {
        List<Execution> ended = new ArrayList<>();
        for (Object run : runs) {
            if (run instanceof Execution execution) {
                ended.add(execution);
            } else if (((Begun) run).session().status() != ExecutionStatus.RUNNING) {
                ended.add(((Begun) run).session().runToCompletion());
            }
        }
        return ended;
    }

    /** Return the runs of {@link #begin(JsonNode)} that have not ended yet, in start order. */
    List<Begun> unfinishedRuns() {
        return runs.stream().filter(run -> run instanceof Begun begun
                && begun.session().status() == ExecutionStatus.RUNNING).map(Begun.class::cast).toList();
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

    /** Let the base mocks answer first, then the loopback servers the HTTP Tasks nothing mocks. */
    private static TaskIntegration baseThenHttp(TaskMocks base, HttpTasks routes) {
        return request -> {
            try {
                return base.invoke(request);
            } catch (UnmockedTaskException unmocked) {
                if (HttpTasks.handles(request)) {
                    return routes.invoke(request);
                }
                throw unmocked;
            }
        };
    }

    private MockSession newSession() {
        if (baseMocks != null) {
            mocks.otherwise(http == null ? baseMocks : baseThenHttp(baseMocks, http));
        } else if (http != null) {
            mocks.http(http);
        }
        MockSession session = mocks.build().session();
        sessions.add(session);
        return session;
    }
}
