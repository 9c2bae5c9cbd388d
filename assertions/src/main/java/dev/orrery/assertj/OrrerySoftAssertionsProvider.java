package dev.orrery.assertj;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orrery.mock.MockSession;
import dev.orrery.replay.ReplayResult;
import dev.orrery.run.Execution;
import org.apiguardian.api.API;
import org.assertj.core.annotation.CheckReturnValue;
import org.assertj.core.api.SoftAssertionsProvider;
import org.jspecify.annotations.Nullable;

/**
 * Soft versions of Orrery's entry points, for any AssertJ {@link SoftAssertionsProvider}: mix this interface into
 * your own soft assertions class, or use {@link SoftOrreryAssertions}. Asserts reached by navigation
 * ({@code state(...)}, {@code output()}, {@code at(...)}) are soft too.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public interface OrrerySoftAssertionsProvider extends SoftAssertionsProvider {

    /**
     * Start soft assertions on a finished execution; failures are collected instead of thrown.
     *
     * <pre>{@code
     * softly.assertThat(execution).succeeded().hasPath("A", "B");   // both checked even when the first fails
     * softly.assertThat(execution).failed();   // collected when it succeeded; reported by assertAll()
     * }</pre>
     *
     * @param actual the execution
     * @return the soft assert
     */
    @CheckReturnValue
    default ExecutionAssert assertThat(@Nullable Execution actual) {
        ExecutionAssert soft = proxy(ExecutionAssert.class, Execution.class, actual);
        soft.navigator = Navigator.soft(this);
        return soft;
    }

    /**
     * Start soft assertions on a JSON value; failures are collected instead of thrown.
     *
     * <pre>{@code
     * softly.assertThat(output).at("$.status").isEqualTo("PAID");   // passes for {"status": "PAID"}
     * softly.assertThat(output).at("$.status").isMissing();         // collected, then reported by assertAll()
     * }</pre>
     *
     * @param actual the value, {@code null} meaning missing
     * @return the soft assert
     */
    @CheckReturnValue
    default JsonAssert assertThat(@Nullable JsonNode actual) {
        return JsonAssert.navigate(Navigator.soft(this), JsonValue.of("JSON", actual));
    }

    /**
     * Start soft assertions on the Task calls recorded by a mock session; failures are collected.
     *
     * <pre>{@code
     * softly.assertThat(session).hasCalled("ChargeCard", 1).hasNoUnusedMocks();   // both checked
     * }</pre>
     *
     * @param actual the session
     * @return the soft assert
     */
    @CheckReturnValue
    default MockSessionAssert assertThat(@Nullable MockSession actual) {
        MockSessionAssert soft = proxy(MockSessionAssert.class, MockSession.class, actual);
        soft.navigator = Navigator.soft(this);
        return soft;
    }

    /**
     * Start soft assertions on the replay of a recorded execution; failures are collected.
     *
     * <pre>{@code
     * softly.assertThat(replay).divergesAt("Route");   // checked with the other soft assertions
     * }</pre>
     *
     * @param actual the replay result
     * @return the soft assert
     */
    @CheckReturnValue
    default ReplayResultAssert assertThat(@Nullable ReplayResult actual) {
        return proxy(ReplayResultAssert.class, ReplayResult.class, actual);
    }
}
