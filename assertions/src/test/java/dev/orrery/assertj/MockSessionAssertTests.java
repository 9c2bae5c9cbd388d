package dev.orrery.assertj;

import static dev.orrery.assertj.OrreryAssertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.BDDAssertions.then;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.orrery.mock.MockSession;
import dev.orrery.mock.TaskMocks;
import dev.orrery.parse.AslParser;
import dev.orrery.run.StateMachineRunner;
import dev.orrery.spi.TaskOutcome;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MockSessionAssertTests {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String DEFINITION = """
            {"StartAt": "Charge", "States": {
              "Charge": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
                         "Parameters": {"FunctionName": "charge", "Payload": {"amount.$": "$.amount"}},
                         "Retry": [{"ErrorEquals": ["Busy"], "IntervalSeconds": 1}], "Next": "Ship"},
              "Ship": {"Type": "Task", "Resource": "arn:aws:states:::sns:publish", "End": true}}}""";

    private MockSession session;

    @BeforeEach
    void run_the_workflow_once() throws Exception {
        TaskMocks mocks = TaskMocks.builder()
                .respond("Charge", TaskOutcome.failure("Busy", "try later"), TaskOutcome.success(JSON.readTree("{}")))
                .returns("Ship", JSON.readTree("{}"))
                .returns("Refund", JSON.readTree("{}"))
                .build();
        session = mocks.session();
        StateMachineRunner.create(AslParser.parse(DEFINITION).orThrow(), session)
                .run(JSON.readTree("{\"amount\": 42}"));
    }

    @Test
    void counts_calls_per_state_retries_included() {
        assertThat(session).hasCalled("Charge", 2).hasCalled("Ship", 1).neverCalled("Refund");
    }

    @Test
    void fails_with_the_recorded_calls_when_the_count_differs() {
        AssertionError error = catchThrowableOfType(AssertionError.class,
                () -> assertThat(session).hasCalled("Ship", 2));

        then(error).hasMessage(String.format("Expecting Task state \"Ship\" to have been called:%n  2 times%n"
                + "but it was called:%n  1 time%nrecorded calls:%n  Ship call #0 (0-based) with {}"));
    }

    @Test
    void checks_the_order_of_all_calls() {
        assertThat(session).hasCallsInOrder("Charge", "Charge", "Ship");

        AssertionError error = catchThrowableOfType(AssertionError.class,
                () -> assertThat(session).hasCallsInOrder("Charge", "Ship"));
        then(error).hasMessage(String.format("Expecting the Task calls to be in this order:%n  [Charge, Ship]%n"
                + "but they were:%n  [Charge, Charge, Ship]%nrecorded calls:"
                + "%n  Charge call #0 (0-based) with {\"FunctionName\":\"charge\",\"Payload\":{\"amount\":42}}%n  Charge call #1 (0-based) with {\"FunctionName\":\"charge\",\"Payload\":{\"amount\":42}}%n  Ship call #0 (0-based) with {}"));
    }

    @Test
    void navigates_to_the_request_of_a_call() {
        assertThat(session).request("Charge", 1).at("$.Payload.amount").isEqualTo(42);

        AssertionError error = catchThrowableOfType(AssertionError.class,
                () -> assertThat(session).request("Charge", 5));
        then(error).hasMessage(String.format("Expecting Task state \"Charge\" to have a call:%n  #5 (0-based)%n"
                + "but it was called:%n  2 times%nrecorded calls:%n  Charge call #0 (0-based) with {\"FunctionName\":\"charge\",\"Payload\":{\"amount\":42}}%n  Charge call #1 (0-based) with {\"FunctionName\":\"charge\",\"Payload\":{\"amount\":42}}"));
    }

    @Test
    void reports_mocks_that_answered_nothing() {
        AssertionError error = catchThrowableOfType(AssertionError.class,
                () -> assertThat(session).hasNoUnusedMocks());

        then(error).hasMessage(String.format("Expecting the declared mocks to be used:%n  each at least once%n"
                + "but these answered no call:%n  state \"Refund\"%nrecorded calls:%n  Charge call #0 (0-based) with {\"FunctionName\":\"charge\",\"Payload\":{\"amount\":42}}%n  Charge call #1 (0-based) with {\"FunctionName\":\"charge\",\"Payload\":{\"amount\":42}}%n"
                + "  Ship call #0 (0-based) with {}"));
    }

    @Test
    void collects_failures_softly() {
        SoftOrreryAssertions softly = new SoftOrreryAssertions();
        softly.assertThat(session).hasCalled("Ship", 3).neverCalled("Charge");

        then(softly.assertionErrorsCollected()).hasSize(2);
    }
}
