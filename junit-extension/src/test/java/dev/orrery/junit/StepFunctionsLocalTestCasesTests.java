package dev.orrery.junit;

import static dev.orrery.assertj.OrreryAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.testkit.engine.EventConditions.displayName;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedSuccessfully;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.instanceOf;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import dev.orrery.run.Execution;
import dev.orrery.run.ExecutionStatus;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;

class StepFunctionsLocalTestCasesTests {

    @Test
    void runs_each_test_case_as_a_test_named_after_it() {
        Kit.run(AllTestCasesTestCase.class).testEvents()
                .assertStatistics(stats -> stats.started(4).succeeded(4))
                .assertThatEvents()
                .haveExactly(2, event(displayName("HappyPath"), finishedSuccessfully()))
                .haveExactly(2, event(displayName("OutOfStock"), finishedSuccessfully()));
    }

    @Test
    void runs_the_chosen_test_cases_only() {
        Kit.run(ChosenTestCasesTestCase.class).testEvents()
                .assertStatistics(stats -> stats.started(1).succeeded(1))
                .assertThatEvents()
                .haveExactly(1, event(displayName("OutOfStock"), finishedSuccessfully()));
    }

    @Test
    void asks_for_a_mock_configuration() {
        Kit.run(NoMockConfigTestCase.class).allEvents().assertThatEvents()
                .haveExactly(1, finishedWithFailure(instanceOf(ExtensionConfigurationException.class), message(
                        "No mockConfig to run @StepFunctionsLocalTestCases for @StateMachineTest on "
                                + "NoMockConfigTestCase; set mockConfig = \"MockConfigFile.json\".")));
    }

    @StateMachineTest(definition = Kit.DEFINITION, mockConfig = Kit.MOCK_CONFIG)
    static class AllTestCasesTestCase {

        static final Map<String, ExecutionStatus> EXPECTED =
                Map.of("HappyPath", ExecutionStatus.SUCCEEDED, "OutOfStock", ExecutionStatus.FAILED);

        @StepFunctionsLocalTestCases
        void ends_as_expected(MockConfigTestCase testCase, StateMachineTester sfn) {
            assertThat(testCase.stateMachine()).isEqualTo("Orders");
            assertThat(sfn.start("{\"orderId\": 1}").status()).isEqualTo(EXPECTED.get(testCase.name()));
        }

        @StepFunctionsLocalTestCases
        void checks_inventory_first(Execution run) {
            assertThat(run).hasVisited("Check Inventory");
        }
    }

    @StateMachineTest(definition = Kit.DEFINITION, mockConfig = Kit.MOCK_CONFIG)
    static class ChosenTestCasesTestCase {

        @StepFunctionsLocalTestCases("OutOfStock")
        void fails(Execution run) {
            assertThat(run).failed().hasError("Order.OutOfStock");
        }
    }

    @StateMachineTest(definition = Kit.DEFINITION)
    static class NoMockConfigTestCase {

        @StepFunctionsLocalTestCases
        void runs(Execution run) {}
    }
}
