package dev.orrery.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.orrery.model.MapState;
import dev.orrery.model.StateMachine;
import dev.orrery.model.TaskState;
import dev.orrery.model.WaitDuration;
import dev.orrery.model.WaitState;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Objects;
import org.junit.jupiter.api.Test;

class StateMachineDefinitionsTests {

    static Path fixture(String name) {
        try {
            return Path.of(Objects.requireNonNull(StateMachineDefinitionsTests.class.getResource("/templates/" + name),
                    name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void loads_an_asl_yaml_definition() {
        // WHEN
        ParseResult result = StateMachineDefinitions.fromFile(fixture("yaml/order.asl.yaml")).parse();
        // THEN
        assertThat(result.diagnostics()).isEmpty();
        assertThat(result.orThrow().states()).containsOnlyKeys("Check stock", "In stock?", "Ship", "Out of stock");
    }

    @Test
    void locates_the_diagnostics_of_a_yaml_definition_in_the_yaml_file() {
        // WHEN
        ParseResult result = AslParser.parse(fixture("yaml/broken.asl.yml"));
        // THEN
        assertThat(result.errors()).extracting(d -> d.position().line() + ":" + d.position().column() + " "
                + d.location()).containsExactly("5:5 /States/Wait a bit/Seconds", "9:5 /States/Finish/Next");
        assertThat(result.errors().get(0).position().source()).endsWith("broken.asl.yml");
    }

    @Test
    void loads_a_sam_state_machine_from_its_definition_uri_with_its_substitutions() {
        // WHEN
        ParseResult result = StateMachineDefinitions.fromTemplate(fixture("sam-app/template.yaml"))
                .stateMachine("OrderFlow").parse();
        // THEN
        assertThat(result.diagnostics()).isEmpty();
        StateMachine machine = result.orThrow();
        assertThat(((TaskState) machine.state("Validate order")).resource())
                .isEqualTo("arn:aws:lambda:us-east-1:123456789012:function:ValidateOrderFunction");
        assertThat(((TaskState) machine.state("Save order")).io().parameters().get("TableName").asText())
                .isEqualTo("OrdersTable");
        assertThat(((WaitDuration.Seconds) ((WaitState) machine.state("Wait for payment")).duration()).value()
                .asInt()).isEqualTo(3600);
        assertThat(((TaskState) machine.state("Notify customer")).io().parameters().toString())
                .contains("arn:aws:sns:us-east-1:123456789012:NotifyTopic", "stored in OrdersTable");
        assertThat(machine.comment()).endsWith("(dev)");
    }

    @Test
    void lets_the_user_override_any_substitution_or_deploy_time_value() {
        // WHEN
        StateMachine machine = StateMachineDefinitions.fromTemplate(fixture("sam-app/template.yaml"))
                .stateMachine("OrderFlow").substitute("OrdersTableName", "Orders").substitute("AWS::Region", "eu-west-1")
                .stateMachine();
        // THEN
        assertThat(((TaskState) machine.state("Save order")).io().parameters().get("TableName").asText())
                .isEqualTo("Orders");
        assertThat(((TaskState) machine.state("Validate order")).resource())
                .isEqualTo("arn:aws:lambda:eu-west-1:123456789012:function:ValidateOrderFunction");
    }

    @Test
    void turns_a_substituted_number_into_an_integer_where_asl_wants_one() {
        StateMachine machine = StateMachineDefinitions.fromTemplate(fixture("sam-app/template.yaml"))
                .stateMachine("OrderFlow").substitute("ReminderSeconds", "60").stateMachine();
        assertThat(((WaitDuration.Seconds) ((WaitState) machine.state("Wait for payment")).duration()).value()
                .isIntegralNumber()).isTrue();
    }

    @Test
    void asks_for_the_logical_id_when_a_template_has_several_state_machines() {
        StateMachineTemplate template = StateMachineDefinitions.fromTemplate(fixture("sam-app/template.yaml"));
        assertThat(template.stateMachineIds()).containsExactly("OrderFlow", "RefundFlow");
        assertThatThrownBy(template::stateMachine).isInstanceOf(IllegalArgumentException.class)
                .hasMessageEndingWith("template.yaml has 2 state machines [OrderFlow, RefundFlow]; name one by its"
                        + " logical id");
        assertThatThrownBy(() -> template.stateMachine("Orderflow")).hasMessageEndingWith("has no state machine"
                + " \"Orderflow\"; its state machines are [OrderFlow, RefundFlow]");
    }

    @Test
    void reads_an_inline_sam_definition_with_tags_and_locates_its_diagnostics_in_the_template() {
        // WHEN
        ParseResult result = StateMachineDefinitions.fromTemplate(fixture("sam-app/template.yaml"))
                .stateMachine("RefundFlow").substitute("RefundAttempts", "0.5").parse();
        // THEN
        assertThat(result.errors()).hasSize(1);
        Diagnostic error = result.errors().get(0);
        assertThat(error.location()).isEqualTo("/States/Refund payment/Retry/0/MaxAttempts");
        assertThat(error.position().toString()).endsWith("template.yaml:39:17");
        StateMachine valid = StateMachineDefinitions.fromTemplate(fixture("sam-app/template.yaml"))
                .stateMachine("RefundFlow").stateMachine();
        assertThat(((TaskState) valid.state("Refund payment")).io().parameters().get("FunctionName").asText())
                .isEqualTo("arn:aws:lambda:us-east-1:123456789012:function:RefundFunction");
        assertThat(((TaskState) valid.state("Refund payment")).errorHandling().retry().get(0).maxAttempts())
                .isEqualTo(2);
    }

    @Test
    void resolves_a_cloudformation_sub_with_a_variable_map_conditions_and_mappings() {
        // WHEN
        StateMachineDefinition pipeline = StateMachineDefinitions.fromTemplate(fixture("cloudformation/template.yaml"))
                .stateMachine("ImagePipeline");
        ParseResult result = pipeline.parse();
        // THEN
        assertThat(result.diagnostics()).isEmpty();
        TaskState resize = (TaskState) result.orThrow().state("Resize");
        assertThat(resize.resource()).isEqualTo("arn:aws:lambda:us-east-1:123456789012:function:ResizeFunction");
        assertThat(resize.io().parameters().toString()).contains("\"bucket\":\"images-in\"", "\"width\":128",
                "s3://images-in/{}");
        assertThat(resize.timeoutSeconds().asInt()).isEqualTo(60);
        TaskState test = (TaskState) pipeline.substitute("Environment", "test").stateMachine().state("Resize");
        assertThat(test.timeoutSeconds().asInt()).isEqualTo(5);
    }

    @Test
    void resolves_a_cloudformation_definition_object_with_definition_substitutions() {
        // WHEN
        StateMachine machine = StateMachineDefinitions.fromTemplate(fixture("cloudformation/template.yaml"))
                .stateMachine("AuditTrail").stateMachine();
        // THEN
        assertThat(((TaskState) machine.state("Record")).io().parameters().toString())
                .isEqualTo("{\"TableName\":\"prod-audit\",\"Item\":{\"region\":{\"S\":\"us-east-1\"}}}");
        assertThat(machine.state("Done").comment()).isEqualTo("audit in 123456789012");
    }

    @Test
    void refuses_a_definition_kept_in_s3_and_says_to_point_at_the_local_file() {
        StateMachineDefinition archived = StateMachineDefinitions.fromTemplate(fixture("cloudformation/template.yaml"))
                .stateMachine("ArchivedFlow");
        assertThatThrownBy(archived::parse).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("template.yaml:").hasMessageContaining("reads its definition from S3"
                        + " (DefinitionS3Location), which Orrery cannot reach; point Orrery at the local file instead");
    }

    @Test
    void reads_a_cdk_synthesized_template_from_cdk_out_by_its_construct_id() {
        // WHEN
        ParseResult result = StateMachineDefinitions.fromTemplate(fixture("cdk.out")).stateMachine("OrderFlow")
                .parse();
        // THEN
        assertThat(result.diagnostics()).isEmpty();
        TaskState charge = (TaskState) result.orThrow().state("Charge card");
        assertThat(charge.io().parameters().get("FunctionName").asText())
                .isEqualTo("arn:aws:lambda:us-east-1:123456789012:function:ChargeCardFn4C3E5F2A");
        assertThat(((TaskState) result.orThrow().state("Send receipt")).io().parameters().get("TopicArn").asText())
                .isEqualTo("arn:aws:sns:us-east-1:123456789012:ReceiptsTopic8E1A7B2C");
    }

    @Test
    void fills_a_terraform_template_with_its_variables() {
        // WHEN
        ParseResult result = StateMachineDefinitions.fromFile(fixture("terraform/order_flow.asl.json.tftpl"))
                .substitute("charge_function_arn", "arn:aws:lambda:eu-west-1:111122223333:function:charge")
                .substitute("charge_timeout", "30")
                .substitute("shipping_queue_url", "https://sqs.eu-west-1.amazonaws.com/111122223333/shipping")
                .parse();
        // THEN
        assertThat(result.diagnostics()).isEmpty();
        assertThat(((TaskState) result.orThrow().state("Charge")).timeoutSeconds().asInt()).isEqualTo(30);
    }

    @Test
    void warns_once_for_each_terraform_variable_left_unsubstituted() {
        // WHEN
        ParseResult result = StateMachineDefinitions.fromFile(fixture("terraform/order_flow.asl.json.tftpl")).parse();
        // THEN
        assertThat(result.isValid()).isTrue();
        assertThat(result.diagnostics()).extracting(Diagnostic::code).containsOnly("UNRESOLVED_SUBSTITUTION");
        assertThat(result.diagnostics()).extracting(Diagnostic::location).containsExactly(
                "/States/Charge/Parameters/FunctionName", "/States/Charge/TimeoutSeconds",
                "/States/Ship/Parameters/QueueUrl");
    }

    @Test
    void ignores_a_map_state_without_placeholders_and_keeps_the_model_types() {
        StateMachine machine = StateMachineDefinitions.fromFile(fixture("yaml/order.asl.yaml")).stateMachine();
        assertThat(machine.unresolvedPlaceholders()).isEmpty();
        assertThat(machine.states().values()).noneMatch(MapState.class::isInstance);
    }

    @Test
    void reads_a_template_with_nested_short_form_tags_and_a_duplicate_key_outside_the_state_machine() {
        // GIVEN
        String template = """
                Resources:
                  Subnet:
                    Type: AWS::EC2::Subnet
                    Properties:
                      AvailabilityZone: !Select
                        - 0
                        - !GetAZs !Ref AWS::Region
                  Vpc:
                    Type: AWS::EC2::VPC
                  Vpc:
                    Type: AWS::EC2::VPC
                  Flow:
                    Type: AWS::StepFunctions::StateMachine
                    Properties:
                      Definition:
                        StartAt: P
                        States:
                          P: {Type: Pass, End: true}
                          P: {Type: Pass, End: true}
                """;
        // WHEN
        ParseResult result = StateMachineDefinitions.fromTemplate(template, "template.yaml", null).stateMachine()
                .parse();
        // THEN
        assertThat(result.errors()).extracting(d -> d.code() + " " + d.location() + " " + d.position())
                .containsExactly("DUPLICATE_STATE_NAME /States/P template.yaml:19:11");
    }

    @Test
    void locates_a_problem_of_a_definition_string_block_at_its_line_in_the_template() {
        // GIVEN
        String template = """
                Resources:
                  Notify:
                    Type: AWS::SNS::Topic
                  Flow:
                    Type: AWS::StepFunctions::StateMachine
                    Properties:
                      DefinitionString: !Sub |
                        {
                          "StartAt": "Publish",
                          "States": {
                            "Publish": {"Type": "Task", "Resource": "arn:aws:states:::sns:publish",
                              "Parameters": {"TopicArn": "${Notify}"}, "Next": "Dne"},
                            "Done": {"Type": "Succeed"}
                          }
                        }
                """;
        // WHEN
        ParseResult result = StateMachineDefinitions.fromTemplate(template, "template.yaml", null).stateMachine()
                .parse();
        // THEN
        assertThat(result.errors()).extracting(d -> d.location() + " " + d.position()).containsExactly(
                "/States/Publish/Next template.yaml:12:15", "/States/Done template.yaml:13:13");
    }

    @Test
    void says_to_load_a_template_as_a_template() {
        ParseResult result = StateMachineDefinitions.fromFile(fixture("sam-app/template.yaml")).parse();
        assertThat(result.errors()).singleElement().satisfies(error -> assertThat(error.message())
                .endsWith("template.yaml is a CloudFormation or SAM template, not a state machine definition: load it"
                        + " with StateMachineDefinitions.fromTemplate(path) (on the command line, --template FILE)"));
    }
}
