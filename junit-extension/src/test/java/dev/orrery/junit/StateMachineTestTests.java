package dev.orrery.junit;

import static dev.orrery.assertj.OrreryAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.orrery.mock.MockSession;
import dev.orrery.mock.VerificationMode;
import dev.orrery.model.StateMachine;
import dev.orrery.run.Execution;
import java.time.Duration;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class StateMachineTestTests {

    @Test
    void injects_a_tester_bound_to_the_tests_mocks() {
        Kit.run(FluentTestCase.class).testEvents().assertStatistics(stats -> stats.started(3).succeeded(3));
    }

    @Test
    void injects_a_finished_execution_described_by_annotations() {
        Kit.run(AnnotatedTestCase.class).testEvents().assertStatistics(stats -> stats.started(4).succeeded(4));
    }

    @Test
    void keeps_tests_apart_when_they_run_in_parallel() {
        Kit.runInParallel(AnnotatedTestCase.class).testEvents()
                .assertStatistics(stats -> stats.started(4).succeeded(4));
    }

    @Test
    void starts_every_test_from_the_class_test_case() {
        Kit.run(ClassTestCaseTestCase.class).testEvents().assertStatistics(stats -> stats.started(2).succeeded(2));
    }

    @Test
    void applies_the_seed_start_time_and_name_of_the_annotation() {
        Kit.run(OptionsTestCase.class).testEvents().assertStatistics(stats -> stats.started(1).succeeded(1));
    }

    @Test
    void serves_nested_test_classes_and_subclasses() {
        Kit.run(OuterTestCase.class).testEvents().assertStatistics(stats -> stats.started(2).succeeded(2));
        Kit.run(InheritingTestCase.class).testEvents().assertStatistics(stats -> stats.started(3).succeeded(3));
    }

    @StateMachineTest(definition = Kit.DEFINITION)
    @MockTask(state = "Check Inventory", returns = "{\"inStock\": false}")
    static class OuterTestCase {

        @Test
        void outer(Execution run) {
            assertThat(run).failed();
        }

        @Nested
        class InnerTestCase {

            @Test
            void inner(StateMachine machine) {
                assertThat(machine.states()).containsKey("Refund");
            }
        }
    }

    static class InheritingTestCase extends FluentTestCase {}

    @StateMachineTest(definition = Kit.DEFINITION)
    static class FluentTestCase {

        @Test
        void ships_paid_orders(StateMachineTester sfn) {
            Execution run = sfn.mock("Check Inventory").returns("{\"inStock\": true}")
                    .mock("Process Payment").returns("{\"status\": \"PAID\"}")
                    .start("{\"orderId\": 42}");

            assertThat(run).succeeded().hasPath("Check Inventory", "In Stock?", "Process Payment", "Complete Order");
            sfn.session().verify("Process Payment", VerificationMode.times(1));
        }

        @Test
        void hands_out_a_core_runner_bound_to_the_mocks(StateMachineTester sfn) {
            sfn.mock("Check Inventory").returns("{\"inStock\": false}");

            Execution run = sfn.runner().run(com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode());

            assertThat(run).failed().hasError("Order.OutOfStock");
            sfn.session().verify("Check Inventory", VerificationMode.times(1));
        }

        @Test
        void parses_the_definition_once(StateMachine machine, StateMachineTester sfn) {
            assertThat(machine.startAt()).isEqualTo("Check Inventory");
            assertThat(sfn.stateMachine()).isSameAs(machine);
        }
    }

    @StateMachineTest(definition = Kit.DEFINITION)
    @MockTask(state = "Check Inventory", returns = "{\"inStock\": true}")
    static class AnnotatedTestCase {

        @Test
        @MockTask(state = "Process Payment", error = "States.Timeout")
        @MockTask(state = "Refund", returns = "{\"refunded\": true}")
        void payment_timeout_refunds(Execution run) {
            assertThat(run).succeeded().hasPath("Check Inventory", "In Stock?", "Process Payment", "Refund");
        }

        @Test
        @MockTask(state = "Process Payment", error = "Payment.Busy", cause = "try later", times = 2)
        @MockTask(state = "Process Payment", returnsFile = "junit/paid.json", latency = "PT5S")
        @Input("{\"orderId\": 7}")
        void retries_a_busy_payment_service(Execution run, MockSession session) {
            assertThat(run).succeeded();
            assertThat(run.virtualDuration()).isEqualTo(Duration.ofSeconds(7));
            assertThat(run.output().path("payment").path("receipt").asText()).isEqualTo("R-1");
            session.verify("Process Payment", VerificationMode.times(3));
        }

        @Test
        @MockTask(state = "Check Inventory", returns = "{\"inStock\": false}")
        void method_mocks_override_class_mocks(Execution run) {
            assertThat(run).failed().hasError("Order.OutOfStock");
        }

        @Test
        @MockTask(state = "Process Payment", returns = "{}")
        void shares_one_run_between_parameters(Execution run, StateMachineTester sfn, MockSession session) {
            assertThat(sfn.executions()).containsExactly(run);
            assertThat(sfn.session()).isSameAs(session);
        }
    }

    @StateMachineTest(definition = Kit.DEFINITION, mockConfig = Kit.MOCK_CONFIG, testCase = "HappyPath")
    static class ClassTestCaseTestCase {

        @Test
        void runs_the_test_case(Execution run) {
            assertThat(run).succeeded().hasPath("Check Inventory", "In Stock?", "Process Payment", "Complete Order");
        }

        @Test
        void overrides_the_test_case_with_fluent_mocks(StateMachineTester sfn) {
            Execution run = sfn.mock("Process Payment").fails("States.Timeout", null).mocks(m ->
                    m.state("Refund").returns(com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode()))
                    .start("{}");
            assertThat(run).hasPath("Check Inventory", "In Stock?", "Process Payment", "Refund");
        }
    }

    @StateMachineTest(definition = Kit.DEFINITION, seed = 7, startTime = "2030-06-01T12:00:00Z",
            stateMachineName = "Orders")
    static class OptionsTestCase {

        @Test
        @MockTask(state = "Check Inventory", returns = "{\"inStock\": false}")
        void uses_the_options(Execution run, StateMachineTester sfn) {
            assertThat(run.startTime()).hasToString("2030-06-01T12:00:00Z");
            assertThat(run.executionArn()).contains(":Orders:");
            assertThat(sfn.options().seed()).isEqualTo(7);
        }
    }
}
