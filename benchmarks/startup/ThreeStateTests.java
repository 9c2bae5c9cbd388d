package startup;

import static dev.orrery.assertj.OrreryAssertions.assertThat;

import dev.orrery.junit.StateMachineTest;
import dev.orrery.run.Execution;
import org.junit.jupiter.api.Test;

/** The first test the start-up benchmark times: a three-state machine from the class path. */
@StateMachineTest(definition = "startup/three.asl.json")
class ThreeStateTests {

    @Test
    void succeeds(Execution run) {
        assertThat(run).succeeded().hasPath("Pass", "Choice", "Done");
    }
}
