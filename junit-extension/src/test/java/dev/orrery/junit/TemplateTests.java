package dev.orrery.junit;

import static dev.orrery.assertj.OrreryAssertions.assertThat;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.instanceOf;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import dev.orrery.model.StateMachine;
import dev.orrery.model.TaskState;
import dev.orrery.run.Execution;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;

class TemplateTests {

    @Test
    void runs_a_state_machine_of_a_sam_template_with_its_substitutions() {
        Kit.run(SamTestCase.class).testEvents().assertStatistics(stats -> stats.started(2).succeeded(2));
    }

    @Test
    void asks_for_the_logical_id_when_the_template_has_several_state_machines() {
        Kit.run(NoLogicalIdTestCase.class).testEvents().assertStatistics(stats -> stats.started(1).failed(1))
                .assertThatEvents().haveExactly(1, finishedWithFailure(instanceOf(
                        ExtensionConfigurationException.class), message(m -> m.startsWith(
                                "Cannot use template junit/sam/template.yaml for @StateMachineTest on"
                                        + " NoLogicalIdTestCase; ")
                                && m.endsWith("has 2 state machines [OrderFlow, AuditFlow]; name one by its logical id"
                                        + " (set stateMachine = \"LogicalId\")."))));
    }

    @Test
    void takes_the_template_and_substitutions_from_the_builder() {
        Kit.run(BuilderTemplateTestCase.class).testEvents().assertStatistics(stats -> stats.started(1).succeeded(1));
    }

    static class BuilderTemplateTestCase {

        @org.junit.jupiter.api.extension.RegisterExtension
        static final OrreryExtension ORRERY = OrreryExtension.builder().template("junit/sam/template.yaml", "OrderFlow")
                .substitute("TableName", "Orders").substitute("AWS::AccountId", "111122223333").build();

        @Test
        void resolves_the_substitutions(StateMachine machine) {
            org.assertj.core.api.Assertions.assertThat(((TaskState) machine.state("Check stock")).resource())
                    .isEqualTo("arn:aws:lambda:us-east-1:111122223333:function:CheckStockFunction");
        }
    }

    @StateMachineTest(template = "junit/sam/template.yaml", stateMachine = "OrderFlow",
            substitutions = "TableName=Orders")
    @MockTask(state = "Check stock", returns = "{\"available\": true}")
    @MockTask(state = "Save order", returns = "{}")
    static class SamTestCase {

        @Test
        void resolves_the_lambda_arn_and_the_table(StateMachine machine) {
            org.assertj.core.api.Assertions.assertThat(((TaskState) machine.state("Check stock")).resource())
                    .isEqualTo("arn:aws:lambda:us-east-1:123456789012:function:CheckStockFunction");
            org.assertj.core.api.Assertions.assertThat(((TaskState) machine.state("Save order")).io().parameters()
                    .get("TableName").asText()).isEqualTo("Orders");
        }

        @Test
        @Input("{\"orderId\": \"o-1\"}")
        void runs_with_mocks_by_state(Execution run) {
            assertThat(run).succeeded();
        }
    }

    @StateMachineTest(template = "junit/sam/template.yaml")
    static class NoLogicalIdTestCase {
        @Test
        void runs(Execution run) {}
    }
}
