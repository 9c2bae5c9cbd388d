package dev.orrery.docs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.orrery.mock.TaskMocks;
import dev.orrery.parse.AslParser;
import dev.orrery.run.Execution;
import dev.orrery.run.ExecutionStatus;
import dev.orrery.run.StateMachineRunner;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The snippets of docs/guides/limits.md, compiled and run. */
class LimitsExampleTests {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void retries_that_never_end_stop_at_the_history_limit() throws Exception {
        // tag::history[]
        String definition = """
                {"StartAt": "Charge",
                 "States": {"Charge": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
                   "Retry": [{"ErrorEquals": ["States.ALL"], "MaxAttempts": 99999999, "BackoffRate": 1}],
                   "End": true}}}""";
        TaskMocks alwaysFailing = TaskMocks.builder().fails("Charge", "Gateway.Down", "no answer").build();
        Execution execution = StateMachineRunner.create(AslParser.parse(definition).orThrow(), alwaysFailing)
                .run(JSON.readTree("{}"));

        assertThat(execution.error()).isEqualTo("States.Runtime");
        assertThat(execution.cause()).isEqualTo("The execution reached the maximum number of history events (25000).");
        assertThat(execution.history().events()).hasSize(25_000);
        // end::history[]
    }

    @Test
    void a_wait_beyond_a_year_times_the_execution_out() throws Exception {
        // tag::year[]
        String definition = """
                {"StartAt": "Sleep",
                 "States": {"Sleep": {"Type": "Wait", "SecondsPath": "$.seconds", "End": true}}}""";
        Execution execution = StateMachineRunner.create(AslParser.parse(definition).orThrow(), TaskMocks.none())
                .run(JSON.readTree("{\"seconds\": 9223372036854775807}"));

        assertThat(execution.status()).isEqualTo(ExecutionStatus.TIMED_OUT);
        assertThat(execution.virtualDuration()).isEqualTo(Duration.ofDays(366));
        // end::year[]
    }

    @Test
    void a_runaway_jsonata_expression_fails_its_state() throws Exception {
        // tag::jsonata[]
        String definition = """
                {"QueryLanguage": "JSONata", "StartAt": "Count",
                 "States": {"Count": {"Type": "Pass", "Output": "{% $count($range(0, 1e9, 1)) %}", "End": true}}}""";
        Execution execution = StateMachineRunner.create(AslParser.parse(definition).orThrow(), TaskMocks.none())
                .run(JSON.readTree("{}"));

        assertThat(execution.error()).isEqualTo("States.QueryEvaluationError");
        assertThat(execution.cause()).endsWith("threw an error during evaluation: "
                + "Expression evaluation memory limit exceeded: Check for excessive memory usage");
        // end::jsonata[]
    }
}
