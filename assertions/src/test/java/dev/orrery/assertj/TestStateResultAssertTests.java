package dev.orrery.assertj;

import static dev.orrery.assertj.Executions.expectAssertionError;
import static dev.orrery.assertj.Executions.json;
import static dev.orrery.assertj.OrreryAssertions.assertThat;
import static org.assertj.core.api.BDDAssertions.then;

import dev.orrery.teststate.InspectionData;
import dev.orrery.teststate.TestStateResult;
import dev.orrery.teststate.TestStateStatus;
import org.junit.jupiter.api.Test;

class TestStateResultAssertTests {

    private final TestStateResult caught = new TestStateResult(TestStateStatus.CAUGHT_ERROR,
            json("{'Error': 'Payment.Declined', 'Cause': 'card expired'}"), "Payment.Declined", "card expired",
            "Refund", new InspectionData(json("{'amount': 10}"), null, json("{'amount': 10}"), null, null, null, null,
                    null, null, null, null, null, null, null, null, null, null, null));

    @Test
    void passes_on_the_status_next_state_error_and_cause_of_the_result() {
        assertThat(caught).hasStatus(TestStateStatus.CAUGHT_ERROR).hasNextState("Refund")
                .hasError("Payment.Declined").hasCause("card expired");
        assertThat(caught).output().at("$.Error").isEqualTo("Payment.Declined");
        assertThat(caught).afterParameters().isEqualToJson("{\"amount\": 10}");
        assertThat(caught).result().isMissing();
    }

    @Test
    void fails_on_another_status_printing_the_result() {
        then(expectAssertionError(() -> assertThat(caught).hasStatus(TestStateStatus.SUCCEEDED))).hasMessage("""

                Expecting TestState result to have status:
                  SUCCEEDED
                but it was:
                  CAUGHT_ERROR
                result:
                  {"output":"{\\"Error\\":\\"Payment.Declined\\",\\"Cause\\":\\"card expired\\"}","error":"Payment.Declined",\
                "cause":"card expired","inspectionData":{"input":"{\\"amount\\":10}","afterParameters":"{\\"amount\\":10}"},\
                "nextState":"Refund","status":"CAUGHT_ERROR"}""");
    }

    @Test
    void fails_on_another_next_state() {
        then(expectAssertionError(() -> assertThat(caught).hasNextState("Ship")))
                .hasMessageContaining("to have next state:\n  \"Ship\"\nbut it was:\n  \"Refund\"\n");
    }

    @Test
    void fails_on_a_missing_result() {
        then(expectAssertionError(() -> assertThat((TestStateResult) null).hasStatus(TestStateStatus.FAILED)))
                .hasMessageContaining("Expecting actual not to be null");
    }
}
