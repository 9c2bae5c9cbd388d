package dev.orrery.junit;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orrery.mock.Stubbing;
import dev.orrery.mock.TaskHandler;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The answer of a mock started by {@link StateMachineTester#mock(String)}; each answer returns to the tester.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class TesterStubbing {

    private final StateMachineTester tester;
    private final Stubbing stubbing;

    TesterStubbing(StateMachineTester tester, Stubbing stubbing) {
        this.tester = tester;
        this.stubbing = stubbing;
    }

    /**
     * Answer only the {@code nth} call (1-based, retries included).
     *
     * @param nth the 1-based call number
     * @return a copy of this mock, restricted to that call
     */
    public TesterStubbing onCall(int nth) {
        return new TesterStubbing(tester, stubbing.onCall(nth));
    }

    /**
     * Return the given JSON result.
     *
     * @param json the JSON text of the task's result, never {@code null}
     * @return the tester, to declare more or run
     */
    public StateMachineTester returns(String json) {
        stubbing.returns(parse(json));
        return tester;
    }

    /**
     * Return the given result.
     *
     * @param result the task's result, never {@code null}
     * @return the tester, to declare more or run
     */
    public StateMachineTester returns(JsonNode result) {
        stubbing.returns(result);
        return tester;
    }

    /**
     * Return what a Lambda function returns, wrapped in AWS's Invoke envelope for {@code lambda:invoke}.
     *
     * @param json the JSON text of what the function returns, never {@code null}
     * @return the tester, to declare more or run
     */
    public StateMachineTester returnsPayload(String json) {
        stubbing.returnsPayload(parse(json));
        return tester;
    }

    /**
     * Fail with the given error name and cause.
     *
     * @param error the error name, never {@code null}
     * @param cause the cause text, or {@code null}
     * @return the tester, to declare more or run
     */
    public StateMachineTester fails(String error, @Nullable String cause) {
        stubbing.fails(error, cause);
        return tester;
    }

    /**
     * Never answer: only the state's TimeoutSeconds or HeartbeatSeconds ends the call.
     *
     * @return the tester, to declare more or run
     */
    public StateMachineTester timesOut() {
        stubbing.timesOut();
        return tester;
    }

    /**
     * Submit the call of a {@code .waitForTaskToken} task with an empty response and leave its answer to the test:
     * start the execution with {@link StateMachineTester#begin(String)} and answer through its session.
     *
     * @return the tester, to declare more or run
     */
    public StateMachineTester awaitsCallback() {
        stubbing.awaitsCallback();
        return tester;
    }

    /**
     * Submit the callback call with the given JSON service response (the TaskSubmitted output); the test answers.
     *
     * @param submittedOutput the JSON text of the service's response, never {@code null}
     * @return the tester, to declare more or run
     */
    public StateMachineTester awaitsCallback(String submittedOutput) {
        stubbing.awaitsCallback(parse(submittedOutput));
        return tester;
    }

    /**
     * Answer with a Java handler.
     *
     * @param handler the handler that answers the call, never {@code null}
     * @return the tester, to declare more or run
     */
    public StateMachineTester answers(TaskHandler handler) {
        stubbing.answers(handler);
        return tester;
    }

    private static JsonNode parse(String json) {
        JsonNode node = Resources.json(json);
        if (node == null) {
            throw new IllegalArgumentException("The mocked result is not JSON " + Resources.whyNotJson(json) + ": "
                    + json);
        }
        return node;
    }
}
