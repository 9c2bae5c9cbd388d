package dev.orrery.run;

import static dev.orrery.run.Runs.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.orrery.mock.TaskMocks;
import org.junit.jupiter.api.Test;

class StateVisitOriginTests {

    @Test
    void visits_inside_a_map_iteration_name_the_map_visit_and_the_item_index() {
        Execution execution = run("""
                {'StartAt': 'Each', 'States': {'Each': {'Type': 'Map', 'ItemsPath': '$.items',
                 'ItemProcessor': {'StartAt': 'Work', 'States': {'Work': {'Type': 'Pass', 'End': true}}},
                 'End': true}}}""", "{'items': ['a', 'b']}", TaskMocks.none());

        StateVisit map = execution.visits().get(0);
        assertThat(map.origin().isTopLevel()).isTrue();
        assertThat(map.origin().enteredEventId()).isEqualTo(2);
        assertThat(execution.visits().subList(1, 3))
                .extracting(visit -> visit.origin().parentEnteredEventId(), visit -> visit.origin().branchIndex())
                .containsExactlyInAnyOrder(tuple(2L, 0), tuple(2L, 1));
    }

    @Test
    void visits_inside_parallel_branches_name_their_branch() {
        Execution execution = run("""
                {'StartAt': 'Both', 'States': {'Both': {'Type': 'Parallel', 'End': true, 'Branches': [
                  {'StartAt': 'Left', 'States': {'Left': {'Type': 'Pass', 'End': true}}},
                  {'StartAt': 'Right', 'States': {'Right': {'Type': 'Pass', 'End': true}}}]}}}""", "{}",
                TaskMocks.none());

        assertThat(execution.visits()).filteredOn(visit -> visit.name().equals("Right"))
                .extracting(visit -> visit.origin().branchIndex()).containsExactly(1);
    }
}
