package dev.orrery.docs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.orrery.history.HistoryEvent;
import dev.orrery.mock.TaskMocks;
import dev.orrery.parse.AslParser;
import dev.orrery.run.Execution;
import dev.orrery.run.StateMachineRunner;
import dev.orrery.run.StateVisit;
import org.junit.jupiter.api.Test;

/** The snippets of docs/guides/jsonata-and-variables.md, compiled and run. */
class JsonataAndVariablesExampleTests {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void assigns_variables_on_map_and_parallel_states() throws Exception {
        String definition = """
                {"QueryLanguage": "JSONata", "StartAt": "Each",
                 "States": {
                   "Each": {"Type": "Map", "Items": [1, 2],
                     "ItemProcessor": {"StartAt": "P", "States": {"P": {"Type": "Pass", "End": true}}},
                     "Assign": {"items": "{% $count($states.result) %}"}, "Next": "Both"},
                   "Both": {"Type": "Parallel",
                     "Branches": [{"StartAt": "B", "States": {"B": {"Type": "Pass", "End": true}}}],
                     "Assign": {"branches": "{% $count($states.result) %}"}, "Next": "Report"},
                   "Report": {"Type": "Pass", "Output": "{% [$items, $branches] %}", "End": true}}}""";

        Execution execution = StateMachineRunner.create(AslParser.parse(definition).orThrow(), TaskMocks.none())
                .run(JSON.readTree("{}"));

        assertThat(execution.output()).isEqualTo(JSON.readTree("[2, 1]"));
    }

    @Test
    void a_jsonata_task_with_arguments_output_and_assign() throws Exception {
        // tag::task[]
        String definition = """
                {"QueryLanguage": "JSONata", "StartAt": "Price",
                 "States": {
                   "Price": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
                     "Arguments": {"FunctionName": "pricer", "Payload": {"sku": "{% $states.input.sku %}"}},
                     "Assign": {"price": "{% $states.result.Payload.price %}"},
                     "Output": {"sku": "{% $states.input.sku %}"},
                     "Next": "Total"},
                   "Total": {"Type": "Pass",
                     "Output": {"sku": "{% $states.input.sku %}", "total": "{% $price * 2 %}"},
                     "End": true}}}""";
        TaskMocks mocks = TaskMocks.builder()
                .returns("Price", JSON.readTree("{\"Payload\": {\"price\": 21}}"))
                .build();
        Execution execution = StateMachineRunner.create(AslParser.parse(definition).orThrow(), mocks)
                .run(JSON.readTree("{\"sku\": \"A-1\"}"));

        assertThat(execution.output()).isEqualTo(JSON.readTree("{\"sku\": \"A-1\", \"total\": 42}"));
        StateVisit price = execution.visits().get(0);
        assertThat(price.visibleVariables()).containsEntry("price", JSON.readTree("21"));
        // end::task[]
    }

    @Test
    void variables_in_a_jsonpath_state_and_the_history() throws Exception {
        // tag::jsonpath[]
        String definition = """
                {"StartAt": "Remember",
                 "States": {
                   "Remember": {"Type": "Pass", "Assign": {"customer.$": "$.id", "attempts": 0},
                                "Next": "Use"},
                   "Use": {"Type": "Pass", "Parameters": {"who.$": "$customer",
                                                          "greeting.$": "States.Format('Hi {}', $customer)"},
                           "End": true}}}""";
        Execution execution = StateMachineRunner.create(AslParser.parse(definition).orThrow(), TaskMocks.none())
                .run(JSON.readTree("{\"id\": \"c-7\"}"));

        assertThat(execution.output().get("greeting").asText()).isEqualTo("Hi c-7");
        HistoryEvent exited = execution.history().events().get(2);
        assertThat(exited.type()).isEqualTo("PassStateExited");
        JsonNode assigned = exited.details().get("assignedVariables");
        assertThat(assigned).isEqualTo(JSON.readTree("{\"attempts\": 0, \"customer\": \"c-7\"}"));
        // end::jsonpath[]
    }

    @Test
    void a_failing_expression_reports_aws_error_and_cause() throws Exception {
        // tag::error[]
        String definition = """
                {"QueryLanguage": "JSONata", "StartAt": "Shape",
                 "States": {"Shape": {"Type": "Pass", "Output": {"id": "{% $states.input.missing %}"},
                                      "End": true}}}""";
        Execution execution = StateMachineRunner.create(AslParser.parse(definition).orThrow(), TaskMocks.none())
                .run(JSON.readTree("{}"));

        assertThat(execution.error()).isEqualTo("States.QueryEvaluationError");
        assertThat(execution.cause()).isEqualTo("An error occurred while executing the state 'Shape' "
                + "(entered at the event id #2). The JSONata expression '$states.input.missing' specified for "
                + "the field 'Output/id' returned nothing (undefined).");
        assertThat(execution.history().types()).containsExactly("ExecutionStarted", "PassStateEntered",
                "EvaluationFailed", "ExecutionFailed");
        // end::error[]
    }

    @Test
    void a_jsonata_map_with_items_and_item_selector() throws Exception {
        // tag::map[]
        String definition = """
                {"QueryLanguage": "JSONata", "StartAt": "Each",
                 "States": {
                   "Each": {"Type": "Map",
                     "Items": "{% $states.input.orders %}",
                     "ItemSelector": {"id": "{% $states.context.Map.Item.Value.id %}",
                                      "position": "{% $states.context.Map.Item.Index %}"},
                     "ItemProcessor": {"StartAt": "Tag", "States": {"Tag": {"Type": "Pass", "End": true}}},
                     "Output": {"count": "{% $count($states.result) %}"},
                     "End": true}}}""";
        Execution execution = StateMachineRunner.create(AslParser.parse(definition).orThrow(), TaskMocks.none())
                .run(JSON.readTree("{\"orders\": [{\"id\": \"a\"}, {\"id\": \"b\"}]}"));

        assertThat(execution.output()).isEqualTo(JSON.readTree("{\"count\": 2}"));
        assertThat(execution.visits()).filteredOn(visit -> visit.name().equals("Tag"))
                .extracting(StateVisit::input)
                .containsExactly(JSON.readTree("{\"id\": \"a\", \"position\": 0}"),
                        JSON.readTree("{\"id\": \"b\", \"position\": 1}"));
        // end::map[]
    }

    @Test
    void a_jsonata_distributed_map_reads_and_batches_with_expressions() throws Exception {
        // tag::distributed[]
        String definition = """
                {"QueryLanguage": "JSONata", "StartAt": "Grade",
                 "States": {"Grade": {"Type": "Map", "End": true,
                   "ItemReader": {"Resource": "arn:aws:states:::s3:getObject",
                     "ReaderConfig": {"InputType": "JSONL", "MaxItems": "{% $states.input.limit %}"},
                     "Arguments": {"Bucket": "exams", "Key": "{% $states.input.day & '.jsonl' %}"}},
                   "ItemBatcher": {"MaxItemsPerBatch": "{% $states.input.perBatch %}",
                                   "BatchInput": {"day": "{% $states.input.day %}"}},
                   "ItemProcessor": {"ProcessorConfig": {"Mode": "DISTRIBUTED", "ExecutionType": "EXPRESS"},
                     "StartAt": "Score", "States": {"Score": {"Type": "Pass", "End": true}}}}}}""";
        TaskMocks s3 = TaskMocks.builder()
                .resource("arn:aws:states:::s3:getObject")
                .where(call -> call.payload().get("Key").asText().equals("monday.jsonl"))
                .returns(JSON.createObjectNode().put("Body", "{\"id\": 1}\n{\"id\": 2}\n{\"id\": 3}\n"))
                .build();
        Execution execution = StateMachineRunner.create(AslParser.parse(definition).orThrow(), s3)
                .run(JSON.readTree("{\"day\": \"monday\", \"limit\": 2, \"perBatch\": 1}"));

        assertThat(execution.output()).isEqualTo(JSON.readTree("""
                [{"BatchInput": {"day": "monday"}, "Items": [{"id": 1}]},
                 {"BatchInput": {"day": "monday"}, "Items": [{"id": 2}]}]"""));
        // end::distributed[]
    }

    @Test
    void jsonata_credentials_are_recorded_on_the_scheduled_task() throws Exception {
        // tag::credentials[]
        String definition = """
                {"QueryLanguage": "JSONata", "StartAt": "Charge",
                 "States": {"Charge": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
                   "Arguments": {"FunctionName": "charge"},
                   "Credentials": {"RoleArn": "{% 'arn:aws:iam::' & $states.input.account & ':role/payer' %}"},
                   "End": true}}}""";
        TaskMocks mocks = TaskMocks.builder().state("Charge").returns(JSON.readTree("{\"Payload\": 1}")).build();
        Execution execution = StateMachineRunner.create(AslParser.parse(definition).orThrow(), mocks)
                .run(JSON.readTree("{\"account\": \"111122223333\"}"));

        HistoryEvent scheduled = execution.history().events().stream()
                .filter(event -> event.type().equals("TaskScheduled")).findFirst().orElseThrow();
        assertThat(scheduled.details().get("taskCredentials"))
                .isEqualTo(JSON.readTree("{\"roleArn\": \"arn:aws:iam::111122223333:role/payer\"}"));
        // end::credentials[]
    }
}
