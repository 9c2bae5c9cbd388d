package dev.orrery.internal.interpreter;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.orrery.spi.TaskOutcome;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class TaskEndTests {

    private static TaskOutcome success(long latencySeconds, long... beats) {
        return new TaskOutcome.Success(JsonNodeFactory.instance.objectNode(), Duration.ofSeconds(latencySeconds),
                seconds(beats));
    }

    private static List<Duration> seconds(long... values) {
        return Arrays.stream(values).mapToObj(Duration::ofSeconds).toList();
    }

    @Test
    void completes_after_its_latency_without_deadlines() {
        assertThat(TaskEnd.of(success(30), null, null))
                .isEqualTo(new TaskEnd(TaskEnd.Kind.COMPLETED, Duration.ofSeconds(30)));
    }

    @Test
    void times_out_at_timeout_seconds() {
        assertThat(TaskEnd.of(success(30), 10, null))
                .isEqualTo(new TaskEnd(TaskEnd.Kind.TIMED_OUT, Duration.ofSeconds(10)));
    }

    @Test
    void a_heartbeat_gap_longer_than_heartbeat_seconds_times_out_at_the_last_beat_plus_the_interval() {
        assertThat(TaskEnd.of(success(100, 4, 8, 20), null, 5))
                .isEqualTo(new TaskEnd(TaskEnd.Kind.HEARTBEAT_TIMED_OUT, Duration.ofSeconds(13)));
    }

    @Test
    void heartbeats_sent_in_any_order_are_taken_in_time_order() {
        assertThat(TaskEnd.of(success(12, 8, 4), null, 5))
                .isEqualTo(new TaskEnd(TaskEnd.Kind.COMPLETED, Duration.ofSeconds(12)));
    }

    @Test
    void a_gap_exactly_equal_to_heartbeat_seconds_is_in_time() {
        assertThat(TaskEnd.of(success(10, 5), null, 5))
                .isEqualTo(new TaskEnd(TaskEnd.Kind.COMPLETED, Duration.ofSeconds(10)));
    }

    @Test
    void the_task_timeout_wins_a_tie_with_the_heartbeat_timeout() {
        assertThat(TaskEnd.of(TaskOutcome.NoResponse.silent(), 5, 5))
                .isEqualTo(new TaskEnd(TaskEnd.Kind.TIMED_OUT, Duration.ofSeconds(5)));
    }

    @Test
    void a_call_that_never_answers_without_deadlines_never_ends() {
        assertThat(TaskEnd.of(TaskOutcome.NoResponse.silent(), null, null).kind()).isEqualTo(TaskEnd.Kind.NEVER);
    }

    @Test
    void heartbeats_keep_a_call_that_never_answers_alive_until_they_stop() {
        assertThat(TaskEnd.of(new TaskOutcome.NoResponse(seconds(3, 6, 9)), null, 4))
                .isEqualTo(new TaskEnd(TaskEnd.Kind.HEARTBEAT_TIMED_OUT, Duration.ofSeconds(13)));
    }
}
