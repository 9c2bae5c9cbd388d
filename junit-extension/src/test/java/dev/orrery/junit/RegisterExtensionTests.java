package dev.orrery.junit;

import static dev.orrery.assertj.OrreryAssertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.orrery.mock.TaskMocks;
import dev.orrery.run.Execution;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class RegisterExtensionTests {

    @Test
    void configures_the_extension_in_code() {
        Kit.run(BuilderTestCase.class).testEvents().assertStatistics(stats -> stats.started(2).succeeded(2));
    }

    @Test
    void runs_the_mock_configuration_test_cases_of_a_registered_extension() {
        Kit.run(BuilderTestCasesTestCase.class).testEvents().assertStatistics(stats -> stats.started(2).succeeded(2));
    }

    static class BuilderTestCase {

        @RegisterExtension
        static final OrreryExtension ORRERY = OrreryExtension.builder()
                .definition(Kit.DEFINITION)
                .startTime(Instant.parse("2026-01-01T00:00:00Z"))
                .mocks(TaskMocks.builder()
                        .returns("Check Inventory", JsonNodeFactory.instance.objectNode().put("inStock", true))
                        .build())
                .build();

        @Test
        @MockTask(state = "Process Payment", returns = "{}")
        void base_mocks_answer_what_the_test_leaves_out(Execution run) {
            assertThat(run).succeeded().startedAt(Instant.parse("2026-01-01T00:00:00Z"));
        }

        @Test
        void unused_base_mocks_are_not_strict(StateMachineTester sfn) {
            assertThat(sfn.mock("Process Payment").returns("{}").start("{}")).succeeded();
        }
    }

    static class BuilderTestCasesTestCase {

        @RegisterExtension
        static final OrreryExtension ORRERY =
                OrreryExtension.builder().definition(Kit.DEFINITION).mockConfig(Kit.MOCK_CONFIG).build();

        @StepFunctionsLocalTestCases
        void runs(Execution run) {
            assertThat(run).hasVisited("Check Inventory");
        }
    }
}
