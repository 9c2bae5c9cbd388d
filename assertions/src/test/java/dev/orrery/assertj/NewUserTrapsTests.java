package dev.orrery.assertj;

import static dev.orrery.assertj.Executions.expectAssertionError;
import static dev.orrery.assertj.Executions.refunded;
import static dev.orrery.assertj.Executions.shipped;
import static dev.orrery.assertj.OrreryAssertions.assertThat;
import static org.assertj.core.api.BDDAssertions.then;

import dev.orrery.model.StateMachine;
import dev.orrery.parse.AslParser;
import dev.orrery.run.Execution;
import dev.orrery.run.StateVisit;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class NewUserTrapsTests {

    private static final Instant START = Instant.parse("2025-01-01T00:00:00Z");

    private final Execution shipped = shipped();
    private final Execution refunded = refunded();

    @Test
    void suggests_the_closest_state_when_a_state_name_was_never_entered() {
        then(expectAssertionError(() -> assertThat(shipped).state("Charge card").wasEntered())).hasMessage("""
                Expecting state "Charge card" of execution "order-42" to have been entered:
                  at least 1 time
                but it was:
                  0 times
                path:
                  [Validate, ChargeCard, Ship]
                no state named "Charge card" was entered; did you mean "ChargeCard"?""");
        then(expectAssertionError(() -> assertThat(shipped).state("chargecard").output()))
                .hasMessageEndingWith("no state named \"chargecard\" was entered; did you mean \"ChargeCard\"?");
    }

    @Test
    void says_there_is_no_such_state_when_told_the_state_machine() {
        StateMachine machine = AslParser.parse(Executions.ORDER.replace('\'', '"')).orThrow();

        assertThat(shipped).definedBy(machine).state("Refund").wasNotEntered();
        then(expectAssertionError(() -> assertThat(shipped).definedBy(machine).state("Charge card"))).hasMessage("""
                Expecting the state machine of execution "order-42" to have a state named:
                  "Charge card"
                but it has no such state; did you mean "ChargeCard"?
                states:
                  [Validate, ChargeCard, Ship, Refund]""");
    }

    @Test
    void suggests_the_closest_state_when_an_expected_path_misspells_one() {
        then(expectAssertionError(() -> assertThat(shipped).hasPath("Validate", "Charge Card", "Ship")))
                .hasMessageEndingWith("first difference at step 2: expected \"Charge Card\" but was \"ChargeCard\""
                        + System.lineSeparator() + "no state named \"Charge Card\" was entered; did you mean \"ChargeCard\"?");
        then(expectAssertionError(() -> assertThat(shipped).hasVisited("Shipp")))
                .hasMessageEndingWith("did you mean \"Ship\"?");
    }

    @Test
    void lists_the_attempts_of_a_retried_state_with_their_virtual_times() {
        StateVisit charge = refunded.visits().get(1);

        then(Attempt.of(refunded, charge)).extracting(Attempt::scheduled)
                .containsExactly(START, START.plusSeconds(1), START.plusSeconds(3));
        then(Attempt.of(refunded, charge)).extracting(Attempt::error)
                .containsExactly("Payment.Transient", "Payment.Transient", "Payment.Declined");
        assertThat(refunded).state("ChargeCard").wasAttemptedAt(START, START.plusSeconds(1), START.plusSeconds(3))
                .attempts(0).hasSize(3);
        then(expectAssertionError(() -> assertThat(refunded).state("ChargeCard").wasAttemptedAt(START)))
                .hasMessageContaining("attempt 2 scheduled at 2025-01-01T00:00:01Z, ended at "
                        + "2025-01-01T00:00:01Z with Payment.Transient");
    }

    @Test
    void names_assigned_and_visible_variables_apart() {
        Execution execution = Executions.run("""
                {'QueryLanguage': 'JSONata', 'StartAt': 'Remember', 'States': {
                 'Remember': {'Type': 'Pass', 'Assign': {'orderId': 42}, 'Next': 'Total'},
                 'Total': {'Type': 'Pass', 'Assign': {'total': 10}, 'End': true}}}""", "{}",
                dev.orrery.mock.TaskMocks.none());

        assertThat(execution).state("Total").assignedVariables(0).isEqualToJson("{\"total\": 10}");
        assertThat(execution).state("Total").visibleVariables(0).isEqualToJson("{\"orderId\": 42, \"total\": 10}");
        then(execution.visits().get(1).visibleVariables()).containsOnlyKeys("orderId", "total");
    }
}
