package dev.orrery.assertj;

import static dev.orrery.assertj.Executions.expectAssertionError;
import static dev.orrery.assertj.Executions.json;
import static dev.orrery.assertj.Executions.shipped;
import static org.assertj.core.api.BDDAssertions.then;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.orrery.run.Execution;
import java.util.List;
import org.assertj.core.api.SoftAssertions;
import org.assertj.core.api.junit.jupiter.InjectSoftAssertions;
import org.assertj.core.api.junit.jupiter.SoftAssertionsExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

class SoftAssertionsTests {

    private final Execution shipped = shipped();

    @Test
    void collects_failures_of_executions_states_and_navigated_json() {
        // GIVEN
        SoftOrreryAssertions softly = new SoftOrreryAssertions();
        // WHEN
        softly.assertThat(shipped).failed().hasPath("Validate");
        softly.assertThat(shipped).state("Ship").wasNotEntered();
        softly.assertThat(shipped).state("Poll").output().at("$.done").isEqualTo(true);
        softly.assertThat(shipped).output().at("$.payment.status").isEqualTo("DECLINED");
        softly.assertThat(shipped).output().at("$.orderId").asText().isEqualTo("42");
        softly.assertThat(shipped).output().at("$.validation.valid").asBoolean().isFalse();
        softly.assertThat(json("{'a': 1}")).at("$.a").isMissing();
        // THEN
        List<String> messages = softly.errorsCollected().stream().map(Throwable::getMessage).toList();
        then(messages).hasSize(11);
        then(messages.get(0)).startsWith("Expecting execution \"order-42\" to have status FAILED");
        then(messages.get(1)).startsWith("Expecting execution \"order-42\" to have followed path:");
        then(messages.get(2)).startsWith("Expecting state \"Ship\" of execution \"order-42\" to have been entered");
        then(messages.get(3))
                .startsWith("Expecting the state machine of execution \"order-42\" to have a state named:");
        then(messages.get(4)).startsWith("Expecting state \"Poll\" of execution \"order-42\" to have exactly one");
        then(messages.get(5))
                .startsWith("Expecting output of state \"Poll\" of execution \"order-42\" (no single visit)");
        then(messages.get(6)).startsWith("Expecting output of execution \"order-42\" at \"$.payment.status\"");
        then(messages.get(7))
                .startsWith("Expecting output of execution \"order-42\" at \"$.orderId\" to be a string");
        then(messages.get(8)).contains("expected: \"42\"").contains("but was: null");
        then(messages.get(9)).contains("Expecting value to be false but was true");
        then(messages.get(10)).startsWith("Expecting JSON at \"$.a\" to be missing");
    }

    @Test
    void reports_every_failure_at_assert_all() {
        SoftOrreryAssertions softly = new SoftOrreryAssertions();
        softly.assertThat(shipped).succeeded().hasTransitionCount(5).endedAt("Refund");

        AssertionError error = expectAssertionError(softly::assertAll);

        then(error).hasMessageContaining("Multiple Failures (2 failures)")
                .hasMessageContaining("to have made transitions:").hasMessageContaining("to have ended at state:");
    }

    @Test
    void passes_when_nothing_failed() {
        SoftOrreryAssertions.assertSoftly(softly -> {
            softly.assertThat(shipped).succeeded().hasPath("Validate", "ChargeCard", "Ship");
            softly.assertThat(shipped).state("ChargeCard").parameters().at("$.Payload.amount").asNumber()
                    .isEqualByComparingTo("10");
            softly.assertThat(shipped).output().at("$.payment").asMap().containsEntry("status", "PAID");
        });
    }

    @Test
    void fails_assert_softly_with_every_failure() {
        AssertionError error = expectAssertionError(() -> SoftOrreryAssertions.assertSoftly(softly -> {
            softly.assertThat(shipped).failed();
            softly.assertThat(shipped).neverVisited("Ship");
        }));

        then(error).hasMessageContaining("Multiple Failures (2 failures)");
    }

    @Test
    void mixes_into_assertj_soft_assertions_through_the_provider_interface() {
        MixedSoftAssertions softly = new MixedSoftAssertions();
        softly.assertThat(shipped).timedOut();
        softly.assertThat("text").isEmpty();

        then(softly.errorsCollected()).hasSize(2);
    }

    @Test
    void works_with_the_soft_assertions_extension_and_injection() {
        Launcher launcher = LauncherFactory.create();
        SummaryGeneratingListener listener = new SummaryGeneratingListener();

        launcher.execute(LauncherDiscoveryRequestBuilder.request()
                .selectors(selectClass(InjectedSoftAssertionsCase.class)).build(), listener);

        TestExecutionSummary summary = listener.getSummary();
        then(summary.getTestsSucceededCount()).isEqualTo(1);
        then(summary.getTestsFailedCount()).isEqualTo(1);
        then(summary.getFailures().get(0).getException())
                .hasMessageContaining("Multiple Failures (2 failures)")
                .hasMessageContaining("to have status FAILED but it was SUCCEEDED")
                .hasMessageContaining("Expecting output of execution \"order-42\" at \"$.payment.status\"");
    }

    /** AssertJ's own soft assertions with Orrery's entry points mixed in. */
    static class MixedSoftAssertions extends SoftAssertions implements OrrerySoftAssertionsProvider {}

    /** Run by the launcher above only: one passing and one failing test with injected soft assertions. */
    @ExtendWith(SoftAssertionsExtension.class)
    static class InjectedSoftAssertionsCase {

        @InjectSoftAssertions
        SoftOrreryAssertions softly;

        @Test
        void passes() {
            softly.assertThat(shipped()).succeeded().output().at("$.payment.status").isEqualTo("PAID");
        }

        @Test
        void fails_twice() {
            softly.assertThat(shipped()).failed();
            softly.assertThat(shipped()).output().at("$.payment.status").isEqualTo("DECLINED");
        }
    }
}
