package dev.orrery.run;

import static dev.orrery.run.Runs.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.orrery.history.HistoryEvent;
import dev.orrery.history.LogLevel;
import dev.orrery.mock.TaskMocks;
import dev.orrery.model.StateMachine;
import dev.orrery.parse.AslParser;
import dev.orrery.parse.Diagnostic;
import dev.orrery.parse.InvalidDefinitionException;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExpressTests {

    private static StateMachine task(String resource) {
        return AslParser.parse("""
                {"StartAt": "T", "States": {"T": {"Type": "Task", "Resource": "%s", "End": true}}}"""
                .formatted(resource)).orThrow();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "arn:aws:states:::states:startExecution.sync|Express state machine does not support '.sync' service "
                + "integration",
        "arn:aws:states:::sns:publish.waitForTaskToken|'Express state machine does not support "
                + "''.waitForTaskToken'' service integration '",
        "arn:aws:states:us-east-1:123456789012:activity:a|Express state machine does not support Activity ARN"})
    void express_refuses_what_it_does_not_support(String resource, String message) {
        assertThatThrownBy(() -> StateMachineRunner.createExpress(task(resource), TaskMocks.none(),
                ExecutionOptions.defaults()))
                .isInstanceOfSatisfying(InvalidDefinitionException.class, e -> assertThat(e.diagnostics())
                        .extracting(Diagnostic::code, Diagnostic::message, Diagnostic::location)
                        .containsExactly(tuple("SCHEMA_VALIDATION_FAILED", message,
                                "/States/T/Resource")));
    }

    @Test
    void an_express_execution_times_out_after_five_minutes() {
        StateMachine wait = AslParser.parse("""
                {"StartAt": "W", "States": {"W": {"Type": "Wait", "Seconds": 600, "End": true}}}""").orThrow();

        Execution execution = StateMachineRunner.createExpress(wait, TaskMocks.none(), ExecutionOptions.defaults())
                .run(json("{}"));

        assertThat(execution.status()).isEqualTo(ExecutionStatus.TIMED_OUT);
        assertThat(execution.virtualDuration()).isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void a_standard_runner_accepts_callbacks() {
        assertThat(StateMachineRunner.create(task("arn:aws:states:::sns:publish.waitForTaskToken"),
                TaskMocks.none())).isNotNull();
    }

    private static final String CAUGHT = """
            {"StartAt": "Charge", "States": {
              "Charge": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "End": true,
                "Parameters": {"FunctionName": "charge"},
                "Catch": [{"ErrorEquals": ["States.ALL"], "Next": "Refused"}]},
              "Refused": {"Type": "Fail", "Error": "Payment.Refused"}}}""";

    private static Execution runExpress(String definition) {
        return StateMachineRunner.createExpress(AslParser.parse(definition).orThrow(),
                TaskMocks.builder().state("Charge").fails("Lambda.ServiceException", "down").build(),
                ExecutionOptions.defaults()).run(json("{}"));
    }

    @Test
    void the_error_level_logs_the_failures_of_an_express_execution() {
        Execution execution = runExpress(CAUGHT);

        assertThat(execution.history().loggedAt(LogLevel.ERROR)).extracting(HistoryEvent::type)
                .containsExactly("TaskFailed", "FailStateEntered", "ExecutionFailed");
        assertThat(execution.history().loggedAt(LogLevel.FATAL)).extracting(HistoryEvent::type)
                .containsExactly("ExecutionFailed");
        assertThat(execution.history().loggedAt(LogLevel.ALL)).isEqualTo(execution.history().events());
        assertThat(execution.history().loggedAt(LogLevel.OFF)).isEmpty();
    }

    @Test
    void a_timed_out_express_execution_is_logged_at_the_fatal_level() {
        Execution execution = runExpress("""
                {"StartAt": "W", "States": {"W": {"Type": "Wait", "Seconds": 600, "End": true}}}""");

        assertThat(execution.history().loggedAt(LogLevel.FATAL)).extracting(HistoryEvent::type)
                .containsExactly("ExecutionTimedOut");
    }

    @Test
    void a_succeeded_execution_logs_nothing_at_the_error_level() {
        Execution execution = runExpress("""
                {"StartAt": "P", "States": {"P": {"Type": "Pass", "End": true}}}""");

        assertThat(execution.history().loggedAt(LogLevel.ERROR)).isEmpty();
        assertThat(execution.history().loggedAt(LogLevel.ALL)).extracting(HistoryEvent::type)
                .containsExactly("ExecutionStarted", "PassStateEntered", "PassStateExited", "ExecutionSucceeded");
    }

    @Test
    void a_runner_tells_whether_it_runs_an_express_workflow() {
        StateMachine pass = AslParser.parse("""
                {"StartAt": "P", "States": {"P": {"Type": "Pass", "End": true}}}""").orThrow();

        assertThat(StateMachineRunner.createExpress(pass, TaskMocks.none(), ExecutionOptions.defaults()).isExpress())
                .isTrue();
        assertThat(StateMachineRunner.create(pass, TaskMocks.none()).isExpress()).isFalse();
    }
}
