package dev.orrery.conformance;

import static dev.orrery.conformance.Fixtures.event;
import static dev.orrery.conformance.Fixtures.execution;
import static dev.orrery.conformance.Fixtures.passCase;
import static dev.orrery.conformance.Fixtures.passExecution;
import static org.assertj.core.api.Assertions.assertThat;

import dev.orrery.history.HistoryEvent;
import dev.orrery.run.Execution;
import dev.orrery.run.ExecutionStatus;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CaseComparatorTests {

    @Test
    void passes_when_status_output_path_and_compared_event_fields_match() {
        // GIVEN ours carries roleArn, outputDetails, ids and timestamps the recording dropped
        assertThat(CaseComparator.compare(passCase("{}"), passExecution())).isNull();
    }

    @Test
    void reports_a_different_status_first() {
        Execution failed = execution(ExecutionStatus.FAILED, null, "States.Runtime", "boom", List.of("Start"));

        assertThat(CaseComparator.compare(passCase("{}"), failed))
                .isEqualTo(new Difference("status", "SUCCEEDED", "FAILED"));
    }

    @Test
    void reports_a_different_output() {
        Execution execution = withOutput(passExecution(), "{'a': 2}");

        assertThat(CaseComparator.compare(passCase("{}"), execution))
                .isEqualTo(new Difference("output.a", "1", "2"));
    }

    @Test
    void compares_error_and_cause_of_failed_executions() {
        ConformanceCase failing = passCase("{'expected': {'status': 'FAILED', 'error': 'E', 'cause': 'c',"
                + " 'path': null, 'events': null}}");

        assertThat(CaseComparator.compare(failing,
                execution(ExecutionStatus.FAILED, null, "E", "c", List.of()))).isNull();
        assertThat(CaseComparator.compare(failing,
                execution(ExecutionStatus.FAILED, null, "E", null, List.of())))
                .isEqualTo(new Difference("cause", "\"c\"", "null"));
    }

    @Test
    void reports_a_different_path() {
        Execution execution = execution(ExecutionStatus.SUCCEEDED, "{'a': 1}", null, null, List.of("Start"));

        assertThat(CaseComparator.compare(passCase("{}"), execution))
                .isEqualTo(new Difference("path", "[\"Start\",\"End\"]", "[\"Start\"]"));
    }

    @Test
    void skips_path_and_events_of_output_only_recordings() {
        ConformanceCase outputOnly = passCase("{'expected': {'status': 'SUCCEEDED', 'output': {'a': 1},"
                + " 'path': null, 'events': null}, 'notes': ['output-only-recording']}");

        assertThat(CaseComparator.compare(outputOnly,
                execution(ExecutionStatus.SUCCEEDED, "{'a': 1}", null, null, List.of("X")))).isNull();
    }

    @Test
    void reports_the_first_differing_event_field() {
        List<HistoryEvent> events = new ArrayList<>(passExecution().history().events());
        events.set(3, event("PassStateEntered", "stateEnteredEventDetails", "{'name': 'End', 'input': {'a': 9}}"));

        assertThat(CaseComparator.compare(passCase("{}"), withEvents(passExecution(), events)))
                .isEqualTo(new Difference("events[3].stateEnteredEventDetails.input.a", "1", "9"));
    }

    @Test
    void reports_a_missing_event() {
        List<HistoryEvent> events = new ArrayList<>(passExecution().history().events());
        events.remove(5);

        assertThat(CaseComparator.compare(passCase("{}"), withEvents(passExecution(), events)).field())
                .isEqualTo("events[5]");
    }

    @Test
    void replaces_redacted_input_values_in_our_results() {
        ConformanceCase redacted = passCase("{'expected': {'status': 'SUCCEEDED', 'output': {'when': 'date'},"
                + " 'path': null, 'events': null}, 'redactions': {'input_values': {'2020-01-01T00:00:00Z': 'date'}}}");

        assertThat(CaseComparator.compare(redacted, execution(ExecutionStatus.SUCCEEDED,
                "{'when': '2020-01-01T00:00:00Z'}", null, null, List.of()))).isNull();
    }

    @Test
    void tolerates_interleaved_map_iterations() {
        ConformanceCase mapCase = passCase("""
                {'features': {'query_language': 'JSONPath', 'state_types': {'Map': 1, 'Pass': 1}},
                 'expected': {'status': 'SUCCEEDED', 'output': {'a': 1}, 'path': ['M', 'P', 'P'], 'events': [
                   {'type': 'MapStateStarted', 'mapStateStartedEventDetails': {'length': 2}},
                   {'type': 'MapIterationStarted', 'mapIterationStartedEventDetails': {'index': 0}},
                   {'type': 'MapIterationStarted', 'mapIterationStartedEventDetails': {'index': 1}},
                   {'type': 'MapIterationSucceeded', 'mapIterationSucceededEventDetails': {'index': 1}},
                   {'type': 'MapIterationSucceeded', 'mapIterationSucceededEventDetails': {'index': 0}},
                   {'type': 'MapStateSucceeded'}]}}
                """);
        Execution sequential = execution(ExecutionStatus.SUCCEEDED, "{'a': 1}", null, null, List.of("P", "M", "P"),
                event("MapStateStarted", "mapStateStartedEventDetails", "{'length': 2}"),
                event("MapIterationStarted", "mapIterationStartedEventDetails", "{'index': 0, 'name': 'M'}"),
                event("MapIterationSucceeded", "mapIterationSucceededEventDetails", "{'index': 0, 'name': 'M'}"),
                event("MapIterationStarted", "mapIterationStartedEventDetails", "{'index': 1, 'name': 'M'}"),
                event("MapIterationSucceeded", "mapIterationSucceededEventDetails", "{'index': 1, 'name': 'M'}"),
                event("MapStateSucceeded", null, null));

        assertThat(CaseComparator.compare(mapCase, sequential)).isNull();
    }

    @Test
    void reports_an_event_missing_from_a_concurrent_block() {
        ConformanceCase mapCase = passCase("""
                {'features': {'query_language': 'JSONPath', 'state_types': {'Map': 1}},
                 'expected': {'status': 'SUCCEEDED', 'output': {'a': 1}, 'path': [], 'events': [
                   {'type': 'MapStateStarted', 'mapStateStartedEventDetails': {'length': 1}},
                   {'type': 'MapIterationStarted', 'mapIterationStartedEventDetails': {'index': 0}},
                   {'type': 'MapStateSucceeded'}]}}
                """);
        Execution execution = execution(ExecutionStatus.SUCCEEDED, "{'a': 1}", null, null, List.of(),
                event("MapStateStarted", "mapStateStartedEventDetails", "{'length': 1}"),
                event("MapIterationStarted", "mapIterationStartedEventDetails", "{'index': 5}"),
                event("MapStateSucceeded", null, null));

        assertThat(CaseComparator.compare(mapCase, execution).field()).isEqualTo("events[1]");
    }

    private static Execution withOutput(Execution e, String output) {
        return new Execution(e.executionArn(), e.status(), e.input(), Fixtures.json(output), e.error(), e.cause(),
                e.path(), e.visits(), e.history(), e.startTime(), e.stopTime());
    }

    private static Execution withEvents(Execution e, List<HistoryEvent> events) {
        return execution(e.status(), e.output() == null ? null : e.output().toString(), e.error(), e.cause(),
                e.path(), events.toArray(HistoryEvent[]::new));
    }
}
