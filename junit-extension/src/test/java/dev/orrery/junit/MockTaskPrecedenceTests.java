package dev.orrery.junit;

import static dev.orrery.assertj.OrreryAssertions.assertThat;

import dev.orrery.run.Execution;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class MockTaskPrecedenceTests {

    @Test
    void inherits_the_class_mocks_of_an_abstract_base_class() {
        Kit.run(InheritingTestCase.class).testEvents().assertStatistics(stats -> stats.started(2).succeeded(2));
    }

    @Test
    void gives_a_nested_class_the_mocks_of_its_enclosing_class() {
        Kit.run(EnclosingTestCase.class).testEvents().assertStatistics(stats -> stats.started(3).succeeded(3));
    }

    @MockTask(state = "Check Inventory", returns = "{\"inStock\": true}")
    @MockTask(state = "Process Payment", returns = "{\"status\": \"PAID\"}")
    abstract static class OrderBaseTestCase {}

    @StateMachineTest(definition = Kit.DEFINITION)
    @MockTask(state = "Process Payment", returns = "{\"status\": \"DECLINED\"}")
    static class InheritingTestCase extends OrderBaseTestCase {

        @Test
        void uses_the_base_class_mock_and_its_own_over_the_base_class(Execution run) {
            assertThat(run).succeeded().hasPath("Check Inventory", "In Stock?", "Process Payment", "Complete Order");
            assertThat(run).state("Process Payment").output().at("$.payment.status").isEqualTo("DECLINED");
        }

        @Test
        @MockTask(state = "Check Inventory", returns = "{\"inStock\": false}")
        void prefers_the_test_method_mock(Execution run) {
            assertThat(run).failed().hasError("Order.OutOfStock");
        }
    }

    @StateMachineTest(definition = Kit.DEFINITION)
    @MockTask(state = "Check Inventory", returns = "{\"inStock\": true}")
    @MockTask(state = "Process Payment", returns = "{\"status\": \"PAID\"}")
    static class EnclosingTestCase {

        @Test
        void uses_its_own_mocks(Execution run) {
            assertThat(run).succeeded();
        }

        @Nested
        class WhenOutOfStock {

            @Test
            void uses_the_enclosing_class_mocks_for_the_other_states(StateMachineTester sfn) {
                Execution run = sfn.lenient().start("{}");
                assertThat(run).succeeded();
            }

            @Nested
            @MockTask(state = "Check Inventory", returns = "{\"inStock\": false}")
            class Deeper {

                @Test
                void prefers_the_nearest_class_mock(Execution run) {
                    assertThat(run).failed().hasError("Order.OutOfStock");
                }
            }
        }
    }
}
