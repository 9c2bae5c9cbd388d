package dev.orrery.assertj;

import static dev.orrery.assertj.ShouldHaveCount.shouldHaveCount;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orrery.mock.MockSession;
import dev.orrery.mock.RecordedCall;
import java.util.Arrays;
import java.util.List;
import org.apiguardian.api.API;
import org.assertj.core.annotation.CheckReturnValue;
import org.assertj.core.api.AbstractAssert;
import org.jspecify.annotations.Nullable;

/**
 * Assertions on the Task calls a {@link MockSession} recorded during one execution: how often each state was called,
 * in which order, with which requests, and whether every declared mock was used.
 *
 * <pre>{@code
 * MockSession session = mocks.session();
 * StateMachineRunner.create(machine, session).run(input);
 * assertThat(session).hasCalled("ChargeCard", 2).request("ChargeCard", 1).at("$.amount").isEqualTo(42);
 * }</pre>
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public class MockSessionAssert extends AbstractAssert<MockSessionAssert, MockSession> {

    Navigator navigator = Navigator.HARD;

    /**
     * Create the assert; prefer {@link OrreryAssertions#assertThat(MockSession)}.
     *
     * @param actual the session, may be {@code null} (every assertion then fails)
     */
    public MockSessionAssert(@Nullable MockSession actual) {
        super(actual, MockSessionAssert.class);
    }

    /**
     * Verify that the state's Task was called exactly the given number of times, retries included.
     *
     * <pre>{@code
     * assertThat(session).hasCalled("ChargeCard", 2);   // passes when ChargeCard failed once and was retried
     * assertThat(session).hasCalled("ChargeCard", 1);   // fails then, listing the two recorded calls
     * }</pre>
     *
     * @param stateName the Task state's name, never {@code null}
     * @param times the expected number of calls
     * @return this assert
     */
    public MockSessionAssert hasCalled(String stateName, int times) {
        isNotNull();
        List<RecordedCall> calls = actual.calls(stateName);
        if (calls.size() != times) {
            throwAssertionError(shouldHaveCount("Task state \"" + stateName + "\"", "have been called",
                    Describe.times(times), "it was called", Describe.times(calls.size()), "recorded calls",
                    summaries(calls.isEmpty() ? actual.calls() : calls)));
        }
        return myself;
    }

    /**
     * Verify that the state's Task was never called.
     *
     * <pre>{@code
     * assertThat(session).neverCalled("Refund");       // passes when Refund was not reached
     * assertThat(session).neverCalled("ChargeCard");   // fails when it was, listing its calls
     * }</pre>
     *
     * @param stateName the Task state's name, never {@code null}
     * @return this assert
     */
    public MockSessionAssert neverCalled(String stateName) {
        return hasCalled(stateName, 0);
    }

    /**
     * Verify the order of all Task calls, state by state (a retried state appears once per call).
     *
     * <pre>{@code
     * assertThat(session).hasCallsInOrder("Validate", "ChargeCard", "Ship");   // passes for that run
     * assertThat(session).hasCallsInOrder("Validate", "Ship");                 // fails: ChargeCard was called too
     * }</pre>
     *
     * @param stateNames the expected states, one per call, in order
     * @return this assert
     */
    public MockSessionAssert hasCallsInOrder(String... stateNames) {
        isNotNull();
        List<String> called = actual.calls().stream().map(call -> call.request().stateName()).toList();
        if (!called.equals(Arrays.asList(stateNames))) {
            throwAssertionError(shouldHaveCount("the Task calls", "be in this order",
                    Describe.path(Arrays.asList(stateNames)), "they were", Describe.path(called), "recorded calls",
                    summaries(actual.calls())));
        }
        return myself;
    }

    /**
     * Verify that every declared mock answered at least one call (Mockito's strict stubs).
     *
     * <pre>{@code
     * assertThat(session).hasNoUnusedMocks();   // passes when each mock was used
     * // fails when, say, a mock for "Refund" was declared but the run never reached it
     * }</pre>
     *
     * @return this assert
     */
    public MockSessionAssert hasNoUnusedMocks() {
        isNotNull();
        List<String> unused = actual.unusedMocks();
        if (!unused.isEmpty()) {
            throwAssertionError(shouldHaveCount("the declared mocks", "be used",
                    "each at least once", "these answered no call", String.join(
                            System.lineSeparator() + "  ", unused), "recorded calls", summaries(actual.calls())));
        }
        return myself;
    }

    /**
     * Navigate to the effective request payload of the state's call number {@code call} (0-based, retries counted).
     *
     * <pre>{@code
     * assertThat(session).request("ChargeCard", 0).at("$.amount").isEqualTo(42);   // passes when it was sent
     * assertThat(session).request("ChargeCard", 5);                               // fails: no such call
     * }</pre>
     *
     * @param stateName the Task state's name, never {@code null}
     * @param call the 0-based call number
     * @return an assert over the request payload
     */
    @CheckReturnValue
    public JsonAssert request(String stateName, int call) {
        isNotNull();
        List<JsonNode> payloads = actual.payloads(stateName);
        if (call < 0 || call >= payloads.size()) {
            navigator.fail(failure(shouldHaveCount("Task state \"" + stateName + "\"", "have a call",
                    "#" + call + " (0-based)", "it was called", Describe.times(payloads.size()), "recorded calls",
                    summaries(actual.calls(stateName)))));
            return JsonAssert.navigate(navigator, JsonValue.of("request #" + call + " of \"" + stateName + "\"", null));
        }
        return JsonAssert.navigate(navigator,
                JsonValue.of("request #" + call + " of \"" + stateName + "\"", payloads.get(call)));
    }

    private AssertionError failure(org.assertj.core.error.ErrorMessageFactory message) {
        return assertionError(message);
    }

    private static String summaries(List<RecordedCall> calls) {
        if (calls.isEmpty()) {
            return "(no Task calls)";
        }
        return String.join(System.lineSeparator() + "  ", calls.stream().map(RecordedCall::summary).toList());
    }
}
