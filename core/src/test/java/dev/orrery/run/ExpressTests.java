package dev.orrery.run;

import static dev.orrery.run.Runs.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

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
        "arn:aws:states:::sns:publish.waitForTaskToken|Express state machine does not support '.waitForTaskToken' "
                + "service integration",
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
}
