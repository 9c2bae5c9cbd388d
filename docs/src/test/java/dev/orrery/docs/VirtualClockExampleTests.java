package dev.orrery.docs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.orrery.history.HistoryEvent;
import dev.orrery.mock.TaskMocks;
import dev.orrery.parse.AslParser;
import dev.orrery.run.Execution;
import dev.orrery.run.ExecutionStatus;
import dev.orrery.run.StateMachineRunner;
import dev.orrery.spi.TaskOutcome;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The snippets of docs/guides/virtual-clock.md, compiled and run. */
class VirtualClockExampleTests {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void a_year_long_wait_costs_no_wall_time() throws Exception {
        // tag::year[]
        String definition = """
                {"StartAt": "Hibernate",
                 "States": {"Hibernate": {"Type": "Wait", "Seconds": 31536000, "End": true}}}""";
        Execution execution = StateMachineRunner.create(AslParser.parse(definition).orThrow(), TaskMocks.none())
                .run(JSON.readTree("{}"));

        assertThat(execution.virtualDuration()).isEqualTo(Duration.ofDays(365));
        HistoryEvent exited = execution.history().events().get(2);
        assertThat(exited.type()).isEqualTo("WaitStateExited");
        assertThat(exited.timestamp()).isEqualTo(Instant.parse("2026-01-01T00:00:00Z"));
        // end::year[]
    }

    @Test
    void a_slow_task_times_out_at_its_deadline() throws Exception {
        // tag::timeout[]
        String definition = """
                {"StartAt": "Publish",
                 "States": {"Publish": {"Type": "Task", "Resource": "arn:aws:states:::sns:publish",
                                        "TimeoutSeconds": 30, "End": true}}}""";
        TaskMocks slow = TaskMocks.builder()
                .respond("Publish", new TaskOutcome.Success(JSON.readTree("{}"), Duration.ofMinutes(5)))
                .build();
        Execution execution = StateMachineRunner.create(AslParser.parse(definition).orThrow(), slow)
                .run(JSON.readTree("{}"));

        assertThat(execution.status()).isEqualTo(ExecutionStatus.FAILED);
        assertThat(execution.error()).isEqualTo("States.Timeout");
        assertThat(execution.virtualDuration()).isEqualTo(Duration.ofSeconds(30));
        // end::timeout[]
    }
}
