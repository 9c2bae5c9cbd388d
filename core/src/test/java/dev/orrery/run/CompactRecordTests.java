package dev.orrery.run;

import static dev.orrery.run.Runs.json;
import static org.assertj.core.api.Assertions.assertThat;

import dev.orrery.history.ExecutionHistory;
import dev.orrery.history.HistoryEvent;
import dev.orrery.mock.TaskMocks;
import dev.orrery.parse.AslParser;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A run keeps its history and visits compactly and makes each event and visit when it is read. */
class CompactRecordTests {

    // entered and exited events with and without assigned variables, Map iterations, a caught error, a task
    private static final String MACHINE = """
            {'StartAt': 'Init', 'States': {
              'Init': {'Type': 'Pass', 'Result': [1, 2, 3], 'ResultPath': '$.items', 'Assign': {'n': 1}, 'Next': 'M'},
              'M': {'Type': 'Map', 'ItemsPath': '$.items', 'ResultPath': '$.mapped', 'Next': 'T',
                'ItemProcessor': {'StartAt': 'P', 'States': {'P': {'Type': 'Pass', 'End': true}}}},
              'T': {'Type': 'Task', 'Resource': 'arn:aws:states:::lambda:invoke', 'ResultPath': '$.t', 'Next': 'F',
                'Catch': [{'ErrorEquals': ['States.ALL'], 'Next': 'Done', 'ResultPath': '$.error'}]},
              'F': {'Type': 'Fail', 'Error': 'Boom', 'Cause': 'on purpose'},
              'Done': {'Type': 'Succeed'}}}""";

    private static final String CALLBACK = """
            {'StartAt': 'Ask', 'States': {'Ask': {'Type': 'Task',
              'Resource': 'arn:aws:states:::lambda:invoke.waitForTaskToken',
              'Parameters': {'token.$': '$$.Task.Token'}, 'Next': 'After'},
              'After': {'Type': 'Pass', 'End': true}}}""";

    private static StateMachineRunner runner(String definition, dev.orrery.spi.TaskIntegration integration) {
        return StateMachineRunner.create(AslParser.parse(definition.replace('\'', '"')).orThrow(), integration);
    }

    @Test
    void every_read_of_a_history_gives_events_equal_to_a_copy_of_them() {
        // GIVEN
        Execution execution = runner(MACHINE, TaskMocks.builder().fails("T", "Oops", "it broke").build())
                .run(json("{'x': 1}"));
        ExecutionHistory history = execution.history();

        // WHEN
        List<HistoryEvent> copied = List.copyOf(history.events());
        ExecutionHistory copy = new ExecutionHistory(copied);

        // THEN
        assertThat(history.events()).isEqualTo(copied);
        assertThat(history).isEqualTo(copy).hasSameHashCodeAs(copy);
        assertThat(history.toString()).isEqualTo(copy.toString());
        assertThat(history.toAwsJson()).isEqualTo(copy.toAwsJson());
        assertThat(history.types()).isEqualTo(copied.stream().map(HistoryEvent::type).toList());
        assertThat(history.events().get(4)).isEqualTo(copied.get(4)).isNotSameAs(copied.get(4));
    }

    @Test
    void a_state_event_reads_its_details_in_the_order_and_form_they_were_always_recorded() {
        // GIVEN
        Execution execution = runner(MACHINE, TaskMocks.builder().fails("T", "Oops", "it broke").build())
                .run(json("{'x': 1}"));

        // WHEN
        List<HistoryEvent> events = execution.history().events();

        // THEN
        assertThat(events.get(1).details()).hasToString(
                "{\"input\":{\"x\":1},\"inputDetails\":{\"truncated\":false},\"name\":\"Init\"}");
        assertThat(events.get(2).details()).hasToString("{\"name\":\"Init\",\"output\":{\"x\":1,\"items\":[1,2,3]},"
                + "\"outputDetails\":{\"truncated\":false},\"assignedVariables\":{\"n\":1},"
                + "\"assignedVariablesDetails\":{\"truncated\":false}}");
        assertThat(events).filteredOn(event -> event.type().equals("MapIterationStarted"))
                .extracting(event -> event.details().toString())
                .containsExactly("{\"index\":0,\"name\":\"M\"}", "{\"index\":1,\"name\":\"M\"}",
                        "{\"index\":2,\"name\":\"M\"}");
        assertThat(events.get(1).detail("inputDetails")).hasToString("{\"truncated\":false}");
    }

    @Test
    void every_read_of_the_visits_gives_equal_visits_that_a_test_cannot_change() {
        // GIVEN
        Execution execution = runner(MACHINE, TaskMocks.builder().fails("T", "Oops", "it broke").build())
                .run(json("{'x': 1}"));

        // WHEN
        List<StateVisit> copied = List.copyOf(execution.visits());
        ((com.fasterxml.jackson.databind.node.ObjectNode) execution.visits().get(0).output()).put("scribbled", true);

        // THEN
        assertThat(execution.visits()).isEqualTo(copied);
        assertThat(execution.visits().get(0).output()).isEqualTo(json("{'x': 1, 'items': [1, 2, 3]}"));
        assertThat(execution.visits()).extracting(StateVisit::name)
                .containsExactly("Init", "M", "P", "P", "P", "T", "Done");
        assertThat(execution.visits().get(5).caughtBy()).isZero();
        assertThat(execution.path()).containsExactly("Init", "M", "P", "P", "P", "T", "Done");
    }

    @Test
    void a_snapshot_taken_while_a_state_waits_keeps_that_visit_unfinished_after_it_ends() {
        // GIVEN
        ExecutionSession session = runner(CALLBACK, TaskMocks.builder().state("Ask").awaitsCallback().build())
                .start(json("{}"));
        Execution before = session.snapshot();

        // WHEN
        session.sendTaskSuccess(session.taskToken("Ask"), json("{'ok': true}"));
        Execution after = session.runToCompletion();

        // THEN
        assertThat(before.visits()).hasSize(1);
        assertThat(before.visits().get(0).exited()).isNull();
        assertThat(before.visits().get(0).output()).isNull();
        assertThat(before.history().types()).containsExactly("ExecutionStarted", "TaskStateEntered",
                "TaskScheduled", "TaskStarted", "TaskSubmitted");
        assertThat(after.visits()).extracting(StateVisit::name).containsExactly("Ask", "After");
        assertThat(after.visits().get(0).output()).isEqualTo(json("{'ok': true}"));
        assertThat(after.history().size()).isGreaterThan(before.history().size());
    }
    @Test
    void a_run_longer_than_a_chunk_reads_its_path_visits_and_history_in_order_across_the_chunks() {
        // GIVEN an inline Map of 5,000 items: more than one chunk of visits and several of events
        String definition = """
                {'StartAt': 'M', 'States': {'M': {'Type': 'Map', 'End': true,
                  'ItemProcessor': {'StartAt': 'P', 'States': {'P': {'Type': 'Pass', 'End': true}}}}}}""";
        StringBuilder items = new StringBuilder("[0");
        for (int i = 1; i < 5_000; i++) {
            items.append(',').append(i);
        }

        // WHEN
        Execution execution = runner(definition, TaskMocks.builder().build()).run(json(items.append(']').toString()));

        // THEN
        assertThat(execution.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        assertThat(execution.path()).hasSize(5_001).startsWith("M", "P").endsWith("P");
        assertThat(execution.visits()).extracting(StateVisit::name).isEqualTo(execution.path());
        assertThat(execution.visits().get(4_096).name()).isEqualTo("P");
        List<HistoryEvent> events = execution.history().events();
        List<HistoryEvent> copied = List.copyOf(events);
        assertThat(events).isEqualTo(copied);
        for (int i = 0; i < events.size(); i++) {
            assertThat(events.get(i).id()).isEqualTo(i + 1L);
            assertThat(events.get(i).previousEventId()).isLessThanOrEqualTo(i);
        }
        assertThat(events).filteredOn(event -> event.type().equals("MapIterationStarted")).hasSize(5_000)
                .last().extracting(event -> event.details().toString()).isEqualTo("{\"index\":4999,\"name\":\"M\"}");
        assertThat(execution.output()).hasSize(5_000);
    }
}
