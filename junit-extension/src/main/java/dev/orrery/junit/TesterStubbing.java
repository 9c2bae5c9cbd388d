package dev.orrery.junit;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orrery.mock.AnswerChain;
import dev.orrery.mock.Stubbing;
import dev.orrery.mock.TaskHandler;
import java.time.Duration;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The answer of a mock started by {@link StateMachineTester#mock(String)}; each answer returns to the tester.
 *
 * <p>The short form answers every call alike, or one call with {@link #onCall(int)} (so a sequence is one
 * {@code mock(state).onCall(n)} per call, declared after the mock that answers the other calls, since a later mock of
 * the same calls wins), and takes a latency with {@link #withLatency(Duration)}:
 *
 * <pre>{@code
 * sfn.mock("Charge").withLatency(Duration.ofSeconds(2)).returns("{\"status\": \"PAID\"}")
 *     .mock("Charge").onCall(1).fails("Payment.Busy", null)
 *     .start(input);
 * }</pre>
 *
 * <p>Chains of answers ({@code thenReturns}), heartbeats, request matchers and AWS error shapes are in the full
 * builder: {@link StateMachineTester#mocks(java.util.function.Consumer)}.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class TesterStubbing {

    private final StateMachineTester tester;
    private final Stubbing stubbing;
    private final @Nullable Duration latency;

    TesterStubbing(StateMachineTester tester, Stubbing stubbing) {
        this(tester, stubbing, null);
    }

    private TesterStubbing(StateMachineTester tester, Stubbing stubbing, @Nullable Duration latency) {
        this.tester = tester;
        this.stubbing = stubbing;
        this.latency = latency;
    }

    /**
     * Make the answer take this much virtual time: the task ends that long after it was scheduled.
     *
     * @param latency the virtual time each answered call takes, never {@code null}
     * @return a copy of this mock whose answer takes that time
     */
    public TesterStubbing withLatency(Duration latency) {
        return new TesterStubbing(tester, stubbing, Objects.requireNonNull(latency, "latency"));
    }

    /**
     * Answer only the {@code nth} call (1-based, retries included).
     *
     * @param nth the 1-based call number
     * @return a copy of this mock, restricted to that call
     */
    public TesterStubbing onCall(int nth) {
        return new TesterStubbing(tester, stubbing.onCall(nth), latency);
    }

    /**
     * Return the given JSON result.
     *
     * @param json the JSON text of the task's result, never {@code null}
     * @return the tester, to declare more or run
     */
    public StateMachineTester returns(String json) {
        return done(stubbing.returns(parse(json)));
    }

    /**
     * Return the given result.
     *
     * @param result the task's result, never {@code null}
     * @return the tester, to declare more or run
     */
    public StateMachineTester returns(JsonNode result) {
        return done(stubbing.returns(result));
    }

    /**
     * Return what a Lambda function returns, wrapped in AWS's Invoke envelope for {@code lambda:invoke}.
     *
     * @param json the JSON text of what the function returns, never {@code null}
     * @return the tester, to declare more or run
     */
    public StateMachineTester returnsPayload(String json) {
        return done(stubbing.returnsPayload(parse(json)));
    }

    /**
     * Fail with the given error name and cause.
     *
     * @param error the error name, never {@code null}
     * @param cause the cause text, or {@code null}
     * @return the tester, to declare more or run
     */
    public StateMachineTester fails(String error, @Nullable String cause) {
        return done(stubbing.fails(error, cause));
    }

    /**
     * Never answer: only the state's TimeoutSeconds or HeartbeatSeconds ends the call.
     *
     * @return the tester, to declare more or run
     */
    public StateMachineTester timesOut() {
        return done(stubbing.timesOut());
    }

    /**
     * Submit the call of a {@code .waitForTaskToken} task with an empty response and leave its answer to the test:
     * start the execution with {@link StateMachineTester#begin(String)} and answer through its session.
     *
     * @return the tester, to declare more or run
     */
    public StateMachineTester awaitsCallback() {
        return done(stubbing.awaitsCallback());
    }

    /**
     * Submit the callback call with the given JSON service response (the TaskSubmitted output); the test answers.
     *
     * @param submittedOutput the JSON text of the service's response, never {@code null}
     * @return the tester, to declare more or run
     */
    public StateMachineTester awaitsCallback(String submittedOutput) {
        return done(stubbing.awaitsCallback(parse(submittedOutput)));
    }

    /**
     * Answer with a Java handler.
     *
     * @param handler the handler that answers the call, never {@code null}
     * @return the tester, to declare more or run
     */
    public StateMachineTester answers(TaskHandler handler) {
        return done(stubbing.answers(handler));
    }

    /**
     * Return what the Lambda function returns, wrapped in AWS's Invoke envelope for {@code lambda:invoke}.
     *
     * @param payload what the function returns, never {@code null}
     * @return the tester, to declare more or run
     */
    public StateMachineTester returnsPayload(JsonNode payload) {
        return done(stubbing.returnsPayload(payload));
    }

    /**
     * Submit the callback call with the given service response (the TaskSubmitted output); the test answers.
     *
     * @param submittedOutput the service's response, never {@code null}
     * @return the tester, to declare more or run
     */
    public StateMachineTester awaitsCallback(JsonNode submittedOutput) {
        return done(stubbing.awaitsCallback(submittedOutput));
    }

    private StateMachineTester done(AnswerChain chain) {
        if (latency != null) {
            chain.withLatency(latency);
        }
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
