package dev.orrery.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.EventConditions.test;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.instanceOf;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import dev.orrery.mock.MockVerificationError;
import dev.orrery.run.Execution;
import org.junit.jupiter.api.Test;

class StrictnessTests {

    @Test
    void fails_a_test_whose_mock_was_never_used() {
        Kit.run(StrictTestCase.class).testEvents()
                .assertStatistics(stats -> stats.started(2).succeeded(0).failed(2))
                .assertThatEvents()
                .haveExactly(1, event(test("unused_annotation"), finishedWithFailure(
                        instanceOf(MockVerificationError.class),
                        message("Unused mocks in StrictTestCase.unused_annotation: state \"Process Payment\".\n"
                                + "Paths taken:\n"
                                + "  [Check Inventory, In Stock?, Out Of Stock]\n"
                                + "Remove these mocks or fix their state names; to tolerate unused mocks, set "
                                + "@StateMachineTest(strictness = Strictness.LENIENT) or call sfn.lenient()."))))
                .haveExactly(1, event(test("mock_without_run"), finishedWithFailure(
                        message(m -> m.contains("state \"Refund\"") && m.contains("No run was started.")))));
    }

    @Test
    void tolerates_unused_mocks_when_lenient() {
        Kit.run(LenientTestCase.class).testEvents().assertStatistics(stats -> stats.started(1).succeeded(1));
        Kit.run(LenientTesterTestCase.class).testEvents().assertStatistics(stats -> stats.started(1).succeeded(1));
    }

    @Test
    void reports_the_test_failure_rather_than_unused_mocks() {
        Kit.run(FailingTestCase.class).testEvents().assertThatEvents()
                .haveExactly(1, event(test("fails"), finishedWithFailure(instanceOf(AssertionError.class),
                        message(m -> m.startsWith("boom")))));
    }

    @Test
    void counts_a_mock_used_by_any_run_of_the_test() {
        Kit.run(TwoRunsTestCase.class).testEvents().assertStatistics(stats -> stats.started(1).succeeded(1));
    }

    @StateMachineTest(definition = Kit.DEFINITION)
    static class StrictTestCase {

        @Test
        @MockTask(state = "Check Inventory", returns = "{\"inStock\": false}")
        @MockTask(state = "Process Payment", returns = "{}")
        void unused_annotation(Execution run) {
            assertThat(run.error()).isEqualTo("Order.OutOfStock");
        }

        @Test
        void mock_without_run(StateMachineTester sfn) {
            sfn.mock("Refund").returns("{}");
        }
    }

    @StateMachineTest(definition = Kit.DEFINITION, strictness = Strictness.LENIENT)
    static class LenientTestCase {

        @Test
        @MockTask(state = "Check Inventory", returns = "{\"inStock\": false}")
        @MockTask(state = "Process Payment", returns = "{}")
        void unused_annotation(Execution run) {
            assertThat(run.error()).isEqualTo("Order.OutOfStock");
        }
    }

    @StateMachineTest(definition = Kit.DEFINITION)
    static class LenientTesterTestCase {

        @Test
        void unused_fluent_mock(StateMachineTester sfn) {
            sfn.lenient().mock("Refund").returns("{}");
        }
    }

    @StateMachineTest(definition = Kit.DEFINITION)
    static class FailingTestCase {

        @Test
        void fails(StateMachineTester sfn) {
            sfn.mock("Refund").returns("{}");
            throw new AssertionError("boom");
        }
    }

    @StateMachineTest(definition = Kit.DEFINITION)
    static class TwoRunsTestCase {

        @Test
        void two_runs(StateMachineTester sfn) {
            sfn.mock("Check Inventory").returns("{\"inStock\": false}").start("{}");
            sfn.mock("Check Inventory").returns("{\"inStock\": true}").mock("Process Payment").returns("{}");
            assertThat(sfn.start("{}").succeeded()).isTrue();
        }
    }
}
