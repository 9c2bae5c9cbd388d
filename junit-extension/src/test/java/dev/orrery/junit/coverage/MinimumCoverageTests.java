package dev.orrery.junit.coverage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.orrery.junit.MockTask;
import dev.orrery.junit.OrreryExtension;
import dev.orrery.junit.StateMachineTest;
import dev.orrery.model.StateMachine;
import dev.orrery.run.Execution;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.platform.testkit.engine.EngineTestKit;

/** A minimum set on a test class reaches the run's check; the JVM-wide collector keeps it per source. */
class MinimumCoverageTests {

    private static void run(Class<?> fixture) {
        EngineTestKit.engine("junit-jupiter").selectors(selectClass(fixture)).execute().testEvents()
                .assertStatistics(stats -> stats.succeeded(1));
    }

    @Test
    void the_minimum_of_state_machine_test_is_required_of_its_state_machine() {
        run(AnnotatedTestCase.class);

        assertThat(CoverageCollector.jvm().minimum("junit/orders.asl.json")).isEqualTo(new Thresholds(0.5, 0.4));
    }

    @Test
    void the_minimum_of_a_registered_extension_is_required_of_its_state_machine() {
        run(RegisteredTestCase.class);

        assertThat(CoverageCollector.jvm().minimum("junit/approval.asl.json"))
                .isEqualTo(new Thresholds(0.25, Thresholds.NONE));
    }

    @Test
    void a_minimum_above_one_is_refused_where_it_is_written() {
        assertThatThrownBy(() -> OrreryExtension.builder().minimumCoverage(80, 0.7))
                .hasMessage("minimumCoverage takes shares between 0 and 1 (e.g. 0.8 for 80%) but was 80.0 and 0.7");
        assertThatThrownBy(() -> CoverageCollector.require("x.asl.json", 0.5, 1.5))
                .hasMessage("minimumTransitionCoverage must be a share between 0 and 1 (e.g. 0.8 for 80%) but was 1.5");
    }

    @StateMachineTest(definition = "junit/orders.asl.json", minimumStateCoverage = 0.5,
            minimumTransitionCoverage = 0.4)
    @MockTask(state = "Check Inventory", returns = "{\"inStock\": false}")
    static class AnnotatedTestCase {

        @Test
        void runs(Execution run) {
            assertThat(run.path()).contains("Out Of Stock");
        }
    }

    static class RegisteredTestCase {

        @RegisterExtension
        static final OrreryExtension ORRERY = OrreryExtension.builder().definition("junit/approval.asl.json")
                .minimumCoverage(0.25, -1).lenient().build();

        @Test
        void runs_nothing(StateMachine stateMachine) {
            assertThat(stateMachine.states()).containsKey("Ship");
        }
    }
}
