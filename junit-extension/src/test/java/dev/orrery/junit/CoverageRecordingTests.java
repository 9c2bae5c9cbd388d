package dev.orrery.junit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.orrery.coverage.CoverageItem;
import dev.orrery.junit.coverage.CoverageCollector;
import dev.orrery.coverage.StateMachineCoverage;
import dev.orrery.model.StateMachine;
import dev.orrery.parse.AslParser;
import dev.orrery.run.Execution;
import dev.orrery.run.StateMachineRunner;
import java.nio.charset.StandardCharsets;
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

    @Test
    void records_the_runs_of_the_testers_runner_run_or_driven_to_their_end() {
        // GIVEN
        long checks = hits(CHECK);
        long outOfStock = hits(OUT_OF_STOCK);

        // WHEN
        Kit.run(RunnerTestCase.class).testEvents().assertStatistics(stats -> stats.succeeded(1));

        // THEN
        assertThat(hits(CHECK) - checks).isEqualTo(2);
        assertThat(hits(OUT_OF_STOCK) - outOfStock).isEqualTo(2);
    }

    @Test
    void records_the_child_executions_of_a_nested_state_machine_under_its_arn() {
        // GIVEN
        CoverageItem price = CoverageItem.state("Price");
        long before = CoverageCollector.recorded().stateMachine(CHILD).map(c -> c.hits(price)).orElse(0L);

        // WHEN
        Kit.run(NestedTestCase.class).testEvents().assertStatistics(stats -> stats.succeeded(1));

        // THEN
        StateMachineCoverage child = CoverageCollector.recorded().stateMachine(CHILD).orElseThrow();
        assertThat(child.hits(price) - before).isEqualTo(2);
        assertThat(child.name()).isEqualTo("Child");
    }

    private static final String CHILD = "arn:aws:states:us-east-1:123456789012:stateMachine:Child";

    @StateMachineTest(definition = Kit.DEFINITION)
    @MockTask(state = "Check Inventory", returns = "{\"inStock\": false}")
    static class RunnerTestCase {

        @Test
        void runs_on_the_runner(StateMachineTester sfn) {
            StateMachineRunner runner = sfn.runner();
            runner.run(JsonNodeFactory.instance.objectNode());
            runner.start(JsonNodeFactory.instance.objectNode()).runToCompletion();
        }
    }

    @StateMachineTest(definition = "junit/parent.asl.json")
    static class NestedTestCase {

        @Test
        void runs_the_child_twice(StateMachineTester sfn) throws Exception {
            StateMachine child = AslParser.parse(new String(CoverageRecordingTests.class.getClassLoader()
                    .getResourceAsStream("junit/child.asl.json").readAllBytes(), StandardCharsets.UTF_8)).orThrow();
            sfn.nestedStateMachine(CHILD, child).mock("Price").returnsPayload("{\"total\": 1}");
            sfn.start("{\"orderId\": \"o-1\"}");
            sfn.start("{\"orderId\": \"o-2\"}");
        }
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
