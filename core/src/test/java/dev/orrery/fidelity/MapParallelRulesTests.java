package dev.orrery.fidelity;

import static dev.orrery.fidelity.RuleRuns.all;
import static dev.orrery.fidelity.RuleRuns.first;
import static dev.orrery.fidelity.RuleRuns.json;
import static dev.orrery.fidelity.RuleRuns.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.orrery.history.HistoryEvent;
import dev.orrery.mock.TaskMocks;
import dev.orrery.run.Execution;
import dev.orrery.run.ExecutionStatus;
import dev.orrery.spi.TaskOutcome;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Map and Parallel at run time (developer guide: "Map state", "Parallel state", "Inline mode", "Distributed mode";
 * the event order and ids are those AWS recorded in LocalStack's public snapshots).
 */
class MapParallelRulesTests {

    /** Render a history as {@code id:Type<previousEventId}, the way the recordings were read. */
    private static String shape(Execution execution) {
        return execution.history().events().stream()
                .map(e -> e.id() + ":" + e.type() + "<" + e.previousEventId())
                .collect(Collectors.joining(" "));
    }

    private static final String FOUR_LAMBDAS = """
            {'StartAt': 'M', 'States': {'M': {'Type': 'Map', 'ItemsPath': '$.Inputs',
              'ItemProcessor': {'StartAt': 'L', 'States': {'L': {'Type': 'Task',
                'Resource': 'arn:aws:states:::lambda:invoke', 'TimeoutSeconds': 5,
                'Parameters': {'FunctionName.$': '$.FunctionName', 'Payload.$': '$.Payload'}, 'End': true}}},
              'End': true}}}""";

    @Test
    void a_failing_iteration_aborts_every_iteration_in_flight_after_recording_its_own_failure() {
        Execution execution = run(FOUR_LAMBDAS, "{'Inputs': [{'FunctionName': 'f', 'Payload': null}, "
                + "{'FunctionName': 'f', 'Payload': null}, {'FunctionName': 'f', 'Payload': null}]}",
                TaskMocks.builder().respond("L", TaskOutcome.failure("Boom", "first"),
                        new TaskOutcome.Success(json("{}"), Duration.ofSeconds(3))).build());

        assertThat(execution.status()).isEqualTo(ExecutionStatus.FAILED);
        assertThat(execution.error()).isEqualTo("Boom");
        List<String> types = RuleRuns.types(execution);
        int failedAt = types.indexOf("MapIterationFailed");
        assertThat(types.subList(failedAt, types.size())).containsExactly("MapIterationFailed", "TaskStateAborted",
                "MapIterationAborted", "TaskStateAborted", "MapIterationAborted", "TaskStateAborted",
                "MapStateFailed", "ExecutionFailed");
        long failure = first(execution, "TaskFailed").id();
        assertThat(execution.history().events().subList(failedAt, types.size() - 1))
                .allSatisfy(event -> assertThat(event.previousEventId()).isEqualTo(failure));
        assertThat(all(execution, "MapIterationAborted")).extracting(e -> e.detail("index"))
                .containsExactly(json("1"), json("2"));
    }

    @Test
    void iterations_timing_out_at_the_same_instant_record_their_timeouts_before_the_first_fails_the_map() {
        Execution execution = run(FOUR_LAMBDAS, "{'Inputs': [{'FunctionName': 'f', 'Payload': null}, "
                + "{'FunctionName': 'f', 'Payload': null}, {'FunctionName': 'f', 'Payload': null}, "
                + "{'FunctionName': 'f', 'Payload': null}]}",
                TaskMocks.builder().respond("L", TaskOutcome.NoResponse.silent()).build());

        assertThat(execution.error()).isEqualTo("States.Timeout");
        List<String> types = RuleRuns.types(execution);
        assertThat(types.subList(types.indexOf("TaskTimedOut"), types.size())).containsExactly("TaskTimedOut",
                "TaskTimedOut", "TaskTimedOut", "TaskTimedOut", "MapIterationFailed", "TaskStateAborted",
                "MapIterationAborted", "TaskStateAborted", "MapIterationAborted", "TaskStateAborted",
                "MapIterationAborted", "TaskStateAborted", "MapStateFailed", "ExecutionFailed");
        long failure = first(execution, "TaskTimedOut").id();
        assertThat(execution.history().events().subList(types.indexOf("MapIterationFailed"), types.size() - 1))
                .allSatisfy(event -> assertThat(event.previousEventId()).isEqualTo(failure));
    }

    @Test
    void an_aborted_iteration_records_nothing_of_its_task_ending_later() {
        Execution execution = run(FOUR_LAMBDAS, "{'Inputs': [{'FunctionName': 'f', 'Payload': null}, "
                + "{'FunctionName': 'f', 'Payload': null}]}", TaskMocks.builder().respond("L",
                TaskOutcome.failure("Boom", null), new TaskOutcome.Success(json("{}"), Duration.ofSeconds(3)))
                .build());

        assertThat(RuleRuns.types(execution)).doesNotContain("TaskSucceeded", "TaskTimedOut");
    }

    @Test
    void a_failed_task_ends_its_parallel_branch_with_task_state_aborted_before_parallel_state_failed() {
        Execution execution = run("""
                {'StartAt': 'P', 'States': {'P': {'Type': 'Parallel', 'Branches': [{'StartAt': 'T', 'States': {
                  'T': {'Type': 'Task', 'Resource': 'arn:aws:states:::sqs:sendMessage.waitForTaskToken',
                    'Parameters': {'QueueUrl': 'q', 'MessageBody': {'t.$': '$$.Task.Token'}}, 'End': true}}}],
                  'Catch': [{'ErrorEquals': ['States.ALL'], 'Next': 'H'}], 'End': true},
                  'H': {'Type': 'Pass', 'End': true}}}""", "{}", TaskMocks.builder().respond("T",
                new TaskOutcome.Callback(json("{'MessageId': 'm'}"), TaskOutcome.failure("Err", null))).build());

        assertThat(shape(execution)).isEqualTo("1:ExecutionStarted<0 2:ParallelStateEntered<0 "
                + "3:ParallelStateStarted<2 4:TaskStateEntered<3 5:TaskScheduled<4 6:TaskStarted<5 7:TaskSubmitted<6 "
                + "8:TaskFailed<7 9:TaskStateAborted<8 10:ParallelStateFailed<8 11:ParallelStateExited<10 "
                + "12:PassStateEntered<11 13:PassStateExited<12 14:ExecutionSucceeded<13");
    }

    @Test
    void a_branch_failure_aborts_the_wait_state_another_branch_is_in() {
        Execution execution = run("""
                {'StartAt': 'P', 'States': {'P': {'Type': 'Parallel', 'Branches': [
                  {'StartAt': 'W', 'States': {'W': {'Type': 'Wait', 'Seconds': 10, 'End': true}}},
                  {'StartAt': 'F', 'States': {'F': {'Type': 'Fail', 'Error': 'X'}}}], 'End': true}}}""", "{}",
                TaskMocks.none());

        assertThat(shape(execution)).isEqualTo("1:ExecutionStarted<0 2:ParallelStateEntered<0 "
                + "3:ParallelStateStarted<2 4:WaitStateEntered<3 5:FailStateEntered<3 6:WaitStateAborted<5 "
                + "7:ParallelStateFailed<5 8:ExecutionFailed<7");
    }

    @Test
    void a_fail_state_in_an_iteration_fails_the_iteration_and_the_map_after_it() {
        Execution execution = run("""
                {'StartAt': 'M', 'States': {'M': {'Type': 'Map', 'ItemProcessor': {'StartAt': 'F', 'States': {
                  'F': {'Type': 'Fail', 'Error': 'X'}}}, 'Catch': [{'ErrorEquals': ['States.ALL'], 'Next': 'B'}],
                  'End': true}, 'B': {'Type': 'Pass', 'End': true}}}""", "[1]", TaskMocks.none());

        assertThat(shape(execution)).isEqualTo("1:ExecutionStarted<0 2:MapStateEntered<0 3:MapStateStarted<2 "
                + "4:MapIterationStarted<3 5:FailStateEntered<4 6:MapIterationFailed<5 7:MapStateFailed<5 "
                + "8:MapStateExited<7 9:PassStateEntered<8 10:PassStateExited<9 11:ExecutionSucceeded<10");
    }

    @Test
    void a_map_retry_starts_again_after_the_failure_event() {
        Execution execution = run("""
                {'StartAt': 'M', 'States': {'M': {'Type': 'Map', 'ItemProcessor': {'StartAt': 'F', 'States': {
                  'F': {'Type': 'Fail', 'Error': 'X'}}}, 'Retry': [{'ErrorEquals': ['States.ALL'],
                  'MaxAttempts': 1, 'IntervalSeconds': 1}], 'End': true}}}""", "[1]", TaskMocks.none());

        assertThat(shape(execution)).isEqualTo("1:ExecutionStarted<0 2:MapStateEntered<0 3:MapStateStarted<2 "
                + "4:MapIterationStarted<3 5:FailStateEntered<4 6:MapIterationFailed<5 7:MapStateStarted<5 "
                + "8:MapIterationStarted<7 9:FailStateEntered<8 10:MapIterationFailed<9 11:MapStateFailed<9 "
                + "12:ExecutionFailed<11");
    }

    @Test
    void a_succeeding_map_records_map_state_exited_after_the_last_iteration_event_not_after_map_state_succeeded() {
        Execution execution = run("""
                {'StartAt': 'M', 'States': {'M': {'Type': 'Map', 'MaxConcurrency': 1, 'ItemProcessor': {
                  'StartAt': 'P', 'States': {'P': {'Type': 'Pass', 'End': true}}}, 'End': true}}}""", "[1, 2]",
                TaskMocks.none());

        assertThat(shape(execution)).isEqualTo("1:ExecutionStarted<0 2:MapStateEntered<0 3:MapStateStarted<2 "
                + "4:MapIterationStarted<3 5:PassStateEntered<4 6:PassStateExited<5 7:MapIterationSucceeded<6 "
                + "8:MapIterationStarted<6 9:PassStateEntered<8 10:PassStateExited<9 11:MapIterationSucceeded<10 "
                + "12:MapStateSucceeded<11 13:MapStateExited<11 14:ExecutionSucceeded<13");
    }

    @Test
    void iterations_started_together_all_follow_map_state_started() {
        Execution execution = run(FOUR_LAMBDAS, "{'Inputs': [{'FunctionName': 'f', 'Payload': null}, "
                + "{'FunctionName': 'f', 'Payload': null}]}",
                TaskMocks.builder().otherwise(r -> TaskOutcome.success(json("{}"))).build());

        long started = first(execution, "MapStateStarted").id();
        assertThat(all(execution, "MapIterationStarted")).extracting(HistoryEvent::previousEventId)
                .containsOnly(started);
        List<HistoryEvent> iterations = all(execution, "MapIterationStarted");
        assertThat(all(execution, "TaskStateEntered")).extracting(HistoryEvent::previousEventId)
                .containsExactly(iterations.get(0).id(), iterations.get(1).id());
    }

    @Test
    void a_parallel_state_records_parallel_state_exited_after_the_last_branch_event() {
        Execution execution = run("""
                {'StartAt': 'P', 'States': {'P': {'Type': 'Parallel', 'Branches': [
                  {'StartAt': 'A', 'States': {'A': {'Type': 'Pass', 'End': true}}},
                  {'StartAt': 'B', 'States': {'B': {'Type': 'Pass', 'End': true}}}], 'End': true}}}""", "{}",
                TaskMocks.none());

        assertThat(shape(execution)).isEqualTo("1:ExecutionStarted<0 2:ParallelStateEntered<0 "
                + "3:ParallelStateStarted<2 4:PassStateEntered<3 5:PassStateExited<4 6:PassStateEntered<3 "
                + "7:PassStateExited<6 8:ParallelStateSucceeded<7 9:ParallelStateExited<7 10:ExecutionSucceeded<9");
    }

    @Test
    void a_map_with_an_item_reader_records_a_length_of_0_at_its_start() {
        Execution execution = run("""
                {'QueryLanguage': 'JSONata', 'StartAt': 'B', 'States': {'B': {'Type': 'Map',
                  'ItemReader': {'ReaderConfig': {'InputType': 'JSON', 'MaxItems': 2},
                    'Resource': 'arn:aws:states:::s3:getObject',
                    'Arguments': {'Bucket': '{% $states.input.Bucket %}', 'Key': '{% $states.input.Key %}'}},
                  'ItemBatcher': {'MaxItemsPerBatch': '{% $states.input.MaxItemsPerBatch %}',
                    'BatchInput': {'Batch': true}},
                  'ItemProcessor': {'ProcessorConfig': {'Mode': 'DISTRIBUTED', 'ExecutionType': 'STANDARD'},
                    'StartAt': 'P', 'States': {'P': {'Type': 'Pass', 'End': true}}}, 'End': true}}}""",
                "{'Bucket': 'b', 'Key': 'k', 'MaxItemsPerBatch': 2}", TaskMocks.builder()
                        .resource("arn:aws:states:::s3:getObject")
                        .returns(com.fasterxml.jackson.databind.node.TextNode.valueOf("[{\"v\": 1}, {\"v\": 2}, "
                                + "{\"v\": 3}]")).build());

        assertThat(first(execution, "MapStateStarted").detail("length")).isEqualTo(json("0"));
        assertThat(execution.output()).isEqualTo(json("[{'BatchInput': {'Batch': true}, "
                + "'Items': [{'v': 1}, {'v': 2}]}]"));
    }

    private static final String CSV_READER = """
            {'StartAt': 'M', 'States': {'M': {'Type': 'Map', 'MaxConcurrency': 1,
              'ItemReader': {'ReaderConfig': {'InputType': 'CSV', 'CSVHeaderLocation': 'FIRST_ROW',
                'MaxItemsPath': '$.MaxItems'}, 'Resource': 'arn:aws:states:::s3:getObject',
                'Parameters': {'Bucket.$': '$.Bucket', 'Key.$': '$.Key'}},
              'ItemProcessor': {'ProcessorConfig': {'Mode': 'DISTRIBUTED', 'ExecutionType': 'STANDARD'},
                'StartAt': 'P', 'States': {'P': {'Type': 'Pass', 'End': true}}}, 'End': true}}}""";

    private static Execution readCsv(String maxItems) {
        return run(CSV_READER, "{'Bucket': 'b', 'Key': 'k', 'MaxItems': " + maxItems + "}", TaskMocks.builder()
                .resource("arn:aws:states:::s3:getObject").returns(json("{'Body': 'a,b\\n1,2\\n3,4\\n'}")).build());
    }

    @Test
    void a_failed_item_read_records_map_run_started_and_failed_after_map_state_started() {
        Execution execution = readCsv("-1");

        assertThat(RuleRuns.types(execution)).containsExactly("ExecutionStarted", "MapStateEntered",
                "MapStateStarted", "MapRunStarted", "MapRunFailed", "MapStateFailed", "ExecutionFailed");
        assertThat(execution.error()).isEqualTo("States.ItemReaderFailed");
        assertThat(execution.cause()).isEqualTo("field MaxItems must be positive");
    }

    @Test
    void a_reader_setting_that_is_no_valid_value_fails_the_execution_after_map_state_started() {
        Execution execution = readCsv("1.5");

        assertThat(RuleRuns.types(execution)).containsExactly("ExecutionStarted", "MapStateEntered",
                "MapStateStarted", "ExecutionFailed");
        assertThat(execution.error()).isEqualTo("States.Runtime");
        assertThat(execution.cause()).endsWith("The MaxItemsPath field refers to value \"1.5\" which is not a valid "
                + "integer: $.MaxItems");
    }

    @Test
    void an_item_reader_replaces_items_path() {
        Execution execution = run("""
                {'StartAt': 'M', 'States': {'M': {'Type': 'Map', 'ItemsPath': '$.no_such_path',
                  'ItemReader': {'ReaderConfig': {'InputType': 'JSON'}, 'Resource': 'arn:aws:states:::s3:getObject',
                    'Parameters': {'Bucket': 'b', 'Key': 'k'}},
                  'ItemProcessor': {'ProcessorConfig': {'Mode': 'DISTRIBUTED', 'ExecutionType': 'STANDARD'},
                    'StartAt': 'P', 'States': {'P': {'Type': 'Pass', 'End': true}}}, 'End': true}}}""", "{}",
                TaskMocks.builder().resource("arn:aws:states:::s3:getObject")
                        .returns(json("{'Body': '[[\\\"from-bucket\\\"]]'}")).build());

        assertThat(execution.output()).isEqualTo(json("[['from-bucket']]"));
    }

    @Test
    void the_execution_timeout_ends_the_run_without_aborting_the_states_in_flight() {
        Execution execution = run("""
                {'TimeoutSeconds': 3, 'StartAt': 'M', 'States': {'M': {'Type': 'Map', 'ItemProcessor': {
                  'StartAt': 'W', 'States': {'W': {'Type': 'Wait', 'Seconds': 10, 'End': true}}}, 'End': true}}}""",
                "[1, 2]", TaskMocks.none());

        assertThat(execution.status()).isEqualTo(ExecutionStatus.TIMED_OUT);
        assertThat(RuleRuns.types(execution)).doesNotContain("WaitStateAborted", "MapIterationAborted")
                .endsWith("ExecutionTimedOut");
    }
}
