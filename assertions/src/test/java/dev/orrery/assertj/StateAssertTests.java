package dev.orrery.assertj;

import static dev.orrery.assertj.Executions.expectAssertionError;
import static dev.orrery.assertj.Executions.json;
import static dev.orrery.assertj.Executions.refunded;
import static dev.orrery.assertj.Executions.run;
import static dev.orrery.assertj.Executions.shipped;
import static dev.orrery.assertj.Executions.stolen;
import static dev.orrery.assertj.OrreryAssertions.assertThat;
import static org.assertj.core.api.BDDAssertions.then;

import dev.orrery.mock.TaskMocks;
import dev.orrery.run.Execution;
import dev.orrery.spi.TaskOutcome;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class StateAssertTests {

    private static final String POLL = """
            {'StartAt': 'Poll', 'States': {
             'Poll': {'Type': 'Task', 'Resource': 'arn:aws:states:::lambda:invoke',
                      'Parameters': {'FunctionName': 'poll', 'Payload': {'page.$': '$.page'}}, 'Next': 'Done?'},
             'Done?': {'Type': 'Choice', 'Choices': [{'Variable': '$.done', 'BooleanEquals': true,
                                                      'Next': 'Finish'}], 'Default': 'Poll'},
             'Finish': {'Type': 'Succeed'}}}""";

    private final Execution shipped = shipped();
    private final Execution refunded = refunded();
    private final Execution polled = run(POLL, "{'page': 1}", TaskMocks.builder().respond("Poll",
            TaskOutcome.success(json("{'done': false, 'page': 2}")),
            TaskOutcome.success(json("{'done': true, 'page': 3}"))).build());

    @Test
    void passes_on_entries_retries_catches_and_transitions() {
        assertThat(refunded).state("ChargeCard").wasEntered().wasEnteredTimes(1).wasRetried(2)
                .caughtError("Payment.Declined").transitionedTo("Refund");
        assertThat(shipped).state("Refund").wasNotEntered().wasEnteredTimes(0);
        assertThat(polled).state("Poll").wasEnteredTimes(2).wasRetried(0).transitionedTo("Done?");
        assertThat(polled).state("Done?").transitionedTo("Poll").transitionedTo("Finish");
    }

    @Test
    void fails_on_a_state_never_entered() {
        then(expectAssertionError(() -> assertThat(shipped).state("Refund").wasEntered())).hasMessage("""
                Expecting state "Refund" of execution "order-42" to have been entered:
                  at least 1 time
                but it was:
                  0 times
                path:
                  [Validate, ChargeCard, Ship]""");
    }

    @Test
    void fails_on_another_number_of_entries() {
        then(expectAssertionError(() -> assertThat(shipped).state("Ship").wasNotEntered())).hasMessage("""
                Expecting state "Ship" of execution "order-42" to have been entered:
                  0 times
                but it was:
                  1 time
                path:
                  [Validate, ChargeCard, Ship]""");
        then(expectAssertionError(() -> assertThat(polled).state("Poll").wasEnteredTimes(1)))
                .hasMessageContaining("to have been entered:\n  1 time\nbut it was:\n  2 times\n");
    }

    @Test
    void fails_on_another_number_of_retries_listing_them_by_visit() {
        then(expectAssertionError(() -> assertThat(refunded).state("ChargeCard").wasRetried(1))).hasMessage("""
                Expecting state "ChargeCard" of execution "order-42" to have been retried:
                  1 time
                but it was retried:
                  2 times
                retries by visit:
                  [2]""");
    }

    @Test
    void fails_on_another_caught_error() {
        then(expectAssertionError(() -> assertThat(refunded).state("ChargeCard").caughtError("States.Timeout")))
                .hasMessage("""
                        Expecting state "ChargeCard" of execution "order-42" to have caught error:
                          "States.Timeout"
                        but it caught:
                          ["Payment.Declined"]
                        path:
                          [Validate, ChargeCard, Refund]""");
    }

    @Test
    void fails_on_a_caught_error_when_it_was_uncaught_or_none() {
        then(expectAssertionError(() -> assertThat(stolen()).state("ChargeCard").caughtError("Payment.Fatal")))
                .hasMessage("""
                        Expecting state "ChargeCard" of execution "order-42" to have caught error:
                          "Payment.Fatal"
                        but it failed with uncaught error:
                          "Payment.Fatal"
                        path:
                          [Validate, ChargeCard]""");
        then(expectAssertionError(() -> assertThat(shipped).state("ChargeCard").caughtError("Payment.Declined")))
                .hasMessageContaining("but it raised no error\n");
        then(expectAssertionError(() -> assertThat(shipped).state("Refund").caughtError("Payment.Declined")))
                .hasMessageContaining("but it was never entered\n");
    }

    @Test
    void fails_on_a_transition_that_did_not_happen() {
        then(expectAssertionError(() -> assertThat(shipped).state("ChargeCard").transitionedTo("Refund")))
                .hasMessage("""
                        Expecting state "ChargeCard" of execution "order-42" to have transitioned to:
                          "Refund"
                        but it transitioned to:
                          [Ship]
                        path:
                          [Validate, ChargeCard, Ship]""");
    }

    @Test
    void navigates_to_input_output_and_effective_parameters() {
        assertThat(shipped).state("ChargeCard").input().at("$.validation.valid").asBoolean().isTrue();
        assertThat(shipped).state("ChargeCard").output().at("$.payment.status").isEqualTo("PAID");
        assertThat(shipped).state("ChargeCard").parameters()
                .isEqualToJson("{\"Payload\": {\"amount\": 10}, \"FunctionName\": \"charge\"}");
        assertThat(shipped).state("Validate").parameters().isMissing();
        assertThat(polled).state("Poll").parameters(1).at("$.Payload.page").isEqualTo(2);
        assertThat(polled).state("Poll").input(1).at("$.page").isEqualTo(2);
        assertThat(polled).state("Poll").output(1).at("$.done").isEqualTo(true);
    }

    @Test
    void fails_on_parameters_printing_their_location() {
        then(expectAssertionError(
                () -> assertThat(shipped).state("ChargeCard").parameters().at("$.Payload.amount").isEqualTo(11)))
                .hasMessage("""
                        Expecting parameters of state "ChargeCard" of execution "order-42" (visit 0) at \
                        "$.Payload.amount" to be equal to:
                          11
                        but was:
                          10""");
    }

    @Test
    void fails_to_choose_a_visit_of_a_state_entered_more_than_once() {
        then(expectAssertionError(() -> assertThat(polled).state("Poll").output())).hasMessage("""
                Expecting state "Poll" of execution "order-42" to have exactly one visit but it was entered \
                2 times; choose one with input(index), output(index) or parameters(index)
                path:
                  [Poll, Done?, Poll, Done?, Finish]""");
    }

    @Test
    void fails_to_choose_a_visit_of_a_state_never_entered_or_beyond_the_last() {
        then(expectAssertionError(() -> assertThat(shipped).state("Refund").input())).hasMessage("""
                Expecting state "Refund" of execution "order-42" to have exactly one visit but it was entered \
                0 times
                path:
                  [Validate, ChargeCard, Ship]""");
        then(expectAssertionError(() -> assertThat(shipped).state("Ship").output(3))).hasMessage("""
                Expecting state "Ship" of execution "order-42" to have visit 3 (0-based) but it was entered 1 time
                path:
                  [Validate, ChargeCard, Ship]""");
    }

    @Test
    void navigates_to_the_variables_a_visit_assigned() {
        assertThat(shipped).state("Validate").assignedVariables(0).isMissing();
    }

    @Test
    void passes_on_entry_and_exit_times() {
        assertThat(shipped).state("Ship").wasEnteredAt(Instant.parse("2025-01-01T00:00:00Z"))
                .wasExitedAt(Instant.parse("2025-01-01T02:00:00Z"));
    }

    @Test
    void fails_on_other_entry_and_exit_times() {
        then(expectAssertionError(
                () -> assertThat(shipped).state("Ship").wasEnteredAt(Instant.parse("2025-01-01T02:00:00Z"))))
                .hasMessage("""
                        Expecting state "Ship" of execution "order-42" to have been entered at:
                          2025-01-01T02:00:00Z
                        but was:
                          [2025-01-01T00:00:00Z]""");
        then(expectAssertionError(() -> assertThat(stolen()).state("ChargeCard").wasExitedAt(Instant.EPOCH)))
                .hasMessage("""
                        Expecting state "ChargeCard" of execution "order-42" to have been exited at:
                          1970-01-01T00:00:00Z
                        but was:
                          [null]""");
    }

    @Test
    void passes_on_the_requests_its_task_received_retries_included() {
        assertThat(refunded).state("ChargeCard").wasCalledTimes(3).requests().hasSize(3)
                .allMatch(request -> request.equals(json("{'FunctionName': 'charge', 'Payload': {'amount': 10}}")));
        assertThat(shipped).state("Validate").wasCalledTimes(0).requests().isEmpty();
    }

    @Test
    void fails_on_another_number_of_task_calls_printing_the_requests() {
        then(expectAssertionError(() -> assertThat(shipped).state("ChargeCard").wasCalledTimes(2))).hasMessage("""
                Expecting state "ChargeCard" of execution "order-42" to have called its task:
                  2 times
                but it did:
                  1 time
                requests:
                  [{"FunctionName":"charge","Payload":{"amount":10}}]""");
    }

    @Test
    void navigates_to_the_data_flow_stages_of_a_visit() {
        assertThat(shipped).state("ChargeCard").afterInputPath().at("$.amount").isEqualTo(10);
        assertThat(shipped).state("ChargeCard").afterParameters()
                .isEqualToJson("{\"FunctionName\": \"charge\", \"Payload\": {\"amount\": 10}}");
        assertThat(shipped).state("ChargeCard").afterResultPath().at("$.orderId").isEqualTo(42);
        assertThat(shipped).state("ChargeCard").afterArguments().isMissing();
        assertThat(shipped).state("Validate").result().isEqualToJson("{\"valid\": true}");
    }

    @Test
    void fails_on_a_stage_the_visit_did_not_record() {
        then(expectAssertionError(() -> assertThat(shipped).state("Ship").afterParameters().isEqualToJson("{}")))
                .hasMessageContaining("afterParameters of state \"Ship\"");
    }
}
