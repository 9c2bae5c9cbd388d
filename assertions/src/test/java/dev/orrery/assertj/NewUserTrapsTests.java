package dev.orrery.assertj;

import static dev.orrery.assertj.Executions.expectAssertionError;
import static dev.orrery.assertj.Executions.refunded;
import static dev.orrery.assertj.Executions.shipped;
import static dev.orrery.assertj.OrreryAssertions.assertThat;
import static org.assertj.core.api.BDDAssertions.then;

import dev.orrery.model.StateMachine;
import dev.orrery.parse.AslParser;
import dev.orrery.run.Attempt;
import dev.orrery.run.Execution;
import dev.orrery.run.StateVisit;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class NewUserTrapsTests {

    private static final Instant START = Instant.parse("2025-01-01T00:00:00Z");

    private final Execution shipped = shipped();
    private final Execution refunded = refunded();

    @Test
    void says_there_is_no_such_state_and_suggests_the_closest_names_without_being_told_the_state_machine() {
        then(shipped.stateNames()).containsExactlyInAnyOrder("Validate", "ChargeCard", "Ship", "Refund");
        then(expectAssertionError(() -> assertThat(shipped).state("Charge card").wasEntered())).hasMessage("""
                Expecting the state machine of execution "order-42" to have a state named:
                  "Charge card"
                but it has no such state; did you mean "ChargeCard"?
                states:
                  [ChargeCard, Refund, Ship, Validate]""");
        then(expectAssertionError(() -> assertThat(shipped).state("chargecard").output()))
                .hasMessageContaining("but it has no such state; did you mean \"ChargeCard\"?");
    }

    @Test
    void was_not_entered_on_a_misspelt_name_fails_with_the_suggestion() {
        assertThat(shipped).state("Refund").wasNotEntered();
        then(expectAssertionError(() -> assertThat(shipped).state("Refnud").wasNotEntered()))
                .hasMessageContaining("to have a state named:" + System.lineSeparator() + "  \"Refnud\"")
                .hasMessageContaining("but it has no such state; did you mean \"Refund\"?");
        then(expectAssertionError(() -> assertThat(shipped).neverVisited("Refnud")))
                .hasMessageContaining("but it has no such state; did you mean \"Refund\"?");
    }

    @Test
    void every_path_assertion_rejects_a_name_that_is_no_state_of_the_machine() {
        String hint = "but it has no such state; did you mean \"Ship\"?";
        then(expectAssertionError(() -> assertThat(shipped).hasPathStartingWith("Validate", "Shipp")))
                .hasMessageContaining(hint);
        then(expectAssertionError(() -> assertThat(shipped).hasVisitedInOrder("Shipp"))).hasMessageContaining(hint);
        then(expectAssertionError(() -> assertThat(shipped).hasVisitedTimes("Shipp", 0))).hasMessageContaining(hint);
        then(expectAssertionError(() -> assertThat(shipped).endedAt("Shipp"))).hasMessageContaining(hint);
    }

    @Test
    void knows_the_states_of_parallel_branches_and_map_processors_that_were_never_entered() {
        Execution execution = Executions.run("""
                {'StartAt': 'Pick', 'States': {
                 'Pick': {'Type': 'Choice', 'Choices': [{'Variable': '$.go', 'IsPresent': true, 'Next': 'Both'}],
                  'Default': 'Skip'},
                 'Skip': {'Type': 'Pass', 'End': true},
                 'Both': {'Type': 'Parallel', 'Next': 'Each', 'Branches': [
                   {'StartAt': 'Left', 'States': {'Left': {'Type': 'Pass', 'End': true}}}]},
                 'Each': {'Type': 'Map', 'End': true,
                   'ItemProcessor': {'StartAt': 'Item', 'States': {'Item': {'Type': 'Pass', 'End': true}}}}}}""",
                "{}", dev.orrery.mock.TaskMocks.none());

        then(execution.stateNames()).containsExactlyInAnyOrder("Pick", "Skip", "Both", "Left", "Each", "Item");
        assertThat(execution).neverVisited("Left", "Item").state("Item").wasNotEntered();
    }

    @Test
    void an_execution_built_without_state_names_falls_back_to_the_entered_ones() {
        Execution built = new Execution(shipped.executionArn(), shipped.status(), shipped.input(), shipped.output(),
                null, null, shipped.path(), shipped.visits(), shipped.history(), shipped.startTime(),
                shipped.stopTime());

        then(built.stateNames()).isEmpty();
        then(expectAssertionError(() -> assertThat(built).state("Charge card").wasEntered()))
                .hasMessageEndingWith("no state named \"Charge card\" was entered; did you mean \"ChargeCard\"?");
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
                .hasMessageContaining("\"Charge Card\"" + System.lineSeparator()
                        + "but it has no such state; did you mean \"ChargeCard\"?");
        then(expectAssertionError(() -> assertThat(shipped).hasVisited("Shipp")))
                .hasMessageContaining("did you mean \"Ship\"?");
    }

    @Test
    void lists_the_attempts_of_a_retried_state_with_their_virtual_times() {
        StateVisit charge = refunded.visits().get(1);

        then(charge.attempts()).extracting(Attempt::scheduled)
                .containsExactly(START, START.plusSeconds(1), START.plusSeconds(3));
        then(charge.attempts()).extracting(Attempt::error)
                .containsExactly("Payment.Transient", "Payment.Transient", "Payment.Declined");
        then(charge.attempts()).extracting(Attempt::cause).containsExactly("try again", "try again", "card expired");
        then(charge.attempts()).extracting(Attempt::number).containsExactly(1, 2, 3);
        then(refunded.visits().get(0).attempts()).isEmpty();
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
