package dev.orrery.teststate;

import dev.orrery.internal.teststate.TestStateEngine;
import dev.orrery.run.ExecutionOptions;
import dev.orrery.spi.TaskIntegration;
import dev.orrery.spi.UnmockedTaskException;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Run one state in isolation and get TestState's answer, offline and deterministically.
 *
 * <pre>{@code
 * TestStateResult result = StateTester.of(definition).state("Charge")
 *         .input("{\"amount\": 42}")
 *         .mock(TestStateMock.error("Payment.Declined", "card expired"))
 *         .inspectionLevel(InspectionLevel.DEBUG)
 *         .test();
 * }</pre>
 *
 * <p>Instances are immutable: each {@code with}-style method returns a new tester. A Task without a mock is answered
 * by the {@link #integration(TaskIntegration) integration} given (none by default: the test fails with
 * {@link UnmockedTaskException}).
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class StateTester {

    private static final TaskIntegration UNMOCKED = call -> {
        throw new UnmockedTaskException("State \"" + call.stateName() + "\" has no mock: give the StateTester a mock "
                + "(mock(TestStateMock.result(...))) or an integration (integration(TaskMocks...)).");
    };

    private final TestStateRequest request;
    private final TaskIntegration integration;
    private final ExecutionOptions options;

    private StateTester(TestStateRequest request, TaskIntegration integration, ExecutionOptions options) {
        this.request = request;
        this.integration = integration;
        this.options = options;
    }

    /**
     * Test a state: {@code definition} is one state's JSON, or a whole state machine's (then name the state with
     * {@link #state(String)}).
     *
     * @param definition the definition text, never {@code null}
     * @return the tester
     */
    public static StateTester of(String definition) {
        return new StateTester(TestStateRequest.of(definition), UNMOCKED, ExecutionOptions.defaults());
    }

    /**
     * Answer a whole TestState request.
     *
     * @param request the request, never {@code null}
     * @return the tester for that request
     */
    public static StateTester of(TestStateRequest request) {
        return new StateTester(Objects.requireNonNull(request, "request"), UNMOCKED, ExecutionOptions.defaults());
    }

    /**
     * Test the named state of the definition.
     *
     * @param name the state's name, never {@code null}
     * @return the tester
     */
    public StateTester state(String name) {
        return with(request.withStateName(name));
    }

    /**
     * Use this input.
     *
     * @param json the input as JSON text, never {@code null}
     * @return the tester
     */
    public StateTester input(String json) {
        return with(request.withInput(json));
    }

    /**
     * Use this mocked result or error.
     *
     * @param mock the mock, never {@code null}
     * @return the tester
     */
    public StateTester mock(TestStateMock mock) {
        return with(request.withMock(mock));
    }

    /**
     * Use these workflow variables.
     *
     * @param json the variables as a JSON object text, never {@code null}
     * @return the tester
     */
    public StateTester variables(String json) {
        return with(request.withVariables(json));
    }

    /**
     * Use this Context object instead of the one TestState builds.
     *
     * @param json the Context object as JSON text, never {@code null}
     * @return the tester
     */
    public StateTester context(String json) {
        return with(request.withContext(json));
    }

    /**
     * Use these settings of the state.
     *
     * @param configuration the settings, never {@code null}
     * @return the tester
     */
    public StateTester configuration(StateConfiguration configuration) {
        return with(request.withStateConfiguration(configuration));
    }

    /**
     * Show this much of the state's work.
     *
     * @param level the level, never {@code null}
     * @return the tester
     */
    public StateTester inspectionLevel(InspectionLevel level) {
        return with(request.withInspectionLevel(level));
    }

    /**
     * Use this execution role (required by TestState for a Task without a mock).
     *
     * @param arn the role ARN, never {@code null}
     * @return the tester
     */
    public StateTester roleArn(String arn) {
        return with(request.withRoleArn(arn));
    }

    /**
     * Reveal the secrets of an HTTP Task's EventBridge connection in the TRACE request, or not (the default): what
     * the connection adds to the request, as declared to the {@link dev.orrery.http.HttpTasks} given as
     * {@link #integration(TaskIntegration)}. TestState refuses it with a mock.
     *
     * @param reveal whether to reveal the secrets
     * @return the tester
     */
    public StateTester revealSecrets(boolean reveal) {
        return with(request.withRevealSecrets(reveal));
    }

    /**
     * Answer a Task that has no mock with this integration, e.g. {@code TaskMocks}.
     *
     * @param tasks the integration, never {@code null}
     * @return the tester
     */
    public StateTester integration(TaskIntegration tasks) {
        return new StateTester(request, Objects.requireNonNull(tasks, "tasks"), options);
    }

    /**
     * Use these names, account, region and start time for the Context object.
     *
     * @param executionOptions the options, never {@code null}
     * @return the tester
     */
    public StateTester options(ExecutionOptions executionOptions) {
        return new StateTester(request, integration, Objects.requireNonNull(executionOptions, "executionOptions"));
    }

    /**
     * Return the TestState request this tester sends.
     *
     * @return the request
     */
    public TestStateRequest request() {
        return request;
    }

    /**
     * Run the state once and return TestState's answer.
     *
     * @return the result
     * @throws TestStateException when AWS would refuse the request (its error code and message)
     */
    public TestStateResult test() {
        return TestStateEngine.run(request, integration, options);
    }

    private StateTester with(TestStateRequest changed) {
        return new StateTester(changed, integration, options);
    }
}
