package dev.orrery.docs;

import static dev.orrery.assertj.OrreryAssertions.assertThat;

import dev.orrery.junit.MockTask;
import dev.orrery.junit.StateMachineTest;
import dev.orrery.run.Execution;
import java.time.Duration;
import org.junit.jupiter.api.Test;

// tag::class[]
@StateMachineTest(template = "src/test/resources/projects/sam/template.yaml", stateMachine = "ReminderFlow",
        substitutions = {"RemindersTableName=reminders-test", "ReminderDelay=60"})
@MockTask(state = "Look up customer", returns = "{\"email\": \"ada@example.com\"}")
@MockTask(state = "Record reminder", returns = "{}")
class TemplatesJunitExampleTests {

    @Test
    void records_a_reminder_a_minute_later(Execution run) {
        assertThat(run).succeeded().tookVirtualTime(Duration.ofMinutes(1));
    }
}
// end::class[]
