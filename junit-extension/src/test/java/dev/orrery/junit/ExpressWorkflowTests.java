package dev.orrery.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.instanceOf;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import dev.orrery.run.Execution;
import dev.orrery.run.ExecutionStatus;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;

class ExpressWorkflowTests {

    @Test
    void an_express_workflow_ends_after_five_virtual_minutes() {
        Kit.run(SlowExpressTestCase.class).testEvents().assertStatistics(stats -> stats.started(1).succeeded(1));
    }

    @Test
    void an_express_workflow_refuses_a_callback_task_as_a_configuration_error() {
        Kit.run(CallbackExpressTestCase.class).testEvents().assertStatistics(stats -> stats.started(1).failed(1))
                .assertThatEvents().haveExactly(1, finishedWithFailure(
                        instanceOf(ExtensionConfigurationException.class),
                        message(m -> m.startsWith("Definition junit/callback.asl.json cannot run as an Express "
                                + "workflow for @StateMachineTest on CallbackExpressTestCase; remove what Express "
                                + "forbids or use type = WorkflowType.STANDARD:")
                                && m.contains("'.waitForTaskToken'"))));
    }

    @Test
    void a_standard_workflow_runs_the_same_wait_to_its_end() {
        Kit.run(SlowStandardTestCase.class).testEvents().assertStatistics(stats -> stats.started(1).succeeded(1));
    }

    @StateMachineTest(definition = "junit/slow.asl.json", type = WorkflowType.EXPRESS)
    static class SlowExpressTestCase {
        @Test
        void times_out(StateMachineTester sfn) {
            Execution run = sfn.start("{}");
            assertThat(run.status()).isEqualTo(ExecutionStatus.TIMED_OUT);
            assertThat(run.virtualDuration()).isEqualTo(Duration.ofMinutes(5));
        }
    }

    @StateMachineTest(definition = "junit/slow.asl.json")
    static class SlowStandardTestCase {
        @Test
        void finishes(StateMachineTester sfn) {
            Execution run = sfn.start("{}");
            assertThat(run.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
            assertThat(run.virtualDuration()).isEqualTo(Duration.ofMinutes(10));
        }
    }

    @StateMachineTest(definition = "junit/callback.asl.json", type = WorkflowType.EXPRESS)
    static class CallbackExpressTestCase {
        @Test
        void runs(StateMachineTester sfn) {}
    }
}
