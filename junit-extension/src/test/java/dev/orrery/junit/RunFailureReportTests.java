package dev.orrery.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.EventConditions.test;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.instanceOf;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import dev.orrery.mock.MockVerificationError;
import dev.orrery.run.Execution;
import dev.orrery.run.ExecutionSession;
import dev.orrery.run.ExecutionStatus;
import org.junit.jupiter.api.Test;

class RunFailureReportTests {

    @Test
    void fails_an_annotated_run_that_stops_with_the_calls_made_and_the_fix() {
        Kit.run(UnmockedTestCase.class).testEvents()
                .assertStatistics(stats -> stats.started(1).failed(1))
                .assertThatEvents()
                .haveExactly(1, event(test("charges"), finishedWithFailure(instanceOf(AssertionError.class),
                        message(m -> m.startsWith("The run of charges (its @Input and @MockTask) did not end: "
                                + "No mocked response for Task state \"Process Payment\"")
                                && m.contains("TaskMocks.builder().returns(\"Process Payment\", result)")
                                && m.endsWith("Task calls before it stopped: Check Inventory (call #1)")))));
    }

    @Test
    void fails_a_strict_test_whose_begun_run_never_ended() {
        Kit.run(UnfinishedTestCase.class).testEvents()
                .assertStatistics(stats -> stats.started(2).succeeded(1).failed(1))
                .assertThatEvents()
                .haveExactly(1, event(test("leaves_the_run_waiting"), finishedWithFailure(
                        instanceOf(MockVerificationError.class),
                        message("1 run begun by UnfinishedTestCase.leaves_the_run_waiting did not end:\n"
                                + "  [Request approval] (still running at 2025-01-01T00:00:00Z)\n"
                                + "Call runToCompletion() on its session and assert on the execution; to leave runs "
                                + "unfinished, set @StateMachineTest(strictness = Strictness.LENIENT) or call "
                                + "sfn.lenient()."))));
    }

    @StateMachineTest(definition = Kit.DEFINITION)
    @MockTask(state = "Check Inventory", returns = "{\"inStock\": true}")
    static class UnmockedTestCase {

        @Test
        void charges(Execution run) {
            assertThat(run.succeeded()).isTrue();
        }
    }

    @StateMachineTest(definition = "junit/approval.asl.json")
    static class UnfinishedTestCase {

        @Test
        void leaves_the_run_waiting(StateMachineTester sfn) {
            ExecutionSession session = sfn.mock("Request approval").awaitsCallback().begin("{\"orderId\": \"o-42\"}");
            assertThat(session.status()).isEqualTo(ExecutionStatus.RUNNING);
        }

        @Test
        void may_leave_it_waiting_when_lenient(StateMachineTester sfn) {
            sfn.lenient().mock("Request approval").awaitsCallback().begin("{\"orderId\": \"o-42\"}");
        }
    }
}
