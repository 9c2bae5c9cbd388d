package dev.orrery.fidelity;

import static dev.orrery.fidelity.Machines.errors;
import static dev.orrery.fidelity.Machines.events;
import static dev.orrery.fidelity.Machines.json;
import static dev.orrery.fidelity.Machines.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.orrery.history.HistoryEvent;
import dev.orrery.mock.StepFunctionsLocalMockConfig;
import dev.orrery.mock.TaskMocks;
import dev.orrery.run.Execution;
import dev.orrery.run.ExecutionOptions;
import dev.orrery.run.ExecutionSession;
import dev.orrery.run.ExecutionStatus;
import dev.orrery.run.StateMachineRunner;
import dev.orrery.parse.AslParser;
import dev.orrery.spi.TaskOutcome;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The rules of "Error handling" in {@code docs/fidelity.md}, one test (or table) per rule. */
class ErrorHandlingRulesTests {

    private static final Instant START = ExecutionOptions.DEFAULT_START_TIME;
    private static final String LAMBDA = "arn:aws:states:::lambda:invoke";

    /** A Task state T with the fields, and the states Caught and Other when the fields name them. */
    private static String task(String fields) {
        StringBuilder states = new StringBuilder("{'StartAt': 'T', 'States': {'T': {'Type': 'Task', 'Resource': '"
                + LAMBDA + "', " + fields + " 'End': true}");
        for (String name : List.of("Caught", "Other")) {
            if (fields.contains("'" + name + "'")) {
                states.append(", '").append(name).append("': {'Type': 'Pass', 'End': true}");
            }
        }
        return states.append("}}").toString();
    }

    private static TaskMocks failing(String error, String cause) {
        return TaskMocks.builder().fails("T", error, cause).build();
    }

    private static List<Instant> scheduledAt(Execution execution) {
        return events(execution, "TaskScheduled").stream().map(HistoryEvent::timestamp).toList();
    }

    @Test
    void error_names_are_case_sensitive() {
        Execution execution = run(task("'Catch': [{'ErrorEquals': ['custom.error'], 'Next': 'Caught'}],"), "{}",
                failing("Custom.Error", "c"));

        assertThat(execution.status()).isEqualTo(ExecutionStatus.FAILED);
        assertThat(execution.error()).isEqualTo("Custom.Error");
    }

    @Test
    void states_all_matches_any_error_name() {
        Execution execution = run(task("'Catch': [{'ErrorEquals': ['States.ALL'], 'Next': 'Caught'}],"), "{}",
                failing("Anything.At.All", "c"));

        assertThat(execution.path()).containsExactly("T", "Caught");
        assertThat(execution.output()).isEqualTo(json("{'Error': 'Anything.At.All', 'Cause': 'c'}"));
    }

    @Test
    void states_all_does_not_catch_states_runtime() {
        Execution execution = run(task("'InputPath': '$.missing', "
                + "'Catch': [{'ErrorEquals': ['States.ALL'], 'Next': 'Caught'}],"), "{}", TaskMocks.none());

        assertThat(execution.status()).isEqualTo(ExecutionStatus.FAILED);
        assertThat(execution.error()).isEqualTo("States.Runtime");
        assertThat(execution.path()).containsExactly("T");
    }

    @Test
    void a_catcher_naming_states_runtime_itself_catches_it() {
        Execution execution = run(task("'InputPath': '$.missing', "
                + "'Catch': [{'ErrorEquals': ['States.Runtime'], 'Next': 'Caught'}],"), "{}", TaskMocks.none());

        assertThat(execution.path()).containsExactly("T", "Caught");
        assertThat(execution.output().get("Error").asText()).isEqualTo("States.Runtime");
    }

    @Test
    void states_task_failed_matches_any_task_error_but_a_timeout() {
        String catching = "'TimeoutSeconds': 5, 'Catch': [{'ErrorEquals': ['States.TaskFailed'], 'Next': 'Caught'}],";
        Execution failed = run(task(catching), "{}", failing("Custom.Error", "c"));
        Execution timedOut = run(task(catching), "{}",
                TaskMocks.builder().respond("T", TaskOutcome.NoResponse.silent()).build());

        assertThat(failed.path()).containsExactly("T", "Caught");
        assertThat(timedOut.status()).isEqualTo(ExecutionStatus.FAILED);
        assertThat(timedOut.error()).isEqualTo("States.Timeout");
    }

    @Test
    void catchers_are_tried_in_order_and_the_first_match_wins() {
        Execution execution = run(task("'Catch': [{'ErrorEquals': ['Other.Error'], 'Next': 'Other'}, "
                + "{'ErrorEquals': ['Custom.Error'], 'Next': 'Caught'}, {'ErrorEquals': ['States.ALL'], "
                + "'Next': 'Other'}],"), "{}", failing("Custom.Error", "c"));

        assertThat(execution.path()).containsExactly("T", "Caught");
    }

    @Test
    void retriers_are_tried_in_order_and_the_first_match_applies() {
        TaskMocks mocks = TaskMocks.builder().respond("T", TaskOutcome.failure("E", null),
                TaskOutcome.success(json("{}"))).build();

        Execution execution = run(task("'Retry': [{'ErrorEquals': ['E'], 'IntervalSeconds': 5}, "
                + "{'ErrorEquals': ['States.ALL'], 'IntervalSeconds': 60}],"), "{}", mocks);

        assertThat(scheduledAt(execution)).containsExactly(START, START.plusSeconds(5));
    }

    @Test
    void a_retrier_defaults_to_1_second_3_attempts_and_a_backoff_rate_of_2() {
        TaskMocks mocks = TaskMocks.builder().respond("T", TaskOutcome.failure("E", null)).build();

        Execution execution = run(task("'Retry': [{'ErrorEquals': ['E']}],"), "{}", mocks);

        assertThat(scheduledAt(execution)).containsExactly(START, START.plusSeconds(1), START.plusSeconds(3),
                START.plusSeconds(7));
        assertThat(execution.error()).isEqualTo("E");
    }

    @Test
    void max_attempts_0_never_retries() {
        TaskMocks mocks = TaskMocks.builder().respond("T", TaskOutcome.failure("E", null)).build();

        Execution execution = run(task("'Retry': [{'ErrorEquals': ['E'], 'MaxAttempts': 0}],"), "{}", mocks);

        assertThat(scheduledAt(execution)).containsExactly(START);
    }

    @Test
    void max_delay_seconds_caps_the_backoff() {
        TaskMocks mocks = TaskMocks.builder().respond("T", TaskOutcome.failure("E", null)).build();

        Execution execution = run(task("'Retry': [{'ErrorEquals': ['E'], 'IntervalSeconds': 2, "
                + "'BackoffRate': 10, 'MaxAttempts': 3, 'MaxDelaySeconds': 5}],"), "{}", mocks);

        assertThat(scheduledAt(execution)).containsExactly(START, START.plusSeconds(2), START.plusSeconds(7),
                START.plusSeconds(12));
    }

    @Test
    void each_retrier_counts_its_own_attempts() {
        TaskMocks mocks = TaskMocks.builder().respond("T", TaskOutcome.failure("A", null),
                TaskOutcome.failure("B", null), TaskOutcome.failure("A", null), TaskOutcome.failure("B", null),
                TaskOutcome.success(json("{'ok': true}"))).build();

        Execution execution = run(task("'Retry': [{'ErrorEquals': ['A'], 'MaxAttempts': 2, 'BackoffRate': 1}, "
                + "{'ErrorEquals': ['B'], 'MaxAttempts': 2, 'BackoffRate': 1}],"), "{}", mocks);

        assertThat(execution.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        assertThat(scheduledAt(execution)).hasSize(5);
    }

    @Test
    void the_catcher_applies_once_the_retries_are_exhausted() {
        TaskMocks mocks = TaskMocks.builder().respond("T", TaskOutcome.failure("E", "c")).build();

        Execution execution = run(task("'Retry': [{'ErrorEquals': ['E'], 'MaxAttempts': 1}], "
                + "'Catch': [{'ErrorEquals': ['E'], 'Next': 'Caught'}],"), "{}", mocks);

        assertThat(scheduledAt(execution)).hasSize(2);
        assertThat(execution.path()).containsExactly("T", "Caught");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "                              | {'Error': 'E', 'Cause': 'c'}",
        "'ResultPath': '$.failure',    | {'in': 1, 'failure': {'Error': 'E', 'Cause': 'c'}}",
        "'ResultPath': null,           | {'in': 1}"})
    void a_catcher_result_path_places_the_error_output_in_the_state_input(String resultPath, String expected) {
        String fields = "'Catch': [{'ErrorEquals': ['E'], " + (resultPath == null ? "" : resultPath)
                + " 'Next': 'Caught'}],";

        Execution execution = run(task(fields), "{'in': 1}", failing("E", "c"));

        assertThat(execution.output()).isEqualTo(json(expected));
    }

    @Test
    void an_error_without_cause_has_an_empty_cause_in_the_error_output() {
        TaskMocks mocks = TaskMocks.builder().respond("T", TaskOutcome.failure("E", null)).build();

        Execution execution = run(task("'Catch': [{'ErrorEquals': ['E'], 'Next': 'Caught'}],"), "{}", mocks);

        assertThat(execution.output()).isEqualTo(json("{'Error': 'E', 'Cause': ''}"));
    }

    @Test
    void a_task_failing_with_neither_error_nor_cause_records_neither_and_states_all_catches_it() {
        TaskMocks mocks = TaskMocks.builder().respond("T", TaskOutcome.failure(TaskOutcome.NO_ERROR, null)).build();

        Execution execution = run(task("'Catch': [{'ErrorEquals': ['States.ALL'], 'ResultPath': '$.err', "
                + "'Next': 'Caught'}],"), "{'in': 1}", mocks);

        HistoryEvent failed = events(execution, "TaskFailed").get(0);
        assertThat(failed.details().has("error")).isFalse();
        assertThat(failed.details().has("cause")).isFalse();
        assertThat(execution.output()).isEqualTo(json("{'in': 1, 'err': {'Error': null, 'Cause': null}}"));
    }

    @Test
    void a_task_failing_with_neither_error_nor_cause_fails_the_execution_with_neither() {
        TaskMocks mocks = TaskMocks.builder().respond("T", TaskOutcome.failure(TaskOutcome.NO_ERROR, null)).build();

        Execution execution = run(task(""), "{}", mocks);

        assertThat(execution.status()).isEqualTo(ExecutionStatus.FAILED);
        assertThat(execution.error()).isNull();
        assertThat(execution.cause()).isNull();
        assertThat(events(execution, "ExecutionFailed").get(0).details()).isEqualTo(json("{}"));
    }

    @Test
    void send_task_failure_with_neither_error_nor_cause_is_caught_by_states_all() {
        String definition = """
                {'StartAt': 'T', 'States': {'T': {'Type': 'Task',
                  'Resource': 'arn:aws:states:::sqs:sendMessage.waitForTaskToken',
                  'Parameters': {'QueueUrl': 'q', 'MessageBody': {'Token.$': '$$.Task.Token'}},
                  'Catch': [{'ErrorEquals': ['States.ALL'], 'ResultPath': '$.states_all_error', 'Next': 'Caught'}],
                  'End': true},
                 'Caught': {'Type': 'Pass', 'End': true}}}""".replace('\'', '"');
        TaskMocks mocks = TaskMocks.builder().state("T").awaitsCallback(json("{'MessageId': 'm'}")).build();
        ExecutionSession session = StateMachineRunner.create(AslParser.parse(definition).orThrow(), mocks)
                .start(json("{'Message': 'm'}"));

        Execution execution = session.sendTaskFailure(session.taskToken("T"), TaskOutcome.NO_ERROR, null)
                .runToCompletion();

        assertThat(events(execution, "TaskFailed").get(0).details())
                .isEqualTo(json("{'resource': 'sendMessage.waitForTaskToken', 'resourceType': 'sqs'}"));
        assertThat(execution.output())
                .isEqualTo(json("{'Message': 'm', 'states_all_error': {'Error': null, 'Cause': null}}"));
    }

    @Test
    void a_mock_config_throw_without_error_or_cause_is_a_failure_with_neither() {
        TaskMocks mocks = TaskMocks.fromStepFunctionsLocal(json("{'T': {'0': {'Throw': {}}}}"));

        Execution execution = run(task("'Catch': [{'ErrorEquals': ['States.ALL'], 'Next': 'Caught'}],"), "{}",
                mocks);

        assertThat(execution.output()).isEqualTo(json("{'Error': null, 'Cause': null}"));
    }

    @Test
    void a_mock_config_file_throw_without_error_is_read() {
        StepFunctionsLocalMockConfig config = StepFunctionsLocalMockConfig.read(json("""
                {'StateMachines': {'M': {'TestCases': {'HappyPath': {'T': 'Fails'}}}},
                 'MockedResponses': {'Fails': {'0': {'Throw': {'Cause': 'only a cause'}}}}}"""));

        Execution execution = run(task(""), "{}", config.testCase("M", "HappyPath"));

        assertThat(execution.error()).isNull();
        assertThat(execution.cause()).isEqualTo("only a cause");
    }

    @Test
    void states_all_must_appear_alone_in_error_equals() {
        assertThat(errors(task("'Catch': [{'ErrorEquals': ['States.ALL', 'E'], 'Next': 'Caught'}],")))
                .anyMatch(e -> e.startsWith("/States/T/Catch/0/ErrorEquals"));
        assertThat(errors(task("'Retry': [{'ErrorEquals': ['E', 'States.ALL']}],")))
                .anyMatch(e -> e.startsWith("/States/T/Retry/0/ErrorEquals"));
    }

    @Test
    void states_all_must_be_in_the_last_retrier_and_the_last_catcher() {
        assertThat(errors(task("'Catch': [{'ErrorEquals': ['States.ALL'], 'Next': 'Caught'}, "
                + "{'ErrorEquals': ['E'], 'Next': 'Other'}],"))).anyMatch(e -> e.startsWith("/States/T/Catch/0"));
        assertThat(errors(task("'Retry': [{'ErrorEquals': ['States.ALL']}, {'ErrorEquals': ['E']}],")))
                .anyMatch(e -> e.startsWith("/States/T/Retry/0"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "'ErrorEquals': []                                  | /States/T/Retry/0/ErrorEquals",
        "'ErrorEquals': ['E'], 'IntervalSeconds': 0         | /States/T/Retry/0/IntervalSeconds",
        "'ErrorEquals': ['E'], 'IntervalSeconds': 1.5       | /States/T/Retry/0/IntervalSeconds",
        "'ErrorEquals': ['E'], 'MaxAttempts': -1            | /States/T/Retry/0/MaxAttempts",
        "'ErrorEquals': ['E'], 'BackoffRate': 0.5           | /States/T/Retry/0/BackoffRate",
        "'ErrorEquals': ['E'], 'MaxDelaySeconds': 0         | /States/T/Retry/0/MaxDelaySeconds",
        "'ErrorEquals': ['E'], 'JitterStrategy': 'PARTIAL'  | /States/T/Retry/0/JitterStrategy",
        "'ErrorEquals': ['E'], 'Next': 'Caught'             | /States/T/Retry/0"})
    void retrier_fields_are_checked(String retrier, String location) {
        assertThat(errors(task("'Retry': [{" + retrier + "}],"))).anyMatch(e -> e.startsWith(location));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "'ErrorEquals': ['E']                        | /States/T/Catch/0",
        "'ErrorEquals': [], 'Next': 'Caught'         | /States/T/Catch/0/ErrorEquals",
        "'ErrorEquals': ['E'], 'Next': 'Nowhere'     | /States/T/Catch/0/Next",
        "'ErrorEquals': ['E'], 'Next': 'Caught', 'ResultPath': 'x' | /States/T/Catch/0/ResultPath"})
    void catcher_fields_are_checked(String catcher, String location) {
        assertThat(errors(task("'Catch': [{" + catcher + "}],"))).anyMatch(e -> e.startsWith(location));
    }

    @ParameterizedTest
    @ValueSource(strings = {"{'Type': 'Pass', 'End': true", "{'Type': 'Wait', 'Seconds': 1, 'End': true",
        "{'Type': 'Succeed'", "{'Type': 'Fail'"})
    void only_task_parallel_and_map_states_have_retry_and_catch(String state) {
        String definition = "{'StartAt': 'S', 'States': {'S': " + state
                + ", 'Retry': [{'ErrorEquals': ['States.ALL']}]}}}";

        assertThat(errors(definition)).anyMatch(e -> e.startsWith("/States/S"));
    }
}
