package dev.orrery.assertj;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.orrery.internal.json.StrictJson;
import dev.orrery.mock.MockSession;
import dev.orrery.replay.ReplayResult;
import dev.orrery.run.Execution;
import dev.orrery.teststate.TestStateResult;
import org.apiguardian.api.API;
import org.assertj.core.annotation.CheckReturnValue;
import org.jspecify.annotations.Nullable;

/**
 * The entry point to Orrery's assertions: {@code assertThat} for executions and JSON, and {@code then} for the BDD
 * style.
 *
 * <pre>{@code
 * import static dev.orrery.assertj.OrreryAssertions.assertThat;
 *
 * assertThat(execution).succeeded().hasPath("Validate", "ChargeCard", "Ship").tookVirtualTime(Duration.ofHours(2));
 * assertThat(execution).state("ChargeCard").wasRetried(2).output().at("$.status").isEqualTo("PAID");
 * }</pre>
 *
 * <p>For soft assertions use {@link SoftOrreryAssertions}.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class OrreryAssertions {

    private OrreryAssertions() {}

    /**
     * Start assertions on a finished execution.
     *
     * <pre>{@code
     * assertThat(execution).succeeded();   // passes when it succeeded
     * assertThat(execution).failed();      // fails when it succeeded
     * }</pre>
     *
     * @param actual the execution, may be {@code null} (every assertion then fails)
     * @return the assert
     */
    @CheckReturnValue
    public static ExecutionAssert assertThat(@Nullable Execution actual) {
        return new ExecutionAssert(actual);
    }

    /**
     * Start assertions on the answer of a state tested in isolation.
     *
     * <pre>{@code
     * assertThat(StateTester.of(definition).state("Charge").mock(error).test())
     *         .hasStatus(CAUGHT_ERROR).hasNextState("Refund");   // passes when a catcher goes to Refund
     * }</pre>
     *
     * @param actual the result, may be {@code null} (every assertion then fails)
     * @return the assert
     */
    @CheckReturnValue
    public static TestStateResultAssert assertThat(@Nullable TestStateResult actual) {
        return new TestStateResultAssert(actual);
    }

    /**
     * Start assertions on the replay of a recorded execution.
     *
     * <pre>{@code
     * assertThat(Replay.of(recording).against(machine)).reproducesRecording();   // passes when nothing diverged
     * assertThat(Replay.of(recording).against(changed)).divergesAt("Route");      // passes when Route went elsewhere
     * }</pre>
     *
     * @param actual the replay result, may be {@code null} (every assertion then fails)
     * @return the assert
     */
    @CheckReturnValue
    public static ReplayResultAssert assertThat(@Nullable ReplayResult actual) {
        return new ReplayResultAssert(actual);
    }

    /**
     * Start assertions on the Task calls recorded by a mock session.
     *
     * <pre>{@code
     * assertThat(session).hasCalled("ChargeCard", 1);   // passes when ChargeCard was called once
     * assertThat(session).neverCalled("ChargeCard");    // fails then
     * }</pre>
     *
     * @param actual the session, may be {@code null} (every assertion then fails)
     * @return the assert
     */
    @CheckReturnValue
    public static MockSessionAssert assertThat(@Nullable MockSession actual) {
        return new MockSessionAssert(actual);
    }

    /**
     * Start BDD-style assertions on the Task calls recorded by a mock session; same as
     * {@link #assertThat(MockSession)}.
     *
     * @param actual the session, may be {@code null} (every assertion then fails)
     * @return the assert
     */
    @CheckReturnValue
    public static MockSessionAssert then(@Nullable MockSession actual) {
        return new MockSessionAssert(actual);
    }

    /**
     * Start assertions on a JSON value.
     *
     * <pre>{@code
     * assertThat(execution.output()).at("$.status").isEqualTo("PAID");   // passes for {"status": "PAID"}
     * assertThat(execution.output()).at("$.status").isMissing();          // fails then
     * }</pre>
     *
     * @param actual the value, {@code null} meaning missing
     * @return the assert
     */
    @CheckReturnValue
    public static JsonAssert assertThat(@Nullable JsonNode actual) {
        return new JsonAssert(JsonValue.of("JSON", actual));
    }

    /**
     * Start assertions on JSON text.
     *
     * <pre>{@code
     * assertThatJson("{\"a\": [1, 2]}").at("$.a[1]").isEqualTo(2);   // passes
     * assertThatJson("{\"a\": [1, 2]}").at("$.a[2]").isEqualTo(2);   // fails: nothing is at $.a[2]
     * }</pre>
     *
     * @param json the JSON text, never {@code null}
     * @return the assert
     * @throws IllegalArgumentException when the text is not JSON
     */
    @CheckReturnValue
    public static JsonAssert assertThatJson(String json) {
        try {
            return assertThat(StrictJson.read(json));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Not valid JSON" + JsonAssert.at(e) + ": " + e.getOriginalMessage(), e);
        }
    }

    /**
     * Start BDD-style assertions on a finished execution; the same as {@link #assertThat(Execution)}.
     *
     * <pre>{@code
     * then(execution).succeeded();   // passes when it succeeded
     * then(execution).timedOut();    // fails when it succeeded
     * }</pre>
     *
     * @param actual the execution
     * @return the assert
     */
    @CheckReturnValue
    public static ExecutionAssert then(@Nullable Execution actual) {
        return assertThat(actual);
    }

    /**
     * Start BDD-style assertions on a JSON value; the same as {@link #assertThat(JsonNode)}.
     *
     * <pre>{@code
     * then(execution.output()).isEqualToJson("{\"ok\": true}");   // passes for {"ok": true}
     * then(execution.output()).isEqualToJson("{\"ok\": false}");  // fails then
     * }</pre>
     *
     * @param actual the value, {@code null} meaning missing
     * @return the assert
     */
    @CheckReturnValue
    public static JsonAssert then(@Nullable JsonNode actual) {
        return assertThat(actual);
    }

    /**
     * Start BDD-style assertions on JSON text; the same as {@link #assertThatJson(String)}.
     *
     * <pre>{@code
     * thenJson("[1, 2]").asList().containsExactly(1, 2);   // passes
     * thenJson("[1, 2]").asList().containsExactly(2, 1);   // fails: order matters in arrays
     * }</pre>
     *
     * @param json the JSON text, never {@code null}
     * @return the assert
     */
    @CheckReturnValue
    public static JsonAssert thenJson(String json) {
        return assertThatJson(json);
    }
}
