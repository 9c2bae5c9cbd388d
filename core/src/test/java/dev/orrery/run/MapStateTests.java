package dev.orrery.run;

import static dev.orrery.run.Runs.json;
import static dev.orrery.run.Runs.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orrery.history.HistoryEvent;
import dev.orrery.mock.TaskMocks;
import dev.orrery.spi.TaskIntegration;
import dev.orrery.spi.TaskOutcome;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MapStateTests {

    private static final String PASS_MAP = """
            {'StartAt': 'M', 'States': {'M': {'Type': 'Map', %s 'End': true,
              'ItemProcessor': {'StartAt': 'Item', 'States': {'Item': {'Type': 'Pass', 'End': true}}}}}}""";

    private static final String TASK_MAP = """
            {'StartAt': 'M', 'States': {'M': {'Type': 'Map', %s 'End': true,
              'ItemProcessor': {'StartAt': 'Work', 'States': {'Work': {'Type': 'Task',
               'Resource': 'arn:aws:states:::sns:publish', 'End': true}}}}}}""";

    /** Answers each call with its payload after ten virtual seconds. */
    private static final TaskIntegration ECHO_AFTER_10S =
            request -> new TaskOutcome.Success(request.payload(), Duration.ofSeconds(10));

    @Test
    void items_path_selects_the_items_and_the_output_keeps_their_order() {
        Execution execution = run(PASS_MAP.formatted("'ItemsPath': '$.items',"), "{'items': [3, 1, 2]}",
                TaskMocks.none());

        assertThat(execution.output()).isEqualTo(json("[3, 1, 2]"));
        assertThat(execution.path()).containsExactly("M", "Item", "Item", "Item");
    }

    @Test
    void records_map_state_and_iteration_events_with_length_index_and_name() {
        Execution execution = run(PASS_MAP.formatted("'MaxConcurrency': 1,"), "['a', 'b']", TaskMocks.none());

        assertThat(execution.history().types()).containsExactly("ExecutionStarted", "MapStateEntered",
                "MapStateStarted", "MapIterationStarted", "PassStateEntered", "PassStateExited",
                "MapIterationSucceeded", "MapIterationStarted", "PassStateEntered", "PassStateExited",
                "MapIterationSucceeded", "MapStateSucceeded", "MapStateExited", "ExecutionSucceeded");
        List<HistoryEvent> events = execution.history().events();
        assertThat(events.get(2).detailsKey()).isEqualTo("mapStateStartedEventDetails");
        assertThat(events.get(2).details()).isEqualTo(json("{'length': 2}"));
        assertThat(events.get(7).detailsKey()).isEqualTo("mapIterationStartedEventDetails");
        assertThat(events.get(7).details()).isEqualTo(json("{'index': 1, 'name': 'M'}"));
        assertThat(events.get(10).detailsKey()).isEqualTo("mapIterationSucceededEventDetails");
        assertThat(events.get(11).details()).isNull();
    }

    @Test
    void item_selector_sees_the_item_index_and_value_in_the_context_object() {
        Execution execution = run(PASS_MAP.formatted("""
                'ItemsPath': '$.items', 'ItemSelector': {'i.$': '$$.Map.Item.Index', 'v.$': '$$.Map.Item.Value',
                 'tag.$': '$.tag'},"""), "{'items': ['x', 'y'], 'tag': 't'}", TaskMocks.none());

        assertThat(execution.output()).isEqualTo(json("[{'i': 0, 'v': 'x', 'tag': 't'}, {'i': 1, 'v': 'y', 'tag': 't'}]"));
    }

    @Test
    void item_selector_paths_into_the_item_read_the_same_values_as_the_whole_context_object() {
        Execution execution = run(PASS_MAP.formatted("""
                'ItemsPath': '$.items', 'ItemSelector': {'name.$': '$$.Map.Item.Value.name',
                 'first.$': '$$[\\"Map\\"][\\"Item\\"][\\"Value\\"].tags[0]', 'item.$': '$$.Map.Item',
                 'index.$': '$$.Map.Item.Index', 'state.$': '$$.State.Name', 'map.$': '$$.Map'},"""),
                "{'items': [{'name': 'a', 'tags': ['x']}, {'name': 'b', 'tags': ['y', 'z']}]}", TaskMocks.none());

        assertThat(execution.output()).isEqualTo(json("""
                [{'name': 'a', 'first': 'x', 'item': {'Index': 0, 'Value': {'name': 'a', 'tags': ['x']}}, 'index': 0,
                  'state': 'M', 'map': {'Item': {'Index': 0, 'Value': {'name': 'a', 'tags': ['x']}}}},
                 {'name': 'b', 'first': 'y', 'item': {'Index': 1, 'Value': {'name': 'b', 'tags': ['y', 'z']}}, 'index': 1,
                  'state': 'M', 'map': {'Item': {'Index': 1, 'Value': {'name': 'b', 'tags': ['y', 'z']}}}}]"""));
    }

    @Test
    void an_item_selector_path_past_the_item_value_that_finds_nothing_fails_as_before() {
        Execution execution = run(PASS_MAP.formatted("""
                'ItemsPath': '$.items', 'ItemSelector': {'v.$': '$$.Map.Item.Value.missing'},"""),
                "{'items': [{'a': 1}]}", TaskMocks.none());

        assertThat(execution.status()).isEqualTo(ExecutionStatus.FAILED);
        assertThat(execution.error()).isEqualTo("States.Runtime");
        assertThat(execution.cause()).contains("$$.Map.Item.Value.missing");
    }

    @Test
    void legacy_iterator_and_parameters_work_as_item_processor_and_item_selector() {
        Execution execution = run("""
                {'StartAt': 'M', 'States': {'M': {'Type': 'Map', 'End': true,
                  'Parameters': {'v.$': '$$.Map.Item.Value', 'all.$': '$'},
                  'Iterator': {'StartAt': 'Item', 'States': {'Item': {'Type': 'Pass', 'End': true}}}}}}""",
                "[1, 2]", TaskMocks.none());

        assertThat(execution.output()).isEqualTo(json("[{'v': 1, 'all': [1, 2]}, {'v': 2, 'all': [1, 2]}]"));
    }

    @Test
    void input_path_result_selector_result_path_and_output_path_apply_to_the_whole_state() {
        Execution execution = run(PASS_MAP.formatted("""
                'InputPath': '$.in', 'ItemsPath': '$.items', 'ResultSelector': {'count.$': 'States.ArrayLength($)'},
                'ResultPath': '$.result', 'OutputPath': '$.result',"""), "{'in': {'items': [1, 2, 3]}}",
                TaskMocks.none());

        assertThat(execution.output()).isEqualTo(json("{'count': 3}"));
    }

    @Test
    void an_empty_array_gives_an_empty_output_without_iterations() {
        Execution execution = run(PASS_MAP.formatted(""), "[]", TaskMocks.none());

        assertThat(execution.output()).isEqualTo(json("[]"));
        assertThat(execution.history().types()).containsExactly("ExecutionStarted", "MapStateEntered",
                "MapStateStarted", "MapStateSucceeded", "MapStateExited", "ExecutionSucceeded");
    }

    @ParameterizedTest
    @CsvSource({"1, 40", "2, 20", "3, 20", "0, 10", "4, 10"})
    void max_concurrency_bounds_how_many_iterations_run_at_once_in_virtual_time(int max, long seconds) {
        Execution execution = run(TASK_MAP.formatted("'MaxConcurrency': " + max + ","), "[1, 2, 3, 4]",
                ECHO_AFTER_10S);

        assertThat(execution.output()).isEqualTo(json("[1, 2, 3, 4]"));
        assertThat(execution.virtualDuration()).isEqualTo(Duration.ofSeconds(seconds));
    }

    @Test
    void max_concurrency_path_reads_the_limit_from_the_input() {
        Execution execution = run(TASK_MAP.formatted("'ItemsPath': '$.items', 'MaxConcurrencyPath': '$.max',"),
                "{'items': [1, 2, 3, 4], 'max': 2}", ECHO_AFTER_10S);

        assertThat(execution.virtualDuration()).isEqualTo(Duration.ofSeconds(20));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '~', value = {
        "'NoNumber' | The MaxConcurrencyPath field refers to value \"NoNumber\" which is not a valid integer: $.max",
        "{}         | The MaxConcurrencyPath field refers to value \"{}\" which is not a valid integer: $.max",
        "1.5        | The MaxConcurrencyPath field refers to value \"1.5\" which is not a valid integer: $.max"})
    void max_concurrency_path_to_no_integer_fails_with_states_runtime(String value, String cause) {
        Execution execution = run(PASS_MAP.formatted("'ItemsPath': '$.items', 'MaxConcurrencyPath': '$.max',"),
                "{'items': [1], 'max': " + value + "}", TaskMocks.none());

        assertThat(execution.error()).isEqualTo("States.Runtime");
        assertThat(execution.cause()).isEqualTo(
                "An error occurred while executing the state 'M' (entered at the event id #2). " + cause);
        assertThat(execution.history().types()).containsExactly("ExecutionStarted", "MapStateEntered",
                "ExecutionFailed");
    }

    @Test
    void items_that_are_not_an_array_fail_with_states_runtime() {
        Execution execution = run(PASS_MAP.formatted("'ItemsPath': '$.items',"), "{'items': {'a': 1}}",
                TaskMocks.none());

        assertThat(execution.error()).isEqualTo("States.Runtime");
        assertThat(execution.cause()).isEqualTo("An error occurred while executing the state 'M' (entered at the "
                + "event id #2). Map state input must be an array but was: {\"a\":1}");
    }

    @Test
    void an_items_path_that_finds_nothing_fails_with_states_runtime() {
        Execution execution = run(PASS_MAP.formatted("'ItemsPath': '$.missing',"), "{}", TaskMocks.none());

        assertThat(execution.error()).isEqualTo("States.Runtime");
        assertThat(execution.cause()).startsWith("An error occurred while executing the state 'M' (entered at the "
                + "event id #2). Invalid path '$.missing'");
    }

    @Test
    void the_first_failing_iteration_aborts_the_running_ones_and_fails_the_state() {
        TaskIntegration failSecond = request -> request.payload().asInt() == 2
                ? new TaskOutcome.Failure("Bad.Item", "item 2", Duration.ofSeconds(5), List.of())
                : new TaskOutcome.Success(request.payload(), Duration.ofSeconds(10));

        Execution execution = run(TASK_MAP.formatted(""), "[1, 2, 3]", failSecond);

        assertThat(execution.error()).isEqualTo("Bad.Item");
        assertThat(execution.cause()).isEqualTo("item 2");
        assertThat(execution.virtualDuration()).isEqualTo(Duration.ofSeconds(5));
        assertThat(execution.history().types()).endsWith("TaskFailed", "MapIterationFailed", "TaskStateAborted",
                "MapIterationAborted", "TaskStateAborted", "MapIterationAborted", "TaskStateAborted",
                "MapStateFailed", "ExecutionFailed");
        assertThat(execution.history().events().stream().filter(e -> e.type().startsWith("MapIterationAborted"))
                .map(e -> e.details().get("index").asInt())).containsExactly(0, 2);
        assertThat(execution.history().types()).doesNotContain("TaskSucceeded");
    }

    @Test
    void catch_on_the_map_state_handles_an_iteration_failure() {
        Execution execution = run("""
                {'StartAt': 'M', 'States': {'M': {'Type': 'Map', 'Next': 'Done',
                  'Catch': [{'ErrorEquals': ['States.ALL'], 'Next': 'Caught'}],
                  'ItemProcessor': {'StartAt': 'F', 'States': {'F': {'Type': 'Fail', 'Error': 'E', 'Cause': 'C'}}}},
                 'Done': {'Type': 'Pass', 'End': true}, 'Caught': {'Type': 'Pass', 'End': true}}}""", "[1]",
                TaskMocks.none());

        assertThat(execution.output()).isEqualTo(json("{'Error': 'E', 'Cause': 'C'}"));
        assertThat(execution.history().types()).containsSubsequence("MapIterationFailed", "MapStateFailed",
                "MapStateExited", "PassStateEntered");
    }

    @Test
    void retry_on_the_map_state_runs_every_iteration_again() {
        List<Integer> calls = new ArrayList<>();
        TaskIntegration failFirstCall = request -> {
            calls.add(request.invocation());
            return request.invocation() == 0 ? TaskOutcome.failure("Flaky", null)
                    : TaskOutcome.success(request.payload());
        };

        Execution execution = run(TASK_MAP.formatted(
                "'MaxConcurrency': 1, 'Retry': [{'ErrorEquals': ['Flaky'], 'IntervalSeconds': 2}],"), "[1, 2]",
                failFirstCall);

        assertThat(execution.output()).isEqualTo(json("[1, 2]"));
        assertThat(calls).containsExactly(0, 1, 2);
        assertThat(execution.history().types().stream().filter("MapStateStarted"::equals)).hasSize(2);
    }

    @Test
    void the_invocation_counter_follows_the_scheduling_order_of_the_iterations() {
        List<JsonNode> byInvocation = new ArrayList<>();
        TaskIntegration record = request -> {
            byInvocation.add(request.payload());
            assertThat(byInvocation).hasSize(request.invocation() + 1);
            return TaskOutcome.success(request.payload());
        };

        run(TASK_MAP.formatted(""), "['a', 'b', 'c']", record);

        assertThat(byInvocation).containsExactly(json("'a'"), json("'b'"), json("'c'"));
    }
}
