package dev.orrery.conformance;

import static dev.orrery.conformance.Fixtures.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.orrery.spi.TaskOutcome;
import dev.orrery.spi.TaskRequest;
import dev.orrery.spi.UnmockedTaskException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class CaseMocksTests {

    private static final ObjectNode MOCKS = (ObjectNode) json("""
            {'Charge': [
               {'throw': {'error': 'Lambda.Unknown'}, 'event': 'LambdaFunctionFailed', 'request': {'input': {'n': 1}}},
               {'throw': {'error': 'Boom', 'cause': 'bad'}, 'event': 'TaskFailed', 'request': {'parameters': {'n': 2}}},
               {'return': {'ok': true}, 'event': 'TaskSucceeded', 'request': {'parameters': {'n': 3}}}],
             'Slow': [{'throw': {'error': 'States.Timeout'}, 'event': 'TaskTimedOut'}]}
            """);

    private static TaskRequest call(String state, int invocation, JsonNode payload) {
        return new TaskRequest(state, "arn:aws:states:::lambda:invoke", payload, invocation, 0, null, json("{}"));
    }

    @Test
    void answers_each_call_with_the_recorded_entry_of_that_call_number() {
        CaseMocks mocks = new CaseMocks(MOCKS, false);

        assertThat(mocks.invoke(call("Charge", 0, json("{}"))))
                .isEqualTo(TaskOutcome.failure("Lambda.Unknown", null));
        assertThat(mocks.invoke(call("Charge", 1, json("{}")))).isEqualTo(TaskOutcome.failure("Boom", "bad"));
        assertThat(mocks.invoke(call("Charge", 2, json("{}")))).isEqualTo(TaskOutcome.success(json("{'ok': true}")));
    }

    @Test
    void answers_a_throw_with_neither_error_nor_cause_with_a_failure_with_neither() {
        ObjectNode mocks = (ObjectNode) json("{'Ask': [{'throw': {}, 'event': 'TaskFailed'}]}");

        assertThat(new CaseMocks(mocks, false).invoke(call("Ask", 0, json("{}"))))
                .isEqualTo(TaskOutcome.failure(TaskOutcome.NO_ERROR, null));
    }

    @Test
    void refuses_an_entry_with_neither_return_nor_throw() {
        ObjectNode mocks = (ObjectNode) json("{'Ask': [{'event': 'TaskFailed'}]}");

        assertThatThrownBy(() -> new CaseMocks(mocks, false).invoke(call("Ask", 0, json("{}"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("neither");
    }

    @Test
    void answers_a_call_aws_timed_out_so_late_that_the_state_timeout_fires_first() {
        TaskOutcome outcome = new CaseMocks(MOCKS, false).invoke(call("Slow", 0, json("{}")));

        assertThat(outcome).isInstanceOf(TaskOutcome.Success.class);
        assertThat(outcome.latency()).isGreaterThan(Duration.ofDays(365 * 99));
    }

    @Test
    void replays_a_recorded_callback_as_its_submission_and_the_worker_answer() {
        ObjectNode mocks = (ObjectNode) json("""
                {'Ask': [{'return': 'yes', 'event': 'TaskSucceeded', 'submitted': {'MessageId': 'm'}}],
                 'Late': [{'throw': {'error': 'States.Timeout'}, 'event': 'TaskTimedOut', 'submitted': {}}]}
                """);

        assertThat(new CaseMocks(mocks, false).invoke(call("Ask", 0, json("{}"))))
                .isEqualTo(new TaskOutcome.Callback(json("{'MessageId': 'm'}"), TaskOutcome.success(json("'yes'"))));
        assertThat(new CaseMocks(mocks, false).invoke(call("Late", 0, json("{}"))))
                .isEqualTo(new TaskOutcome.Callback(json("{}"), TaskOutcome.NoResponse.silent()));
    }

    @Test
    void chooses_by_recorded_request_when_the_call_order_is_unreliable() {
        CaseMocks mocks = new CaseMocks(MOCKS, true);

        assertThat(mocks.invoke(call("Charge", 0, json("{'n': 3}")))).isEqualTo(TaskOutcome.success(json("{'ok': true}")));
        assertThat(mocks.invoke(call("Charge", 0, json("{'n': 1}"))))
                .isEqualTo(TaskOutcome.failure("Lambda.Unknown", null));
    }

    @Test
    void replays_distinct_entries_in_recorded_order_for_calls_with_equal_requests() {
        ObjectNode recorded = (ObjectNode) json("""
                {'Item': [{'throw': {'error': 'E', 'cause': 'first'}, 'request': {'parameters': {'same': 1}}},
                          {'throw': {'error': 'E', 'cause': 'second'}, 'request': {'parameters': {'same': 1}}},
                          {'return': 'other', 'request': {'parameters': {'other': 1}}}]}
                """);
        CaseMocks mocks = new CaseMocks(recorded, true);

        assertThat(mocks.invoke(call("Item", 0, json("{'other': 1}")))).isEqualTo(TaskOutcome.success(json("'other'")));
        assertThat(mocks.invoke(call("Item", 1, json("{'same': 1}")))).isEqualTo(TaskOutcome.failure("E", "second"));
        assertThat(mocks.invoke(call("Item", 2, json("{'same': 1}")))).isEqualTo(TaskOutcome.failure("E", "first"));
    }

    @Test
    void fails_closed_for_unrecorded_states_and_calls() {
        CaseMocks mocks = new CaseMocks(MOCKS, false);

        assertThatThrownBy(() -> mocks.invoke(call("Ship", 0, json("{}"))))
                .isInstanceOf(UnmockedTaskException.class).hasMessageContaining("\"Ship\"");
        assertThatThrownBy(() -> mocks.invoke(call("Charge", 3, json("{}"))))
                .isInstanceOf(UnmockedTaskException.class).hasMessageContaining("call #3 (0-based)");
    }
}
