package dev.orrery.assertj;

import static dev.orrery.assertj.Executions.expectAssertionError;
import static dev.orrery.assertj.Executions.refunded;
import static dev.orrery.assertj.Executions.shipped;
import static dev.orrery.assertj.Executions.stolen;
import static dev.orrery.assertj.OrreryAssertions.assertThat;
import static org.assertj.core.api.BDDAssertions.then;

import dev.orrery.history.HistoryEvent;
import dev.orrery.run.Execution;
import dev.orrery.run.ExecutionStatus;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ExecutionAssertTests {

    private static final String SHIPPED_OUTCOME = ""
            + "  output: {\"orderId\":42,\"amount\":10,\"validation\":{\"valid\":true},"
            + "\"payment\":{\"status\":\"PAID\"}}\n"
            + "  path: [Validate, ChargeCard, Ship]";
    private static final String STOLEN_OUTCOME = ""
            + "  error: \"Payment.Fatal\"\n"
            + "  cause: \"card stolen\"\n"
            + "  in state: \"ChargeCard\"\n"
            + "  path: [Validate, ChargeCard]";

    private final Execution shipped = shipped();
    private final Execution refunded = refunded();
    private final Execution stolen = stolen();

    @Test
    void passes_on_the_status_it_ended_with() {
        assertThat(shipped).succeeded().hasStatus(ExecutionStatus.SUCCEEDED);
        assertThat(stolen).failed().failedWith("Payment.Fatal").failedWith("Payment.Fatal", "card stolen");
    }

    @Test
    void fails_on_another_status_printing_error_cause_state_and_path() {
        AssertionError error = expectAssertionError(() -> assertThat(stolen).succeeded());

        then(error).hasMessage("Expecting execution \"order-42\" to have status SUCCEEDED but it was FAILED:\n"
                + STOLEN_OUTCOME);
    }

    @Test
    void fails_on_another_status_printing_the_output_of_a_success() {
        then(expectAssertionError(() -> assertThat(shipped).failed())).hasMessage(
                "Expecting execution \"order-42\" to have status FAILED but it was SUCCEEDED:\n" + SHIPPED_OUTCOME);
        then(expectAssertionError(() -> assertThat(shipped).timedOut())).hasMessageStartingWith(
                "Expecting execution \"order-42\" to have status TIMED_OUT but it was SUCCEEDED:");
        then(expectAssertionError(() -> assertThat(shipped).aborted())).hasMessageStartingWith(
                "Expecting execution \"order-42\" to have status ABORTED but it was SUCCEEDED:");
    }

    @Test
    void fails_with_another_error() {
        AssertionError error = expectAssertionError(() -> assertThat(stolen).failedWith("States.Timeout"));

        then(error).hasMessage("""
                Expecting execution "order-42" to have error:
                  "States.Timeout"
                but its error was:
                  "Payment.Fatal"
                with status FAILED:
                """ + STOLEN_OUTCOME);
    }

    @Test
    void fails_with_another_cause() {
        AssertionError error = expectAssertionError(
                () -> assertThat(stolen).failedWith("Payment.Fatal", "card expired"));

        then(error).hasMessage("""
                Expecting execution "order-42" to have cause:
                  "card expired"
                but its cause was:
                  "card stolen"
                with status FAILED:
                """ + STOLEN_OUTCOME);
    }

    @Test
    void compares_error_and_cause_by_containing_and_matching() {
        assertThat(stolen).hasError("Payment.Fatal").hasErrorContaining("Fatal").hasErrorMatching("Payment\\..*")
                .hasCause("card stolen").hasCauseContaining("stolen").hasCauseMatching("card .*");
    }

    @Test
    void fails_when_the_error_does_not_contain_or_match() {
        then(expectAssertionError(() -> assertThat(stolen).hasErrorContaining("Timeout"))).hasMessageStartingWith("""
                Expecting execution "order-42" to have error containing:
                  "Timeout"
                but its error was:
                  "Payment.Fatal"
                """);
        then(expectAssertionError(() -> assertThat(stolen).hasErrorMatching("States\\..*"))).hasMessageStartingWith(
                "Expecting execution \"order-42\" to have error matching:\n  \"States\\..*\"\n");
        then(expectAssertionError(() -> assertThat(stolen).hasCauseMatching("stolen"))).hasMessageStartingWith(
                "Expecting execution \"order-42\" to have cause matching:\n  \"stolen\"\n");
    }

    @Test
    void fails_on_a_cause_when_there_is_none() {
        AssertionError error = expectAssertionError(() -> assertThat(shipped).hasCauseContaining("Payment"));

        then(error).hasMessage("""
                Expecting execution "order-42" to have cause containing:
                  "Payment"
                but its cause was:
                  null
                with status SUCCEEDED:
                """ + SHIPPED_OUTCOME);
    }

    @Test
    void passes_on_the_path_it_followed() {
        assertThat(shipped).hasPath("Validate", "ChargeCard", "Ship")
                .hasPathStartingWith("Validate", "ChargeCard")
                .endedAt("Ship")
                .hasVisitedInOrder("Validate", "Ship")
                .hasVisited("Ship", "Validate")
                .neverVisited("Refund")
                .hasVisitedTimes("Ship", 1)
                .hasVisitedTimes("Refund", 0)
                .hasTransitionCount(2);
    }

    @Test
    void fails_on_another_path_printing_the_first_difference_and_the_catch_before_it() {
        AssertionError error = expectAssertionError(
                () -> assertThat(refunded).hasPath("Validate", "ChargeCard", "Ship"));

        then(error).hasMessage("""
                Expecting execution "order-42" to have followed path:
                  [Validate, ChargeCard, Ship]
                but it followed:
                  [Validate, ChargeCard, Refund]
                first difference at step 3: expected "Ship" but was "Refund"
                  (ChargeCard caught Payment.Declined after 2 retries at 2025-01-01T00:00:03Z)""");
    }

    @Test
    void fails_on_a_path_that_is_longer_or_shorter() {
        then(expectAssertionError(() -> assertThat(shipped).hasPath("Validate"))).hasMessage("""
                Expecting execution "order-42" to have followed path:
                  [Validate]
                but it followed:
                  [Validate, ChargeCard, Ship]
                first difference at step 2: expected the path to end but was "ChargeCard\"""");
        then(expectAssertionError(() -> assertThat(shipped).hasPath("Validate", "ChargeCard", "Ship", "Refund")))
                .hasMessageEndingWith("first difference at step 4: expected \"Refund\" but the path ended");
    }

    @Test
    void fails_on_another_start() {
        then(expectAssertionError(() -> assertThat(shipped).hasPathStartingWith("ChargeCard"))).hasMessage("""
                Expecting execution "order-42" to have started with path:
                  [ChargeCard]
                but it followed:
                  [Validate, ChargeCard, Ship]
                first difference at step 1: expected "ChargeCard" but was "Validate\"""");
    }

    @Test
    void fails_on_another_last_state() {
        then(expectAssertionError(() -> assertThat(shipped).endedAt("Refund"))).hasMessage("""
                Expecting execution "order-42" to have ended at state:
                  "Refund"
                but it ended at:
                  "Ship"
                path:
                  [Validate, ChargeCard, Ship]""");
    }

    @Test
    void fails_on_states_visited_out_of_order_or_never() {
        then(expectAssertionError(() -> assertThat(shipped).hasVisitedInOrder("Ship", "Validate"))).hasMessage("""
                Expecting execution "order-42" to have visited in order:
                  [Ship, Validate]
                but it followed:
                  [Validate, ChargeCard, Ship]
                "Validate" was not visited after "Ship" (step 3)""");
        then(expectAssertionError(() -> assertThat(shipped).hasVisitedInOrder("Validate", "Refund")))
                .hasMessageEndingWith("\"Refund\" was never visited");
    }

    @Test
    void fails_on_states_never_visited() {
        then(expectAssertionError(() -> assertThat(shipped).hasVisited("Ship", "Refund"))).hasMessage("""
                Expecting execution "order-42" to have visited:
                  [Ship, Refund]
                but it followed:
                  [Validate, ChargeCard, Ship]
                never visited: [Refund]""");
    }

    @Test
    void fails_on_states_that_should_never_have_been_visited() {
        then(expectAssertionError(() -> assertThat(shipped).neverVisited("Refund", "Ship"))).hasMessage("""
                Expecting execution "order-42" never to have visited:
                  [Refund, Ship]
                but it followed:
                  [Validate, ChargeCard, Ship]
                "Ship" was visited at step 3""");
    }

    @Test
    void fails_on_another_number_of_visits() {
        then(expectAssertionError(() -> assertThat(shipped).hasVisitedTimes("Ship", 2))).hasMessage("""
                Expecting execution "order-42" to have visited "Ship":
                  2 times
                but it did:
                  1 time
                path:
                  [Validate, ChargeCard, Ship]""");
    }

    @Test
    void fails_on_another_number_of_transitions() {
        then(expectAssertionError(() -> assertThat(shipped).hasTransitionCount(3))).hasMessage("""
                Expecting execution "order-42" to have made transitions:
                  3
                but it made:
                  2
                path:
                  [Validate, ChargeCard, Ship]""");
    }

    @Test
    void counts_retries_and_catches_over_all_states() {
        assertThat(refunded).hasRetries(2).hasCatches(1);
        assertThat(shipped).hasRetries(0).hasCatches(0);
    }

    @Test
    void fails_on_another_number_of_retries_listing_them_by_state() {
        then(expectAssertionError(() -> assertThat(refunded).hasRetries(0))).hasMessage("""
                Expecting execution "order-42" to have retried:
                  0 times
                but it did:
                  2 times
                retries by state:
                  [ChargeCard: 2]""");
    }

    @Test
    void fails_on_another_number_of_catches_listing_the_errors() {
        then(expectAssertionError(() -> assertThat(refunded).hasCatches(0))).hasMessage("""
                Expecting execution "order-42" to have caught errors:
                  0 times
                but it did:
                  1 time
                caught errors:
                  [ChargeCard: Payment.Declined]""");
    }

    @Test
    void passes_on_its_virtual_times() {
        assertThat(shipped).startedAt(Instant.parse("2025-01-01T00:00:00Z"))
                .stoppedAt(Instant.parse("2025-01-01T02:00:00Z"))
                .tookVirtualTime(Duration.ofHours(2));
    }

    @Test
    void fails_on_other_virtual_times() {
        then(expectAssertionError(() -> assertThat(shipped).tookVirtualTime(Duration.ofMinutes(1)))).hasMessage("""
                Expecting execution "order-42" to have taken virtual time:
                  1m 0s
                but was:
                  2h 0m 0s""");
        then(expectAssertionError(() -> assertThat(shipped).startedAt(Instant.EPOCH))).hasMessage("""
                Expecting execution "order-42" to have started at:
                  1970-01-01T00:00:00Z
                but was:
                  2025-01-01T00:00:00Z""");
        then(expectAssertionError(() -> assertThat(shipped).stoppedAt(Instant.EPOCH))).hasMessage("""
                Expecting execution "order-42" to have stopped at:
                  1970-01-01T00:00:00Z
                but was:
                  2025-01-01T02:00:00Z""");
    }

    @Test
    void navigates_to_input_and_output() {
        assertThat(shipped).input().isEqualToJson("{\"amount\": 10, \"orderId\": 42}");
        assertThat(shipped).output().at("$.payment.status").isEqualTo("PAID");
        assertThat(stolen).output().isMissing();
    }

    @Test
    void fails_on_the_output_of_a_failed_execution() {
        then(expectAssertionError(() -> assertThat(stolen).output().isEqualToJson("{}"))).hasMessage("""
                Expecting output of execution "order-42" at "$" to be equal to:
                  {}
                but was:
                  (missing)""");
    }

    @Test
    void navigates_to_the_history_events() {
        assertThat(refunded).history().extracting(HistoryEvent::type)
                .containsSubsequence("TaskFailed", "TaskFailed", "TaskFailed", "TaskStateExited");
        assertThat(refunded).hasEvent("TaskFailed").hasEventForState("TaskFailed", "ChargeCard");
    }

    @Test
    void fails_on_an_event_that_did_not_happen() {
        then(expectAssertionError(() -> assertThat(shipped).hasEvent("TaskFailed"))).hasMessage("""
                Expecting execution "order-42" to have an event of type:
                  "TaskFailed"
                but its events were:
                  [ExecutionStarted, PassStateEntered, PassStateExited, TaskStateEntered, TaskScheduled, \
                TaskStarted, TaskSucceeded, TaskStateExited, WaitStateEntered, WaitStateExited, \
                ExecutionSucceeded]""");
    }

    @Test
    void fails_on_an_event_that_did_not_happen_in_the_state() {
        then(expectAssertionError(() -> assertThat(refunded).hasEventForState("TaskFailed", "Validate")))
                .hasMessage("""
                        Expecting execution "order-42" to have an event of type:
                          "TaskFailed"
                        but its events for state "Validate" were:
                          [PassStateEntered, PassStateExited]""");
    }

    @Test
    void fails_on_a_history_list_assertion_with_assertj_own_message() {
        then(expectAssertionError(() -> assertThat(shipped).history().hasSize(1)))
                .hasMessageContaining("Expected size: 1 but was: 11");
    }

    @Test
    void prefixes_the_message_with_the_description() {
        then(expectAssertionError(() -> assertThat(shipped).as("checkout").hasTransitionCount(3)))
                .hasMessageStartingWith("[checkout] Expecting execution \"order-42\" to have made transitions:");
    }

    @Test
    void fails_on_a_null_execution() {
        then(expectAssertionError(() -> assertThat((Execution) null).succeeded()))
                .hasMessageContaining("Expecting actual not to be null");
    }

    @Test
    void reads_the_same_in_bdd_style() {
        OrreryAssertions.then(shipped).succeeded().hasPath("Validate", "ChargeCard", "Ship");
        then(expectAssertionError(() -> OrreryAssertions.then(shipped).failed()))
                .hasMessageStartingWith("Expecting execution \"order-42\" to have status FAILED");
    }
}
