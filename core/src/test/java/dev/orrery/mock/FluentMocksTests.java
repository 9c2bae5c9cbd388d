package dev.orrery.mock;

import static dev.orrery.mock.MockRuns.json;
import static dev.orrery.mock.MockRuns.run;
import static dev.orrery.mock.MockRuns.task;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.orrery.run.Execution;
import dev.orrery.spi.TaskOutcome;
import dev.orrery.spi.UnmockedTaskException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class FluentMocksTests {

    private static final String RETRYING = task("arn:aws:states:::lambda:invoke",
            "'Retry':[{'ErrorEquals':['States.ALL'],'IntervalSeconds':1,'MaxAttempts':3,'BackoffRate':1}]");

    @Test
    void answers_the_calls_of_a_state_in_sequence_and_repeats_the_last_answer() {
        // GIVEN
        TaskMocks mocks = TaskMocks.builder()
                .state("Work").fails("Lambda.TooManyRequestsException", "Rate exceeded")
                .thenReturns(json("{'n':1}"))
                .build();

        // WHEN
        Execution execution = run(RETRYING, mocks, "{}");

        // THEN
        assertThat(execution.succeeded()).isTrue();
        assertThat(execution.output()).isEqualTo(json("{'n':1}"));
        assertThat(execution.stopTime()).isEqualTo(execution.startTime().plusSeconds(1));
    }

    @Test
    void fails_the_execution_when_every_attempt_fails() {
        TaskMocks mocks = TaskMocks.builder()
                .state("Work").fails("Lambda.TooManyRequestsException", "Rate exceeded")
                .build();

        Execution execution = run(RETRYING, mocks, "{}");

        assertThat(execution.error()).isEqualTo("Lambda.TooManyRequestsException");
        assertThat(execution.cause()).isEqualTo("Rate exceeded");
    }

    @Test
    void injects_an_error_into_the_nth_call_only() {
        // GIVEN "the 2nd call of Work fails": a later, more specific mock wins over the general one
        TaskMocks mocks = TaskMocks.builder()
                .state("Work").returns(json("{'ok':true}"))
                .state("Work").onCall(1).fails("Lambda.TooManyRequestsException", "Rate exceeded")
                .build();
        MockSession session = mocks.session();

        // WHEN
        Execution execution = run(RETRYING, session, "{}");

        // THEN the first call fails, the retry gets the general answer
        assertThat(execution.output()).isEqualTo(json("{'ok':true}"));
        assertThat(session.calls()).extracting(c -> c.outcome() instanceof TaskOutcome.Failure)
                .containsExactly(true, false);
    }

    @Test
    void mocks_every_call_to_a_service_by_resource_pattern() {
        // GIVEN "every call to DynamoDB times out"
        TaskMocks mocks = TaskMocks.builder()
                .resource("arn:aws:states:::dynamodb:*").timesOut()
                .build();

        Execution execution = run(task("arn:aws:states:::dynamodb:getItem", "'TimeoutSeconds':5"), mocks, "{}");

        assertThat(execution.error()).isEqualTo("States.Timeout");
        assertThat(execution.stopTime()).isEqualTo(execution.startTime().plusSeconds(5));
    }

    @Test
    void answers_by_a_matcher_over_the_payload() {
        TaskMocks mocks = TaskMocks.builder()
                .matching(RequestMatchers.payloadAt("$.tier", json("'gold'"))).returns(json("{'discount':20}"))
                .matching(RequestMatchers.payloadAt("$.tier", json("'basic'"))).returns(json("{'discount':0}"))
                .build();
        String definition = task("arn:aws:states:::lambda:invoke", "'Parameters':{'tier.$':'$.tier'}");

        assertThat(run(definition, mocks, "{'tier':'gold'}").output()).isEqualTo(json("{'discount':20}"));
        assertThat(run(definition, mocks, "{'tier':'basic'}").output()).isEqualTo(json("{'discount':0}"));
    }

    @Test
    void takes_the_declared_virtual_latency() {
        TaskMocks mocks = TaskMocks.builder()
                .state("Work").returns(json("{}")).withLatency(Duration.ofMinutes(3))
                .build();

        Execution execution = run(task("arn:aws:states:::lambda:invoke", ""), mocks, "{}");

        assertThat(execution.stopTime()).isEqualTo(execution.startTime().plus(Duration.ofMinutes(3)));
    }

    @Test
    void times_out_a_call_whose_latency_exceeds_the_timeout() {
        TaskMocks mocks = TaskMocks.builder()
                .state("Work").returns(json("{}")).withLatency(Duration.ofSeconds(60))
                .build();

        Execution execution = run(task("arn:aws:states:::lambda:invoke", "'TimeoutSeconds':10"), mocks, "{}");

        assertThat(execution.error()).isEqualTo("States.Timeout");
    }

    @Test
    void answers_a_call_that_never_comes_with_heartbeats() {
        TaskOutcome outcome = TaskMocks.builder()
                .state("Work").timesOut().withHeartbeats(Duration.ofSeconds(5), Duration.ofSeconds(10))
                .build()
                .invoke(MockRuns.request("Work", "arn:aws:states:::lambda:invoke", json("{}"), 0));

        assertThat(outcome).isEqualTo(new TaskOutcome.NoResponse(
                java.util.List.of(Duration.ofSeconds(5), Duration.ofSeconds(10))));
    }

    @Test
    void fails_closed_with_a_fix_it_message_when_a_task_is_not_mocked() {
        TaskMocks mocks = TaskMocks.builder().state("Other").returns(json("{}")).build();

        assertThatThrownBy(() -> run(task("arn:aws:states:::sqs:sendMessage", ""), mocks, "{}"))
                .isInstanceOf(UnmockedTaskException.class)
                .hasMessageContaining("No mocked response for Task state \"Work\" (resource "
                        + "arn:aws:states:::sqs:sendMessage, call #0, 0-based as in a mocks file)")
                .hasMessageContaining("TaskMocks.builder().returns(\"Work\", result)")
                .hasMessageContaining("Mocks declared: state \"Other\"");
    }

    @Test
    void answers_unmocked_calls_with_the_fallback_when_one_is_given() {
        TaskMocks mocks = TaskMocks.builder()
                .otherwise(request -> TaskOutcome.success(json("{'from':'fallback'}")))
                .build();

        assertThat(run(task("arn:aws:states:::sqs:sendMessage", ""), mocks, "{}").output())
                .isEqualTo(json("{'from':'fallback'}"));
    }

    @Test
    void keeps_the_first_api_working_and_lets_respond_replace_earlier_responses() {
        TaskMocks mocks = TaskMocks.builder()
                .returns("Work", json("{'v':1}"))
                .respond("Work", TaskOutcome.success(json("{'v':2}")))
                .fails("Other", "E", "c")
                .build();

        assertThat(mocks.mockedStates()).containsExactly("Work", "Other");
        assertThat(run(task("arn:aws:states:::lambda:invoke", ""), mocks, "{}").output())
                .isEqualTo(json("{'v':2}"));
    }

    @Test
    void stays_immutable_when_the_builder_goes_on() {
        TaskMocks.Builder builder = TaskMocks.builder();
        builder.state("Work").returns(json("{'v':1}"));
        TaskMocks first = builder.build();

        builder.state("Work").returns(json("{'v':2}"));

        assertThat(run(task("arn:aws:states:::lambda:invoke", ""), first, "{}").output()).isEqualTo(json("{'v':1}"));
    }
}
