package dev.orrery.internal.history;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.orrery.history.HistoryEvent;
import dev.orrery.model.StateType;
import dev.orrery.run.StateVisit;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

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
    @ParameterizedTest
    @ValueSource(ints = {1, EventLog.CHUNK - 1, EventLog.CHUNK, EventLog.CHUNK + 1, 2 * EventLog.CHUNK,
            5 * EventLog.CHUNK + 3})
    void reads_every_event_of_a_log_of_any_number_of_chunks(int count) {
        // GIVEN
        EventLog log = new EventLog(16);

        // WHEN
        for (int i = 0; i < count; i++) {
            log.append(i / 2, T0.plusSeconds(i), ENTERED, JsonNodeFactory.instance.numberNode(i));
        }

        // THEN
        RecordedEvents events = log.snapshot();
        assertThat(events).hasSize(count);
        for (int index : new int[] {0, EventLog.CHUNK - 1, EventLog.CHUNK, EventLog.CHUNK + 1, count - 1}) {
            if (index < count) {
                HistoryEvent event = events.get(index);
                assertThat(event.id()).isEqualTo(index + 1L);
                assertThat(event.previousEventId()).isEqualTo(index / 2);
                assertThat(event.timestamp()).isEqualTo(T0.plusSeconds(index));
                assertThat(event.details().get("input").intValue()).isEqualTo(index);
                assertThat(events.type(index)).isEqualTo("PassStateEntered");
                assertThat(log.previousEventIdOf(index + 1L)).isEqualTo(index / 2);
            }
        }
        assertThat(log.previousEventIdOf(count + 1L)).isZero();
        assertThat(log.previousEventIdOf(0)).isZero();
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, EventLog.CHUNK - 1, EventLog.CHUNK, EventLog.CHUNK + 1, 3 * EventLog.CHUNK})
    void a_snapshot_taken_at_a_chunk_boundary_keeps_its_events_while_more_chunks_are_appended(int taken) {
        // GIVEN
        EventLog log = new EventLog(4);
        for (int i = 0; i < taken; i++) {
            log.append(i, T0.plusSeconds(i), ENTERED, JsonNodeFactory.instance.numberNode(i));
        }
        RecordedEvents snapshot = log.snapshot();
        List<HistoryEvent> before = new ArrayList<>(snapshot);

        // WHEN
        for (int i = taken; i < taken + 2 * EventLog.CHUNK + 1; i++) {
            log.append(i, T0.plusSeconds(i), ENTERED, JsonNodeFactory.instance.numberNode(-i));
        }

        // THEN
        assertThat(snapshot).hasSize(taken).containsExactlyElementsOf(before);
        assertThat(log.snapshot()).hasSize(taken + 2 * EventLog.CHUNK + 1);
        assertThat(log.snapshot().subList(0, taken)).containsExactlyElementsOf(before);
        assertThat(log.snapshot().get(taken).details().get("input").intValue()).isEqualTo(-taken);
    }

    @Test
    void a_visit_log_reads_its_visits_and_names_across_chunks_and_keeps_a_snapshot_while_entries_change() {
        // GIVEN
        VisitLog log = new VisitLog(2);
        int count = 2 * EventLog.CHUNK + 5;
        for (int i = 0; i < count; i++) {
            log.append(new Named("S" + i));
        }
        RecordedVisits settled = log.snapshot(true, entry -> entry);
        RecordedVisits copied = log.snapshot(false, entry -> new Named(entry.stateName() + "!"));

        // WHEN
        log.set(EventLog.CHUNK, new Named("changed"));
        log.append(new Named("later"));

        // THEN
        assertThat(settled).hasSize(count);
        assertThat(settled.names()).hasSize(count);
        assertThat(settled.names().get(0)).isEqualTo("S0");
        assertThat(settled.names().get(EventLog.CHUNK - 1)).isEqualTo("S" + (EventLog.CHUNK - 1));
        assertThat(settled.names().get(count - 1)).isEqualTo("S" + (count - 1));
        assertThat(copied).hasSize(count);
        assertThat(copied.names().get(EventLog.CHUNK)).isEqualTo("S" + EventLog.CHUNK + "!");
        assertThat(copied.names().get(count - 1)).isEqualTo("S" + (count - 1) + "!");
        assertThat(log.get(EventLog.CHUNK).stateName()).isEqualTo("changed");
        assertThat(log.size()).isEqualTo(count + 1);
        assertThat(log.snapshot(false, entry -> entry).names()).hasSize(count + 1);
    }

    @Test
    void an_empty_visit_log_reads_as_an_empty_list() {
        assertThat(new VisitLog(0).snapshot(false, entry -> entry)).isEmpty();
        assertThat(new VisitLog(0).snapshot(true, entry -> entry).names()).isEmpty();
    }

    @Test
    void a_map_iteration_event_reads_its_index_across_chunks_and_in_an_earlier_snapshot() {
        // GIVEN
        EventLog log = new EventLog(1);
        EventKind started = EventKind.mapIteration("MapIterationStarted", "mapIterationStartedEventDetails",
                TextNode.valueOf("M"));
        log.append(0, T0, ENTERED, JsonNodeFactory.instance.objectNode());
        log.append(1, T0, started, EventKind.index(0));
        RecordedEvents early = log.snapshot();

        // WHEN
        int count = 2 * EventLog.CHUNK + 3;
        for (int i = 1; i < count; i++) {
            log.append(i, T0, i % 2 == 0 ? started : ENTERED, i % 2 == 0 ? EventKind.index(i)
                    : JsonNodeFactory.instance.numberNode(i));
        }

        // THEN
        ObjectNode first = JsonNodeFactory.instance.objectNode().put("index", 0).put("name", "M");
        assertThat(early).hasSize(2);
        assertThat(early.get(1).details()).isEqualTo(first);
        RecordedEvents all = log.snapshot();
        assertThat(all.get(1).details()).isEqualTo(first);
        assertThat(all).hasSize(count + 1);
        for (int i = 2; i < count; i += 2) {
            // the event appended i-th after the first two is at index i + 1
            assertThat(all.get(i + 1).details().get("index").intValue()).isEqualTo(i);
            assertThat(all.get(i + 1).details().fieldNames()).toIterable().containsExactly("index", "name");
        }
        assertThat(all.get(2).details().get("input").intValue()).isEqualTo(1);
    }

    @Test
    void a_visit_log_reads_rows_through_their_state_beside_entries_in_settled_and_copied_snapshots() {
        // GIVEN
        VisitLog log = new VisitLog(2);
        int count = EventLog.CHUNK + 7;
        for (int i = 0; i < count; i++) {
            log.append(new Named("S" + i));
        }
        RowNamed rows = new RowNamed();
        for (int i = 0; i < count; i += 3) {
            log.setRow(i, rows, JsonNodeFactory.instance.numberNode(i), null, T0.plusSeconds(i), null, Map.of(),
                    null, i + 1, 0, -1, -1, 0);
        }

        // WHEN
        RecordedVisits copied = log.snapshot(false, entry -> new Named(entry.stateName() + "!"));
        RecordedVisits settled = log.snapshot(true, entry -> entry);
        log.setRow(1, rows, JsonNodeFactory.instance.numberNode(-1), null, T0, null, Map.of(), null, 0, 0, -1, -1,
                0);
        log.append(new Named("later"));

        // THEN
        assertThat(copied).hasSize(count);
        assertThat(copied.get(0).input().intValue()).isZero();
        assertThat(copied.get(3 * 1000).entered()).isEqualTo(T0.plusSeconds(3000));
        assertThat(copied.names().get(1)).isEqualTo("S1!");
        assertThat(copied.names().get(3)).isEqualTo("row");
        assertThat(settled.names().get(count - 1)).isEqualTo((count - 1) % 3 == 0 ? "row" : "S" + (count - 1));
        assertThat(settled.get(EventLog.CHUNK + 2).input().intValue()).isEqualTo(EventLog.CHUNK + 2);
        assertThat(log.get(1).visit().input().intValue()).isEqualTo(-1);
        assertThat(log.get(1).stateName()).isEqualTo("row");
        assertThat(log.size()).isEqualTo(count + 1);
    }

    /** Rows read as visits of a Pass state named "row" that keep their input, entry time and entered event id. */
    private static final class RowNamed implements VisitLog.RowState {

        @Override
        public String stateName() {
            return "row";
        }

        @Override
        public StateVisit visit(VisitLog.Row row) {
            return new StateVisit("row", StateType.PASS, row.input(), row.output(), row.entered(), row.exited(), 0,
                    null, row.variables(), new StateVisit.Origin(row.enteredEventId(), 0, -1), -1,
                    StateVisit.DataFlow.NONE, List.of(), row.matchedChoiceRule());
        }
    }

    private record Named(String stateName) implements RecordedVisits.Entry {

        @Override
        public dev.orrery.run.StateVisit visit() {
            throw new UnsupportedOperationException();
        }
    }
}
