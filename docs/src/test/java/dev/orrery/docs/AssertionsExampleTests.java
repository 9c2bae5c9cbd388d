package dev.orrery.docs;

import static dev.orrery.assertj.OrreryAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.orrery.assertj.SoftOrreryAssertions;
import dev.orrery.history.HistoryEvent;
import dev.orrery.mock.MockSession;
import dev.orrery.mock.TaskMocks;
import dev.orrery.parse.AslParser;
import dev.orrery.run.Attempt;
import dev.orrery.run.Execution;
import dev.orrery.run.ExecutionOptions;
import dev.orrery.run.StateMachineRunner;
import dev.orrery.spi.TaskOutcome;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.assertj.core.api.junit.jupiter.InjectSoftAssertions;
import org.assertj.core.api.junit.jupiter.SoftAssertionsExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The snippets of docs/guides/assertions.md, compiled and run. */
@ExtendWith(SoftAssertionsExtension.class)
class AssertionsExampleTests {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final String ORDER = """
            {"StartAt": "Validate", "States": {
             "Validate": {"Type": "Pass", "Result": {"valid": true}, "ResultPath": "$.validation",
                          "Next": "ChargeCard"},
             "ChargeCard": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
                            "Parameters": {"FunctionName": "charge", "Payload": {"amount.$": "$.amount"}},
                            "ResultPath": "$.payment",
                            "Retry": [{"ErrorEquals": ["Payment.Transient"], "IntervalSeconds": 1,
                                       "BackoffRate": 2, "MaxAttempts": 3}],
                            "Catch": [{"ErrorEquals": ["Payment.Declined"], "ResultPath": "$.error",
                                       "Next": "Refund"}],
                            "Next": "Ship"},
             "Ship": {"Type": "Wait", "Seconds": 7200, "End": true},
             "Refund": {"Type": "Pass", "End": true}}}""";

    @InjectSoftAssertions
    private SoftOrreryAssertions softly;

    private static Execution run(TaskMocks mocks) throws Exception {
        return StateMachineRunner.create(AslParser.parse(ORDER).orThrow(), mocks,
                ExecutionOptions.defaults().withExecutionName("order-42"))
                .run(JSON.readTree("{\"orderId\": 42, \"amount\": 10}"));
    }

    private static JsonNode json(String text) throws Exception {
        return JSON.readTree(text);
    }

    @Test
    void asserts_status_path_time_states_and_output() throws Exception {
        Execution execution = run(TaskMocks.builder().returns("ChargeCard", json("{\"status\": \"PAID\"}")).build());
        // tag::fluent[]
        assertThat(execution)
                .succeeded()
                .hasPath("Validate", "ChargeCard", "Ship")
                .neverVisited("Refund")
                .tookVirtualTime(Duration.ofHours(2));
        assertThat(execution).state("ChargeCard").wasEnteredTimes(1).wasRetried(0)
                .output().at("$.payment.status").isEqualTo("PAID");
        assertThat(execution).output().isEqualToJson("""
                {"orderId": 42, "amount": 10, "validation": {"valid": true}, "payment": {"status": "PAID"}}""");
        // end::fluent[]
    }

    @Test
    void prints_the_path_it_followed_and_the_first_difference() throws Exception {
        // tag::message[]
        Execution execution = run(TaskMocks.builder().respond("ChargeCard",
                TaskOutcome.failure("Payment.Transient", "try again"),
                TaskOutcome.failure("Payment.Transient", "try again"),
                TaskOutcome.failure("Payment.Declined", "card expired")).build());

        AssertionError error = catchThrowableOfType(AssertionError.class,
                () -> assertThat(execution).hasPath("Validate", "ChargeCard", "Ship"));

        assertThat(error).hasMessage("""
                Expecting execution "order-42" to have followed path:
                  [Validate, ChargeCard, Ship]
                but it followed:
                  [Validate, ChargeCard, Refund]
                first difference at step 3: expected "Ship" but was "Refund"
                  (ChargeCard caught Payment.Declined after 2 retries at 2025-01-01T00:00:03Z)""");
        // end::message[]
    }

    @Test
    void asserts_retries_catches_and_task_parameters_of_a_state() throws Exception {
        Execution execution = run(TaskMocks.builder().respond("ChargeCard",
                TaskOutcome.failure("Payment.Transient", "try again"),
                TaskOutcome.failure("Payment.Declined", "card expired")).build());
        // tag::state[]
        assertThat(execution).state("ChargeCard")
                .wasRetried(1)
                .caughtError("Payment.Declined")
                .transitionedTo("Refund");
        assertThat(execution).state("ChargeCard").parameters()
                .isEqualToJson("{\"FunctionName\": \"charge\", \"Payload\": {\"amount\": 10}}");
        assertThat(execution).state("Refund").input().at("$.error.Cause").isEqualTo("card expired");
        assertThat(execution).hasRetries(1).hasCatches(1).endedAt("Refund");
        // end::state[]
    }

    @Test
    void navigates_to_each_stage_of_a_visit_data_flow() throws Exception {
        Execution execution = run(TaskMocks.builder().respond("ChargeCard",
                TaskOutcome.failure("Payment.Transient", "try again"),
                TaskOutcome.failure("Payment.Declined", "card expired")).build());
        // tag::stages[]
        assertThat(execution).state("ChargeCard").afterInputPath().at("$.amount").isEqualTo(10);
        assertThat(execution).state("ChargeCard").afterParameters()
                .isEqualToJson("{\"FunctionName\": \"charge\", \"Payload\": {\"amount\": 10}}");
        assertThat(execution).state("ChargeCard").result().isMissing();
        // end::stages[]
    }

    @Test
    void suggests_the_state_a_misspelt_name_meant() throws Exception {
        Execution execution = run(TaskMocks.builder().returns("ChargeCard", json("{\"status\": \"PAID\"}")).build());
        // tag::did-you-mean[]
        AssertionError error = catchThrowableOfType(AssertionError.class,
                () -> assertThat(execution).state("Charge card").wasEntered());

        assertThat(error).hasMessage("""
                Expecting the state machine of execution "order-42" to have a state named:
                  "Charge card"
                but it has no such state; did you mean "ChargeCard"?
                states:
                  [ChargeCard, Refund, Ship, Validate]""");
        // end::did-you-mean[]
    }

    @Test
    void lists_the_attempts_of_a_retried_state() throws Exception {
        Execution execution = run(TaskMocks.builder().respond("ChargeCard",
                TaskOutcome.failure("Payment.Transient", "try again"),
                TaskOutcome.failure("Payment.Transient", "try again"),
                TaskOutcome.success(json("{\"status\": \"PAID\"}"))).build());
        Instant start = execution.startTime();
        // tag::attempts[]
        assertThat(execution).state("ChargeCard")
                .wasAttemptedAt(start, start.plusSeconds(1), start.plusSeconds(3));
        assertThat(execution).state("ChargeCard").attempts(0)
                .extracting(Attempt::error)
                .containsExactly("Payment.Transient", "Payment.Transient", null);
        List<Attempt> attempts = execution.visits().get(1).attempts();
        assertThat(attempts.get(2).ended()).isEqualTo(start.plusSeconds(3));
        assertThat(attempts.get(0).cause()).isEqualTo("try again");
        // end::attempts[]
    }

    @Test
    void navigates_json_and_hands_over_to_assertj() throws Exception {
        Execution execution = run(TaskMocks.builder().returns("ChargeCard", json("{\"status\": \"PAID\"}")).build());
        // tag::json[]
        assertThat(execution).output().at("$.payment.status").asText().startsWith("PA");
        assertThat(execution).output().atPointer("/amount").asNumber().isEqualByComparingTo("10.00");
        assertThat(execution).output().at("$.validation.valid").asBoolean().isTrue();
        assertThat(execution).output().at("$.payment").asMap().containsEntry("status", "PAID");
        assertThat(execution).output().at("$.error").isMissing();
        // end::json[]
    }

    @Test
    void asserts_on_history_events() throws Exception {
        Execution execution = run(TaskMocks.builder().respond("ChargeCard",
                TaskOutcome.failure("Payment.Transient", "try again"),
                TaskOutcome.success(json("{\"status\": \"PAID\"}"))).build());
        // tag::history[]
        assertThat(execution).hasEventForState("TaskFailed", "ChargeCard");
        assertThat(execution).history()
                .extracting(HistoryEvent::type)
                .containsSubsequence("TaskScheduled", "TaskFailed", "TaskScheduled", "TaskSucceeded");
        // end::history[]
    }

    @Test
    void collects_every_failure_softly() throws Exception {
        Execution execution = run(TaskMocks.builder().returns("ChargeCard", json("{\"status\": \"PAID\"}")).build());
        // tag::soft[]
        // @ExtendWith(SoftAssertionsExtension.class) on the class, and a field:
        // @InjectSoftAssertions private SoftOrreryAssertions softly;
        softly.assertThat(execution).succeeded().hasTransitionCount(2);
        softly.assertThat(execution).state("ChargeCard").output().at("$.payment.status").isEqualTo("PAID");
        // end::soft[]
    }

    @Test
    void asserts_the_calls_a_mock_session_recorded() throws Exception {
        TaskMocks mocks = TaskMocks.builder()
                .respond("ChargeCard", TaskOutcome.failure("Payment.Transient", "busy"),
                        TaskOutcome.success(json("{\"Payload\": {\"status\": \"PAID\"}}")))
                .build();
        // tag::session[]
        MockSession session = mocks.session();
        StateMachineRunner.create(AslParser.parse(ORDER).orThrow(), session)
                .run(JSON.readTree("{\"orderId\": 42, \"amount\": 10}"));

        assertThat(session)
                .hasCalled("ChargeCard", 2)
                .neverCalled("Refund")
                .hasNoUnusedMocks()
                .request("ChargeCard", 1).at("$.Payload.amount").isEqualTo(10);
        // end::session[]
    }

    @Test
    void asserts_inside_map_iterations() throws Exception {
        String definition = """
                {"StartAt": "Each", "States": {"Each": {"Type": "Map", "ItemsPath": "$.orders", "End": true,
                 "ItemProcessor": {"StartAt": "Check", "States": {
                   "Check": {"Type": "Choice", "Choices": [{"Variable": "$.paid", "BooleanEquals": true,
                             "Next": "Ship"}], "Default": "Remind"},
                   "Ship": {"Type": "Succeed"},
                   "Remind": {"Type": "Succeed"}}}}}}""";
        Execution execution = StateMachineRunner.create(AslParser.parse(definition).orThrow(), TaskMocks.none())
                .run(json("{\"orders\": [{\"paid\": true}, {\"paid\": false}]}"));
        // tag::iterations[]
        assertThat(execution).state("Each").iteration(0).succeeded().hasPath("Check", "Ship");
        assertThat(execution).state("Each").iteration(1).hasPath("Check", "Remind").neverVisited("Ship");
        // end::iterations[]
    }
}
