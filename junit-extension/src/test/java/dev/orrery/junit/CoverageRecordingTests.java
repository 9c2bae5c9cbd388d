package dev.orrery.junit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orrery.coverage.CoverageItem;
import dev.orrery.junit.coverage.CoverageCollector;
import dev.orrery.run.Execution;
import dev.orrery.run.ExecutionStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The extension hands every execution it runs to the coverage of the whole run; counted as differences here. */
class CoverageRecordingTests {

    private static final CoverageItem CHECK = CoverageItem.state("Check Inventory");
    private static final CoverageItem OUT_OF_STOCK = new CoverageItem(CoverageItem.Kind.CHOICE_DEFAULT, "In Stock?",
            "Out Of Stock", -1);
    private static final CoverageItem RETRIED = new CoverageItem(CoverageItem.Kind.RETRIER, "Process Payment",
            "[\"Payment.Busy\"]", 0);

    private static long hits(CoverageItem item) {
        return CoverageCollector.recorded().stateMachine(Kit.DEFINITION).map(c -> c.hits(item)).orElse(0L);
    }

    @Test
    void records_every_run_of_a_state_machine_test_class_injected_or_started() {
        // GIVEN
        long checks = hits(CHECK);
        long outOfStock = hits(OUT_OF_STOCK);

        // WHEN
        Kit.run(AnnotatedTestCase.class).testEvents().assertStatistics(stats -> stats.succeeded(2));

        // THEN
        assertThat(hits(CHECK) - checks).isEqualTo(3);
        assertThat(hits(OUT_OF_STOCK) - outOfStock).isEqualTo(1);
        assertThat(CoverageCollector.recorded().stateMachine(Kit.DEFINITION).orElseThrow().name())
                .isEqualTo("orders.asl.json");
    }

    @Test
    void records_the_runs_of_a_registered_extension_and_of_failed_tests_too() {
        // GIVEN
        long retried = hits(RETRIED);

        // WHEN
        Kit.run(RegisteredTestCase.class).testEvents().assertStatistics(stats -> stats.failed(1));

        // THEN
        assertThat(hits(RETRIED) - retried).isEqualTo(1);
    }

    @Test
    void records_each_step_functions_local_test_case() {
        // GIVEN
        long checks = hits(CHECK);
        long outOfStock = hits(OUT_OF_STOCK);

        // WHEN
        Kit.run(TestCasesTestCase.class).testEvents().assertStatistics(stats -> stats.succeeded(2));

        // THEN
        assertThat(hits(CHECK) - checks).isEqualTo(2);
        assertThat(hits(OUT_OF_STOCK) - outOfStock).isEqualTo(1);
    }

    @StateMachineTest(definition = Kit.DEFINITION)
    @MockTask(state = "Check Inventory", returns = "{\"inStock\": false}")
    static class AnnotatedTestCase {

        @Test
        void an_injected_run(Execution run) {
            assertThat(run.status()).isEqualTo(ExecutionStatus.FAILED);
        }

        @Test
        @MockTask(state = "Process Payment", returns = "{}")
        void two_started_runs(StateMachineTester sfn) {
            sfn.mocks(m -> m.state("Check Inventory").returns("{\"inStock\": true}")
                    .thenReturns("{\"inStock\": true}"));
            sfn.start("{}");
            sfn.start("{}");
        }
    }

    static class RegisteredTestCase {

        @RegisterExtension
        static final OrreryExtension ORRERY = OrreryExtension.builder().definition(Kit.DEFINITION).lenient().build();

        @Test
        void fails_after_a_retried_payment(StateMachineTester sfn) {
            sfn.mock("Check Inventory").returns("{\"inStock\": true}");
            sfn.mocks(m -> m.state("Process Payment").fails("Payment.Busy", "busy").thenReturns("{}"));
            sfn.start("{}");
            throw new AssertionError("a failed test still counts");
        }
    }

    @StateMachineTest(definition = Kit.DEFINITION, mockConfig = Kit.MOCK_CONFIG)
    static class TestCasesTestCase {

        @StepFunctionsLocalTestCases
        void runs(Execution run) {
            assertThat(run.path()).contains("Check Inventory");
        }
    }
}
