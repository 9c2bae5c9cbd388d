package dev.orrery.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.orrery.mock.TaskMocks;
import dev.orrery.model.StateMachine;
import dev.orrery.model.TaskState;
import dev.orrery.parse.AslParser;
import dev.orrery.parse.Diagnostic;
import dev.orrery.parse.ParseResult;
import dev.orrery.parse.StateMachineDefinitions;
import dev.orrery.parse.StateMachineTemplate;
import dev.orrery.run.Execution;
import dev.orrery.run.ExecutionStatus;
import dev.orrery.run.StateMachineRunner;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The snippets of docs/guides/templates.md, compiled and run. */
class TemplatesExampleTests {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void loads_an_asl_yaml_file() {
        // tag::yaml[]
        StateMachine machine = StateMachineDefinitions
                .fromFile(Path.of("src/test/resources/projects/yaml/reminder.asl.yaml"))
                .stateMachine();

        assertThat(machine.states()).containsOnlyKeys("Wait a day", "Send reminder");
        // end::yaml[]
    }

    @Test
    void locates_yaml_diagnostics_in_the_yaml_file() {
        // tag::yaml-diagnostics[]
        ParseResult result = AslParser.parse(Path.of("src/test/resources/projects/yaml/typo.asl.yaml"));

        assertThat(result.errors()).extracting(Diagnostic::toString).contains(
                "src/test/resources/projects/yaml/typo.asl.yaml:6:5 (/States/Wait a day/Next):"
                        + " Missing 'Next' target: Send remider; did you mean \"Send reminder\"?");
        // end::yaml-diagnostics[]
    }

    @Test
    void runs_a_sam_state_machine_with_its_definition_substitutions() throws Exception {
        // tag::sam[]
        StateMachine machine = StateMachineDefinitions
                .fromTemplate(Path.of("src/test/resources/projects/sam/template.yaml"))
                .stateMachine("ReminderFlow")
                .stateMachine();

        TaskState lookUp = (TaskState) machine.state("Look up customer");
        assertThat(lookUp.resource())
                .isEqualTo("arn:aws:lambda:us-east-1:123456789012:function:LookupCustomerFunction");

        TaskMocks mocks = TaskMocks.builder()
                .returns("Look up customer", JSON.readTree("{\"email\": \"ada@example.com\"}"))
                .returns("Record reminder", JSON.readTree("{}"))
                .build();
        Execution execution = StateMachineRunner.create(machine, mocks).run(JSON.readTree("{}"));

        assertThat(execution.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        assertThat(execution.virtualDuration()).isEqualTo(Duration.ofDays(1));
        // end::sam[]
    }

    @Test
    void overrides_a_substitution_and_a_deploy_time_value() {
        // tag::override[]
        StateMachine machine = StateMachineDefinitions
                .fromTemplate(Path.of("src/test/resources/projects/sam/template.yaml"))
                .stateMachine("ReminderFlow")
                .substitute("RemindersTableName", "reminders-test")
                .substitute("AWS::Region", "eu-west-1")
                .stateMachine();

        TaskState record = (TaskState) machine.state("Record reminder");
        assertThat(record.io().parameters().get("TableName").asText()).isEqualTo("reminders-test");
        assertThat(((TaskState) machine.state("Look up customer")).resource())
                .isEqualTo("arn:aws:lambda:eu-west-1:123456789012:function:LookupCustomerFunction");
        // end::override[]
    }

    @Test
    void resolves_a_cloudformation_sub() {
        // tag::cloudformation[]
        StateMachineTemplate template = StateMachineDefinitions
                .fromTemplate(Path.of("src/test/resources/projects/cloudformation/template.yaml"));

        StateMachine scoring = template.stateMachine("ScoringFlow").stateMachine();
        TaskState score = (TaskState) scoring.state("Score");
        assertThat(score.resource()).isEqualTo("arn:aws:states:::lambda:invoke");
        assertThat(score.io().parameters().get("FunctionName").asText())
                .isEqualTo("arn:aws:lambda:us-east-1:123456789012:function:ScoreFunction");
        assertThat(scoring.state("Archive").io().parameters().get("bucket").asText())
                .isEqualTo("scores-test-us-east-1");

        StateMachine nightly = template.stateMachine("NightlyFlow").stateMachine();
        assertThat(((TaskState) nightly.state("Score all")).timeoutSeconds().asInt()).isEqualTo(300);
        // end::cloudformation[]
    }

    @Test
    void asks_for_the_logical_id_and_refuses_s3() {
        StateMachineTemplate template = StateMachineDefinitions
                .fromTemplate(Path.of("src/test/resources/projects/cloudformation/template.yaml"));
        // tag::several[]
        assertThat(template.stateMachineIds()).containsExactly("ScoringFlow", "NightlyFlow", "LegacyFlow");
        assertThatThrownBy(template::stateMachine)
                .hasMessageEndingWith("has 3 state machines [ScoringFlow, NightlyFlow, LegacyFlow];"
                        + " name one by its logical id");
        assertThatThrownBy(() -> template.stateMachine("LegacyFlow").parse())
                .hasMessageContaining("reads its definition from S3 (DefinitionS3Location), which Orrery"
                        + " cannot reach; point Orrery at the local file instead");
        // end::several[]
    }

    @Test
    void reads_cdk_output() {
        // tag::cdk[]
        StateMachine machine = StateMachineDefinitions
                .fromTemplate(Path.of("src/test/resources/projects/cdk.out"))
                .stateMachine("Scoring")
                .stateMachine();

        assertThat(((TaskState) machine.state("Score")).io().parameters().get("FunctionName").asText())
                .isEqualTo("arn:aws:lambda:us-east-1:123456789012:function:ScoreFn1A2B3C4D");
        // end::cdk[]
    }

    @Test
    void fills_a_terraform_template() {
        // tag::terraform[]
        StateMachine machine = StateMachineDefinitions
                .fromFile(Path.of("src/test/resources/projects/terraform/scoring.asl.json.tftpl"))
                .substitute("score_function_arn", "arn:aws:lambda:us-east-1:123456789012:function:score")
                .substitute("score_timeout", "30")
                .stateMachine();

        assertThat(((TaskState) machine.state("Score")).timeoutSeconds().asInt()).isEqualTo(30);
        // end::terraform[]
    }

    @Test
    void judges_unsubstituted_placeholders_and_stops_a_run_that_reaches_one() throws Exception {
        // tag::unresolved[]
        ParseResult result = AslParser.parse("""
                {"StartAt": "Wait", "States": {
                  "Wait": {"Type": "Wait", "Seconds": "${ReminderDelay}", "Next": "Notify"},
                  "Notify": {"Type": "Task", "Resource": "arn:${AWS::Partition}:states:::sns:publish",
                             "Parameters": {"TopicArn": "${TopicArn}", "Message": "hi"}, "End": true}}}""",
                "reminder.asl.json");

        assertThat(result.isValid()).isTrue();
        assertThat(result.diagnostics()).extracting(Diagnostic::code).containsExactly(
                "UNRESOLVED_SUBSTITUTION", "UNRESOLVED_SUBSTITUTION", "UNRESOLVED_SUBSTITUTION");

        Execution execution = StateMachineRunner.create(result.orThrow(), TaskMocks.none())
                .run(JSON.readTree("{}"));
        assertThat(execution.error()).isEqualTo("States.Runtime");
        assertThat(execution.cause()).startsWith(
                "The state 'Wait' still holds the placeholder ${ReminderDelay}, which AWS substitutes when the"
                        + " state machine is deployed.");
        // end::unresolved[]
    }
}
