package dev.orrery.scaffold;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orrery.model.StateMachine;
import dev.orrery.parse.StateMachineDefinitions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ScaffoldTests {

    private static StateMachine parse(String json) {
        return StateMachineDefinitions.fromText(json, "test.asl.json").parse().orThrow();
    }

    /** A Choice with one rule written as given, going to A, and a Default going to B; both end. */
    private static StateMachine choice(String rule, String language) {
        return parse("""
                {"QueryLanguage": "%s", "StartAt": "C", "States": {
                  "C": {"Type": "Choice", "Choices": [%s], "Default": "B"},
                  "A": {"Type": "Succeed"}, "B": {"Type": "Succeed"}}}
                """.formatted(language, rule));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{\"Variable\": \"$.kind\", \"StringEquals\": \"gold\", \"Next\": \"A\"}",
        "{\"Variable\": \"$.total\", \"NumericGreaterThan\": 100, \"Next\": \"A\"}",
        "{\"Variable\": \"$.total\", \"NumericLessThanEquals\": -3.5, \"Next\": \"A\"}",
        "{\"And\": [{\"Variable\": \"$.v\", \"NumericGreaterThanEquals\": 20}, {\"Variable\": \"$.v\", \"NumericLessThan\": 30}], \"Next\": \"A\"}",
        "{\"Or\": [{\"Variable\": \"$.a\", \"BooleanEquals\": true}, {\"Variable\": \"$.b\", \"StringEquals\": \"x\"}], \"Next\": \"A\"}",
        "{\"Not\": {\"Variable\": \"$.type\", \"StringEquals\": \"Private\"}, \"Next\": \"A\"}",
        "{\"Variable\": \"$.optional\", \"IsPresent\": false, \"Next\": \"A\"}",
        "{\"And\": [{\"Variable\": \"$.flag\", \"IsPresent\": true}, {\"Variable\": \"$.flag\", \"BooleanEquals\": true}], \"Next\": \"A\"}",
        "{\"Variable\": \"$.value\", \"IsNull\": true, \"Next\": \"A\"}",
        "{\"Variable\": \"$.value\", \"IsNumeric\": true, \"Next\": \"A\"}",
        "{\"Variable\": \"$.value\", \"IsString\": false, \"Next\": \"A\"}",
        "{\"Variable\": \"$.value\", \"IsTimestamp\": true, \"Next\": \"A\"}",
        "{\"Variable\": \"$.at\", \"TimestampLessThan\": \"2024-06-01T00:00:00Z\", \"Next\": \"A\"}",
        "{\"Variable\": \"$.file\", \"StringMatches\": \"*.log\", \"Next\": \"A\"}",
        "{\"Variable\": \"$.price\", \"NumericGreaterThanPath\": \"$.limit\", \"Next\": \"A\"}",
        "{\"Variable\": \"$.items[0].sku\", \"StringEquals\": \"S-1\", \"Next\": \"A\"}",
        "{\"Variable\": \"$$.Execution.Input.mode\", \"StringEquals\": \"fast\", \"Next\": \"A\"}"
    })
    void reaches_every_branch_of_a_jsonpath_rule(String rule) {
        Scaffold scaffold = Scaffold.of(choice(rule, "JSONPath"));

        assertThat(scaffold.reachedCount()).as("%s", scaffold.notes()).isEqualTo(scaffold.targetCount());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{% $states.input.kind = 'gold' %}",
        "{% $states.input.total > 100 and $states.input.total <= 200 %}",
        "{% $not($states.input.open) or $states.input.count != 3 %}",
        "{% $exists($states.input.coupon) %}",
        "{% ($states.input.a = null) %}"
    })
    void reaches_every_branch_of_a_jsonata_condition(String condition) {
        Scaffold scaffold = Scaffold.of(choice("{\"Condition\": \"" + condition + "\", \"Next\": \"A\"}", "JSONata"));

        assertThat(scaffold.reachedCount()).as("%s", scaffold.notes()).isEqualTo(scaffold.targetCount());
    }

    @Test
    void reaches_a_branch_on_a_variable_assigned_from_a_task_result() {
        Scaffold scaffold = Scaffold.of(parse("""
                {"QueryLanguage": "JSONata", "StartAt": "Check", "States": {
                  "Check": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
                            "Arguments": {"FunctionName": "check"},
                            "Assign": {"status": "{% $states.result.Payload.status %}"}, "Next": "Done?"},
                  "Done?": {"Type": "Choice", "Choices": [{"Condition": "{% $status = 'DONE' %}", "Next": "A"}],
                            "Default": "B"},
                  "A": {"Type": "Succeed"}, "B": {"Type": "Fail", "Error": "NotDone"}}}
                """));

        assertThat(scaffold.reachedCount()).as("%s", scaffold.notes()).isEqualTo(scaffold.targetCount());
    }

    @Test
    void leaves_a_polling_loop_through_both_branches() {
        Scaffold scaffold = Scaffold.of(parse("""
                {"StartAt": "Poll", "States": {
                  "Poll": {"Type": "Task", "Resource": "arn:aws:states:::aws-sdk:glue:getJobRun",
                           "Parameters": {"JobName": "etl", "RunId": "r-1"}, "ResultPath": "$.run", "Next": "Done?"},
                  "Done?": {"Type": "Choice", "Choices": [{"Variable": "$.run.JobRun.JobRunState",
                            "StringEquals": "SUCCEEDED", "Next": "Finished"}], "Default": "Wait"},
                  "Wait": {"Type": "Wait", "Seconds": 60, "Next": "Poll"},
                  "Finished": {"Type": "Succeed"}}}
                """));

        assertThat(scaffold.reachedCount()).as("%s", scaffold.notes()).isEqualTo(scaffold.targetCount());
        assertThat(scaffold.cases()).allSatisfy(c -> assertThat(c.status().name()).isEqualTo("SUCCEEDED"));
    }

    @Test
    void names_a_branch_it_cannot_derive_and_why() {
        Scaffold scaffold = Scaffold.of(parse("""
                {"StartAt": "Count", "States": {
                  "Count": {"Type": "Pass", "Parameters": {"n.$": "States.ArrayLength($.items)"}, "Next": "C"},
                  "C": {"Type": "Choice", "Choices": [{"Variable": "$.n", "NumericEquals": 3, "Next": "A"}],
                        "Default": "B"},
                  "A": {"Type": "Succeed"}, "B": {"Type": "Succeed"}}}
                """));

        assertThat(scaffold.reachedCount()).isLessThan(scaffold.targetCount());
        assertThat(scaffold.notes()).anySatisfy(note -> assertThat(note).startsWith("Not reached: Choice \"C\"")
                .contains("cannot trace back"));
    }

    @Test
    void drives_each_catch_edge_with_an_error_no_earlier_catcher_takes() {
        Scaffold scaffold = Scaffold.of(parse("""
                {"StartAt": "Call", "States": {
                  "Call": {"Type": "Task", "Resource": "arn:aws:lambda:us-east-1:123456789012:function:f",
                           "Retry": [{"ErrorEquals": ["States.ALL"], "MaxAttempts": 2}],
                           "Catch": [{"ErrorEquals": ["Lambda.Unknown"], "Next": "Unknown"},
                                     {"ErrorEquals": ["States.TaskFailed"], "Next": "Failed"},
                                     {"ErrorEquals": ["States.ALL"], "Next": "Other"}], "End": true},
                  "Unknown": {"Type": "Succeed"}, "Failed": {"Type": "Succeed"}, "Other": {"Type": "Succeed"}}}
                """));

        assertThat(scaffold.reachedCount()).as("%s", scaffold.notes()).isEqualTo(scaffold.targetCount());
        assertThat(scaffold.cases()).filteredOn(c -> c.reaches().contains("Catch #3"))
                .singleElement().satisfies(c -> assertThat(c.mocks().get("Call").toString())
                        .contains("\"Error\":\"States.Timeout\"").contains("\"0-2\""));
    }

    @Test
    void gives_a_map_one_item_and_mocks_the_tasks_of_its_iterations() {
        Scaffold scaffold = Scaffold.of(parse("""
                {"StartAt": "Each", "States": {
                  "Each": {"Type": "Map", "ItemsPath": "$.orders", "ItemProcessor": {"StartAt": "Ship",
                    "States": {"Ship": {"Type": "Task", "Resource": "arn:aws:states:::sns:publish",
                                        "Parameters": {"TopicArn": "t", "Message.$": "$.id"}, "End": true}}},
                           "End": true}}}
                """));

        assertThat(scaffold.reachedCount()).as("%s", scaffold.notes()).isEqualTo(scaffold.targetCount());
        JsonNode published = scaffold.cases().stream().filter(c -> c.mocks().containsKey("Ship")).findFirst()
                .orElseThrow().mocks().get("Ship");
        assertThat(published.at("/0/Return/MessageId").asText()).isEqualTo("<MessageId>");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "arn:aws:states:::lambda:invoke | /StatusCode | 200",
        "arn:aws:states:::sqs:sendMessage | /MessageId | <MessageId>",
        "arn:aws:states:::dynamodb:putItem | /Attributes | {}",
        "arn:aws:states:::ecs:runTask.sync | /LastStatus | STOPPED",
        "arn:aws:states:::batch:submitJob.sync | /Status | SUCCEEDED",
        "arn:aws:states:::aws-sdk:s3:listBuckets | /Buckets | []",
        "arn:aws:states:::states:startExecution.sync:2 | /Status | SUCCEEDED"
    })
    void answers_each_task_in_its_integrations_shape(String resource, String pointer, String value) {
        Scaffold scaffold = Scaffold.of(parse("""
                {"StartAt": "T", "States": {"T": {"Type": "Task", "Resource": "%s", "End": true}}}
                """.formatted(resource)));

        JsonNode answer = scaffold.cases().get(0).mocks().get("T").at("/0/Return" + pointer);
        assertThat(answer.isTextual() ? answer.asText() : answer.toString()).isEqualTo(value);
    }

    @Test
    void answers_an_http_task_as_the_http_integration_returns() {
        Scaffold scaffold = Scaffold.of(parse("""
                {"StartAt": "T", "States": {"T": {"Type": "Task", "Resource": "arn:aws:states:::http:invoke",
                  "Parameters": {"ApiEndpoint": "https://api.example.com/orders", "Method": "GET",
                    "InvocationConfig": {"ConnectionArn": "arn:aws:events:us-east-1:123456789012:connection/c/1"}},
                  "End": true}}}
                """));

        assertThat(scaffold.cases().get(0).mocks().get("T").at("/0/Return").toString())
                .isEqualTo("{\"Headers\":{},\"ResponseBody\":{},\"StatusCode\":200,\"StatusText\":\"OK\"}");
    }

    @Test
    void says_where_it_knows_no_response_shape() {
        Scaffold scaffold = Scaffold.of(parse("""
                {"StartAt": "T", "States": {"T": {"Type": "Task",
                  "Resource": "arn:aws:states:::aws-sdk:rekognition:detectLabels", "End": true}}}
                """));

        assertThat(scaffold.notes()).containsExactly("Task \"T\" (aws-sdk:rekognition:detectLabels): Orrery ships no"
                + " response model of aws-sdk:rekognition:detectLabels: fill in its response");
    }

    @Test
    void writes_the_same_files_for_the_same_definition() {
        StateMachine machine = choice("{\"Variable\": \"$.kind\", \"StringEquals\": \"gold\", \"Next\": \"A\"}",
                "JSONPath");

        for (ScaffoldFormat format : ScaffoldFormat.values()) {
            List<ScaffoldFile> first = Scaffold.of(machine).render(format, "Kinds", "kinds.asl.json");
            assertThat(Scaffold.of(machine).render(format, "Kinds", "kinds.asl.json")).isEqualTo(first);
        }
    }
}
