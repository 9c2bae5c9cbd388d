package consumer;

import static dev.orrery.assertj.OrreryAssertions.assertThat;

import dev.orrery.junit.StateMachineTest;
import dev.orrery.junit.StateMachineTester;
import dev.orrery.run.Execution;
import java.time.Duration;
import org.junit.jupiter.api.Test;

@StateMachineTest(definition = "wait.asl.json")
class WaitTests {

    @Test
    void waits_a_day_on_the_virtual_clock(StateMachineTester sfn) {
        Execution run = sfn.start("{\"orderId\": \"ORD-1\"}");

        assertThat(run).succeeded().hasPath("Wait a day", "Done").tookVirtualTime(Duration.ofDays(1));
    }
}
