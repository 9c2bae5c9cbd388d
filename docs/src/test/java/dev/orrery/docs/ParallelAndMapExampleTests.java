package dev.orrery.docs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.orrery.mock.MockSession;
import dev.orrery.mock.TaskMocks;
import dev.orrery.parse.AslParser;
import dev.orrery.run.Execution;
import dev.orrery.run.ExecutionOptions;
import dev.orrery.run.ExecutionStatus;
import dev.orrery.run.StateMachineRunner;
import dev.orrery.spi.TaskIntegration;
import dev.orrery.spi.TaskOutcome;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The snippets of docs/guides/parallel-and-map.md, compiled and run. */
class ParallelAndMapExampleTests {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final String RESIZE_ALL = """
            {"StartAt": "ResizeAll",
             "States": {"ResizeAll": {"Type": "Map", "ItemsPath": "$.images", "MaxConcurrency": 2,
               "ItemSelector": {"key.$": "$$.Map.Item.Value", "position.$": "$$.Map.Item.Index"},
               "ItemProcessor": {"StartAt": "Resize", "States": {"Resize": {"Type": "Task",
                 "Resource": "arn:aws:states:::lambda:invoke", "OutputPath": "$.Payload", "End": true}}},
               "End": true}}}""";

    @Test
    void parallel_branches_run_side_by_side_in_virtual_time() throws Exception {
        // tag::parallel[]
        String definition = """
                {"StartAt": "Enrich",
                 "States": {"Enrich": {"Type": "Parallel", "End": true, "Branches": [
                   {"StartAt": "Profile", "States": {"Profile": {"Type": "Task",
                     "Resource": "arn:aws:states:::dynamodb:getItem", "End": true}}},
                   {"StartAt": "Orders", "States": {"Orders": {"Type": "Task",
                     "Resource": "arn:aws:states:::dynamodb:query", "End": true}}}]}}}""";
        TaskMocks mocks = TaskMocks.builder()
                .respond("Profile", new TaskOutcome.Success(JSON.readTree("{\"name\": \"Ada\"}"), Duration.ofSeconds(2)))
                .respond("Orders", new TaskOutcome.Success(JSON.readTree("{\"count\": 3}"), Duration.ofSeconds(5)))
                .build();
        Execution execution = StateMachineRunner.create(AslParser.parse(definition).orThrow(), mocks)
                .run(JSON.readTree("{\"customer\": 42}"));

        assertThat(execution.output()).isEqualTo(JSON.readTree("[{\"name\": \"Ada\"}, {\"count\": 3}]"));
        assertThat(execution.virtualDuration()).isEqualTo(Duration.ofSeconds(5));
        // end::parallel[]
    }

    @Test
    void a_map_state_runs_one_iteration_per_item() throws Exception {
        // tag::map[]
        TaskIntegration resize = request -> new TaskOutcome.Success(
                JSON.createObjectNode().set("Payload", request.payload().get("key")), Duration.ofSeconds(10));
        Execution execution = StateMachineRunner.create(AslParser.parse(RESIZE_ALL).orThrow(), resize)
                .run(JSON.readTree("{\"images\": [\"a.png\", \"b.png\", \"c.png\"]}"));

        assertThat(execution.output()).isEqualTo(JSON.readTree("[\"a.png\", \"b.png\", \"c.png\"]"));
        // MaxConcurrency 2: two iterations, then the third
        assertThat(execution.virtualDuration()).isEqualTo(Duration.ofSeconds(20));
        assertThat(execution.history().types()).startsWith("ExecutionStarted", "MapStateEntered",
                "MapStateStarted", "MapIterationStarted", "MapIterationStarted", "TaskStateEntered");
        // end::map[]
    }

    @Test
    void the_first_failing_iteration_fails_the_map_state() throws Exception {
        // tag::failure[]
        TaskIntegration failOnB = request -> request.payload().get("key").asText().equals("b.png")
                ? new TaskOutcome.Failure("Image.Corrupt", "b.png is not a PNG", Duration.ofSeconds(1), List.of())
                : new TaskOutcome.Success(JSON.createObjectNode().put("Payload", "ok"), Duration.ofSeconds(10));
        Execution execution = StateMachineRunner.create(AslParser.parse(RESIZE_ALL).orThrow(), failOnB)
                .run(JSON.readTree("{\"images\": [\"a.png\", \"b.png\", \"c.png\"]}"));

        assertThat(execution.status()).isEqualTo(ExecutionStatus.FAILED);
        assertThat(execution.error()).isEqualTo("Image.Corrupt");
        assertThat(execution.history().types()).endsWith("MapIterationFailed", "TaskStateAborted",
                "MapIterationAborted", "TaskStateAborted", "MapStateFailed", "ExecutionFailed");
        // end::failure[]
    }

    @Test
    void shuffled_iterations_expose_order_assumptions() throws Exception {
        // tag::shuffle[]
        TaskIntegration resize = request -> TaskOutcome.success(
                JSON.createObjectNode().set("Payload", request.payload().get("key")));
        StateMachineRunner runner = StateMachineRunner.create(AslParser.parse(RESIZE_ALL).orThrow(), resize,
                ExecutionOptions.defaults().withSeed(7).withShuffledIterations(true));

        Execution execution = runner.run(JSON.readTree("{\"images\": [\"a.png\", \"b.png\", \"c.png\"]}"));

        // the iterations started in a seed-dependent order; the output keeps the item order
        assertThat(execution.output()).isEqualTo(JSON.readTree("[\"a.png\", \"b.png\", \"c.png\"]"));
        // end::shuffle[]
    }

    @Test
    void a_distributed_map_tolerates_failed_child_executions() throws Exception {
        // tag::distributed[]
        String definition = """
                {"StartAt": "Import",
                 "States": {"Import": {"Type": "Map", "ToleratedFailureCount": 1, "Label": "Rows", "End": true,
                   "ItemProcessor": {"ProcessorConfig": {"Mode": "DISTRIBUTED", "ExecutionType": "STANDARD"},
                     "StartAt": "Store", "States": {"Store": {"Type": "Task",
                       "Resource": "arn:aws:states:::dynamodb:putItem", "End": true}}}}}}""";
        TaskIntegration store = request -> request.payload().asInt() == 2
                ? TaskOutcome.failure("DynamoDB.ConditionalCheckFailedException", "row 2 exists")
                : TaskOutcome.success(request.payload());
        Execution execution = StateMachineRunner.create(AslParser.parse(definition).orThrow(), store)
                .run(JSON.readTree("[1, 2, 3]"));

        assertThat(execution.output()).isEqualTo(JSON.readTree("[1, null, 3]"));
        assertThat(execution.history().types()).containsExactly("ExecutionStarted", "MapStateEntered",
                "MapStateStarted", "MapRunStarted", "MapRunSucceeded", "MapStateSucceeded", "MapStateExited",
                "ExecutionSucceeded");
        // end::distributed[]
    }

    @Test
    void a_distributed_map_reads_csv_from_s3_in_batches() throws Exception {
        // tag::reader[]
        String definition = """
                {"StartAt": "Rate",
                 "States": {"Rate": {"Type": "Map", "End": true,
                   "ItemReader": {"Resource": "arn:aws:states:::s3:getObject",
                     "ReaderConfig": {"InputType": "CSV", "CSVHeaderLocation": "FIRST_ROW"},
                     "Parameters": {"Bucket": "ratings", "Key.$": "$.key"}},
                   "ItemBatcher": {"MaxItemsPerBatch": 2, "BatchInput": {"source.$": "$.key"}},
                   "ItemProcessor": {"ProcessorConfig": {"Mode": "DISTRIBUTED", "ExecutionType": "EXPRESS"},
                     "StartAt": "Count", "States": {"Count": {"Type": "Pass", "End": true}}}}}}""";
        TaskMocks s3 = TaskMocks.builder()
                .resource("arn:aws:states:::s3:getObject")
                .returns(JSON.createObjectNode().put("Body", "movie,stars\nA,5\nB,3\nC,4\n"))
                .build();
        Execution execution = StateMachineRunner.create(AslParser.parse(definition).orThrow(), s3)
                .run(JSON.readTree("{\"key\": \"2024.csv\"}"));

        assertThat(execution.output()).isEqualTo(JSON.readTree("""
                [{"BatchInput": {"source": "2024.csv"},
                  "Items": [{"movie": "A", "stars": "5"}, {"movie": "B", "stars": "3"}]},
                 {"BatchInput": {"source": "2024.csv"}, "Items": [{"movie": "C", "stars": "4"}]}]"""));
        // end::reader[]
    }

    @Test
    void a_distributed_map_writes_its_results_through_the_integration() throws Exception {
        // tag::writer[]
        String definition = """
                {"StartAt": "Process",
                 "States": {"Process": {"Type": "Map", "End": true,
                   "ResultWriter": {"Resource": "arn:aws:states:::s3:putObject",
                     "Parameters": {"Bucket": "results", "Prefix": "jobs"}},
                   "ItemProcessor": {"ProcessorConfig": {"Mode": "DISTRIBUTED", "ExecutionType": "STANDARD"},
                     "StartAt": "Done", "States": {"Done": {"Type": "Pass", "End": true}}}}}}""";
        MockSession session = TaskMocks.builder()
                .resource("arn:aws:states:::s3:putObject").returns(JSON.createObjectNode())
                .build().session();
        Execution execution = StateMachineRunner.create(AslParser.parse(definition).orThrow(), session)
                .run(JSON.readTree("[1, 2]"));

        String manifestKey = execution.output().at("/ResultWriterDetails/Key").asText();
        assertThat(manifestKey).startsWith("jobs/").endsWith("/manifest.json");
        assertThat(session.payloads("Process")).extracting(put -> put.get("Key").asText())
                .containsExactly(manifestKey.replace("manifest.json", "SUCCEEDED_0.json"), manifestKey);
        JsonNode manifest = JSON.readTree(session.payloads("Process").get(1).get("Body").asText());
        assertThat(manifest.get("DestinationBucket").asText()).isEqualTo("results");
        // end::writer[]
    }

    @Test
    void a_failed_map_run_still_exports_its_results() throws Exception {
        // tag::writerFailure[]
        String definition = """
                {"StartAt": "Process",
                 "States": {"Process": {"Type": "Map", "End": true, "MaxConcurrency": 1,
                   "ResultWriter": {"Resource": "arn:aws:states:::s3:putObject",
                     "Parameters": {"Bucket": "results", "Prefix": "jobs"}},
                   "ItemProcessor": {"ProcessorConfig": {"Mode": "DISTRIBUTED", "ExecutionType": "STANDARD"},
                     "StartAt": "Check", "States": {"Check": {"Type": "Task",
                       "Resource": "arn:aws:states:::lambda:invoke", "End": true}}}}}}""";
        MockSession session = TaskMocks.builder()
                .resource("arn:aws:states:::s3:putObject").returns(JSON.createObjectNode())
                .state("Check").returns(JSON.readTree("{\"ok\": true}"))
                .thenFails("Check.Failed", "item 2 is bad")
                .build().session();
        Execution execution = StateMachineRunner.create(AslParser.parse(definition).orThrow(), session)
                .run(JSON.readTree("[1, 2, 3]"));

        assertThat(execution.error()).isEqualTo("States.ExceedToleratedFailureThreshold");
        List<String> files = session.payloads("Process").stream()
                .map(put -> put.get("Key").asText().replaceAll(".*/", "")).toList();
        assertThat(files).containsExactly("SUCCEEDED_0.json", "FAILED_0.json", "PENDING_0.json", "manifest.json");
        JsonNode failed = JSON.readTree(session.payloads("Process").get(1).get("Body").asText()).get(0);
        assertThat(failed.get("Status").asText()).isEqualTo("FAILED");
        assertThat(failed.get("Cause").asText()).isEqualTo("item 2 is bad");
        assertThat(failed.get("ExecutionArn").asText())
                .startsWith("arn:aws:states:us-east-1:123456789012:execution:StateMachine/")
                .endsWith(":" + failed.get("Name").asText());
        // end::writerFailure[]
    }

    @Test
    void writer_config_flattens_the_child_outputs_into_the_state_output() throws Exception {
        // tag::writerConfig[]
        String definition = """
                {"StartAt": "Orders",
                 "States": {"Orders": {"Type": "Map", "End": true,
                   "ResultWriter": {"WriterConfig": {"Transformation": "FLATTEN", "OutputType": "JSON"}},
                   "ItemProcessor": {"ProcessorConfig": {"Mode": "DISTRIBUTED", "ExecutionType": "EXPRESS"},
                     "StartAt": "Fetch", "States": {"Fetch": {"Type": "Task",
                       "Resource": "arn:aws:states:::lambda:invoke", "OutputPath": "$.Payload", "End": true}}}}}}""";
        TaskMocks mocks = TaskMocks.builder()
                .state("Fetch").returns(JSON.readTree("{\"Payload\": [{\"order\": 1}, {\"order\": 2}]}"))
                .thenReturns(JSON.readTree("{\"Payload\": [{\"order\": 3}]}"))
                .build();
        Execution execution = StateMachineRunner.create(AslParser.parse(definition).orThrow(), mocks)
                .run(JSON.readTree("[\"monday\", \"tuesday\"]"));

        assertThat(execution.output())
                .isEqualTo(JSON.readTree("[{\"order\": 1}, {\"order\": 2}, {\"order\": 3}]"));
        // end::writerConfig[]
    }

    @Test
    void a_distributed_map_reads_an_s3_inventory() throws Exception {
        // tag::inventory[]
        String definition = """
                {"StartAt": "Audit",
                 "States": {"Audit": {"Type": "Map", "End": true,
                   "ItemReader": {"Resource": "arn:aws:states:::s3:getObject",
                     "ReaderConfig": {"InputType": "MANIFEST"},
                     "Parameters": {"Bucket": "inventory", "Key": "photos/daily/manifest.json"}},
                   "ItemProcessor": {"ProcessorConfig": {"Mode": "DISTRIBUTED", "ExecutionType": "STANDARD"},
                     "StartAt": "Check", "States": {"Check": {"Type": "Pass", "End": true}}}}}}""";
        String manifest = """
                {"sourceBucket": "photos", "destinationBucket": "arn:aws:s3:::inventory",
                 "fileFormat": "CSV", "fileSchema": "Bucket, Key, Size",
                 "files": [{"key": "photos/daily/data/part-0.csv.gz", "size": 40}]}""";
        TaskMocks s3 = TaskMocks.builder()
                .resource("arn:aws:states:::s3:getObject")
                .where(call -> call.payload().get("Key").asText().endsWith("manifest.json"))
                .returns(JSON.createObjectNode().put("Body", manifest))
                .resource("arn:aws:states:::s3:getObject")
                .where(call -> call.payload().get("Key").asText().endsWith(".csv.gz"))
                .returns(JSON.createObjectNode().put("Body", "\"photos\",\"cat.jpg\",\"2048\"\n"))
                .build();
        Execution execution = StateMachineRunner.create(AslParser.parse(definition).orThrow(), s3)
                .run(JSON.createObjectNode());

        assertThat(execution.output()).isEqualTo(JSON.readTree(
                "[{\"Bucket\": \"photos\", \"Key\": \"cat.jpg\", \"Size\": \"2048\"}]"));
        // end::inventory[]
    }
}
