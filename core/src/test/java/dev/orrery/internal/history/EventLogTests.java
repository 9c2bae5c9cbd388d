package dev.orrery.internal.history;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.orrery.history.HistoryEvent;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventLogTests {

    private static final Instant T0 = Instant.parse("2025-01-01T00:00:00Z");
    private static final EventKind ENTERED = EventKind.stateEntered("PassStateEntered", TextNode.valueOf("P"));

    @Test
    void a_snapshot_keeps_its_events_while_the_log_grows_past_its_arrays() {
        // GIVEN
        EventLog log = new EventLog(1);
        ObjectNode started = JsonNodeFactory.instance.objectNode().put("roleArn", "r");
        log.append(0, T0, EventKind.withDetails("ExecutionStarted", "executionStartedEventDetails"), started);
        RecordedEvents first = log.snapshot();

        // WHEN
        for (int i = 0; i < 100; i++) {
            log.append(log.size(), T0.plusSeconds(i), ENTERED, JsonNodeFactory.instance.numberNode(i));
        }

        // THEN
        assertThat(first).hasSize(1);
        assertThat(first.get(0)).isEqualTo(new HistoryEvent(1, 0, T0, "ExecutionStarted",
                "executionStartedEventDetails", started));
        List<HistoryEvent> all = log.snapshot();
        assertThat(all).hasSize(101);
        assertThat(all.get(100).previousEventId()).isEqualTo(100);
        assertThat(all.get(100).timestamp()).isEqualTo(T0.plusSeconds(99));
        assertThat(all.get(100).details()).hasToString(
                "{\"input\":99,\"inputDetails\":{\"truncated\":false},\"name\":\"P\"}");
        assertThat(log.previousEventIdOf(101)).isEqualTo(100);
        assertThat(log.previousEventIdOf(102)).isZero();
    }

    @Test
    void an_event_without_details_reads_as_one_without_details() {
        // GIVEN
        EventLog log = new EventLog(4);

        // WHEN
        log.append(0, T0, EventKind.withDetails("LambdaFunctionStarted", null), null);

        // THEN
        assertThat(log.snapshot().get(0)).isEqualTo(new HistoryEvent(1, 0, T0, "LambdaFunctionStarted", null, null));
        assertThat(log.snapshot().type(0)).isEqualTo("LambdaFunctionStarted");
    }
}
