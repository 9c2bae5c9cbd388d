package dev.orrery.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.orrery.parse.AslParser;
import dev.orrery.run.StateMachineRunner;
import dev.orrery.spi.TaskOutcome;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReplayCommandTests {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String DEFINITION = """
            {"StartAt": "Score", "States": {
              "Score": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "OutputPath": "$.Payload",
                        "Parameters": {"FunctionName": "score", "Payload.$": "$"}, "Next": "Route"},
              "Route": {"Type": "Choice", "Choices": [{"Variable": "$.score", "NumericGreaterThan": 50,
                        "Next": "Accept"}], "Default": "Reject"},
              "Accept": {"Type": "Succeed"},
              "Reject": {"Type": "Fail", "Error": "Rejected"}}}""";

    @TempDir
    Path dir;

    private String definition;
    private String changed;
    private String history;
    private ObjectNode recorded;

    @BeforeEach
    void record_an_execution() throws IOException {
        definition = Files.writeString(dir.resolve("score.asl.json"), DEFINITION).toString();
        changed = Files.writeString(dir.resolve("strict.asl.json"), DEFINITION.replace("50", "80")).toString();
        TaskOutcome scored = TaskOutcome.success(JSON.readTree("{\"Payload\": {\"score\": 70}}"));
        recorded = StateMachineRunner.create(AslParser.parse(DEFINITION).orThrow(), request -> scored)
                .run(JSON.readTree("{\"applicant\": \"a-1\"}")).history().toAwsJson();
        history = Files.writeString(dir.resolve("history.json"), recorded.toString()).toString();
    }

    @Test
    void prints_reproduced_and_exits_0_when_the_definition_reproduces_the_history() {
        Cli cli = Cli.run("replay", "--definition", definition, "--history", history);

        assertThat(cli.err()).isEmpty();
        assertThat(cli.out()).isEqualTo("reproduced\n");
        assertThat(cli.exitCode()).isZero();
    }

    @Test
    void prints_the_divergence_and_exits_1_when_the_definition_changed() {
        Cli cli = Cli.run("replay", "--definition", changed, "--history", history);

        assertThat(cli.out()).isEqualTo("diverged: After \"Route\" the recording went to \"Accept\" but the definition "
                + "went to \"Reject\" (event 9). The replay then went: Reject and ended FAILED (error "
                + "\"Rejected\").\n");
        assertThat(cli.exitCode()).isEqualTo(1);
    }

    @Test
    void reads_a_history_split_into_pages_and_a_description() throws IOException {
        ArrayNode events = (ArrayNode) recorded.get("events");
        ObjectNode first = JSON.createObjectNode();
        ObjectNode second = JSON.createObjectNode();
        ArrayNode firstEvents = first.putArray("events");
        ArrayNode secondEvents = second.putArray("events");
        for (int i = 0; i < events.size(); i++) {
            (i < 4 ? firstEvents : secondEvents).add(events.get(i));
        }
        first.put("nextToken", "AAA");
        String page1 = Files.writeString(dir.resolve("page-1.json"), first.toString()).toString();
        String page2 = Files.writeString(dir.resolve("page-2.json"), second.toString()).toString();
        String describe = Files.writeString(dir.resolve("describe.json"), "{\"executionArn\": \"arn:aws:states:"
                + "us-east-1:123456789012:execution:StateMachine:Execution\", \"status\": \"SUCCEEDED\"}").toString();

        Cli cli = Cli.run("replay", "--definition", definition, "--history", page2, "--history", page1,
                "--describe", describe);

        assertThat(cli.out()).isEqualTo("reproduced\n");
        assertThat(cli.exitCode()).isZero();
    }

    @Test
    void names_the_file_and_place_of_a_broken_history_and_exits_2() throws IOException {
        ((ObjectNode) recorded.get("events").get(3)).put("previousEventId", 9);
        String broken = Files.writeString(dir.resolve("broken.json"), recorded.toString()).toString();

        Cli cli = Cli.run("replay", "--definition", definition, "--history", broken);

        assertThat(cli.exitCode()).isEqualTo(2);
        assertThat(cli.out()).isEmpty();
        assertThat(cli.err()).isEqualTo("orrery: " + broken + " (/events/3)/previousEventId: event 4 follows from "
                + "event 9, which is not an earlier event; the links between events must point back in time (they "
                + "would form a cycle)\n");
    }

    @Test
    void says_where_a_history_is_not_json_and_exits_2() throws IOException {
        String broken = Files.writeString(dir.resolve("cut.json"), "{\"events\": [\n  {\"id\": 1,").toString();

        Cli cli = Cli.run("replay", "--definition", definition, "--history", broken);

        assertThat(cli.exitCode()).isEqualTo(2);
        assertThat(cli.err()).startsWith("orrery: " + broken + ":2:").contains("not JSON");
    }

    @Test
    void refuses_a_description_of_another_execution_with_exit_2() throws IOException {
        String describe = Files.writeString(dir.resolve("describe.json"), "{\"executionArn\": \"arn:aws:states:"
                + "us-east-1:1:execution:a:b\", \"status\": \"FAILED\"}").toString();

        Cli cli = Cli.run("replay", "--definition", definition, "--history", history, "--describe", describe);

        assertThat(cli.exitCode()).isEqualTo(2);
        assertThat(cli.err()).contains("the description says FAILED but the history");
    }

    @Test
    void asks_for_a_history_and_exits_2() {
        Cli cli = Cli.run("replay", "--definition", definition);

        assertThat(cli.exitCode()).isEqualTo(2);
        assertThat(cli.err()).startsWith("orrery: 'replay' needs --history FILE");
    }

    @Test
    void names_a_history_file_that_does_not_exist_and_exits_2() {
        Cli cli = Cli.run("replay", "--definition", definition, "--history", dir.resolve("none.json").toString());

        assertThat(cli.exitCode()).isEqualTo(2);
        assertThat(cli.err()).startsWith("orrery: cannot read --history file ").contains("no such file");
    }

    @Test
    void prints_its_options_with_help() {
        Cli cli = Cli.run("replay", "--help");

        assertThat(cli.exitCode()).isZero();
        assertThat(cli.out()).startsWith("Usage: orrery replay").contains("--describe FILE").contains("<redacted>");
    }

    @Test
    void is_listed_in_the_main_help() {
        assertThat(Cli.run("--help").out()).contains("replay --definition FILE --history FILE");
    }

    private static final String ARN = "arn:aws:states:us-east-1:123456789012:express:Score:run-1:9f1c2d3e";

    /** Return the history's events as the records CloudWatch Logs holds for them (level ALL or only some types). */
    private ArrayNode records(String arn, java.util.Set<String> kept) {
        ArrayNode records = JSON.createArrayNode();
        for (var event : recorded.get("events")) {
            String type = event.get("type").asText();
            if (kept != null && !kept.contains(type)) {
                continue;
            }
            ObjectNode record = records.addObject();
            record.put("id", event.get("id").asText());
            record.put("type", type);
            ObjectNode details = record.putObject("details");
            event.fields().forEachRemaining(field -> {
                if (field.getKey().endsWith("EventDetails")) {
                    details.setAll((ObjectNode) field.getValue());
                }
            });
            record.put("previous_event_id", event.path("previousEventId").asText("0"));
            record.put("event_timestamp", Long.toString(java.time.Instant.parse(event.get("timestamp").asText())
                    .toEpochMilli()));
            record.put("execution_arn", arn);
            record.put("redrive_count", "0");
        }
        return records;
    }

    private static String lines(ArrayNode records) {
        StringBuilder text = new StringBuilder();
        records.forEach(record -> text.append(record).append('\n'));
        return text.toString();
    }

    @Test
    void detects_cloudwatch_logs_records_given_as_json_lines() throws IOException {
        String records = Files.writeString(dir.resolve("records.jsonl"), lines(records(ARN, null))).toString();

        Cli cli = Cli.run("replay", "--definition", definition, "--history", records);

        assertThat(cli.err()).isEmpty();
        assertThat(cli.out()).isEqualTo("reproduced\n");
        assertThat(cli.exitCode()).isZero();
    }

    @Test
    void detects_the_output_of_filter_log_events() throws IOException {
        ObjectNode output = JSON.createObjectNode();
        ArrayNode events = output.putArray("events");
        for (var record : records(ARN, null)) {
            events.addObject().put("logStreamName", "states/Score/2024-04-24/00000000")
                    .put("timestamp", Long.parseLong(record.get("event_timestamp").asText()))
                    .put("message", record.toString());
        }
        String file = Files.writeString(dir.resolve("filter-log-events.json"), output.toString()).toString();

        Cli cli = Cli.run("replay", "--definition", changed, "--history", file);

        assertThat(cli.out()).startsWith("diverged: After \"Route\" the recording went to \"Accept\"");
        assertThat(cli.exitCode()).isEqualTo(1);
    }

    @Test
    void asks_for_the_execution_when_the_records_are_of_several_and_replays_the_one_chosen() throws IOException {
        String other = ARN.replace("run-1", "run-2");
        String stream = Files.writeString(dir.resolve("stream.jsonl"), lines(records(ARN, null))
                + lines(records(other, null))).toString();

        Cli unchosen = Cli.run("replay", "--definition", definition, "--history", stream);
        Cli chosen = Cli.run("replay", "--definition", definition, "--history", stream, "--execution", other);

        assertThat(unchosen.exitCode()).isEqualTo(2);
        assertThat(unchosen.err()).isEqualTo("orrery: " + stream + ": the records are of 2 executions: " + ARN
                + " (11 records), " + other + " (11 records); choose one by its ARN (--execution ARN)\n");
        assertThat(chosen.out()).isEqualTo("reproduced\n");
        assertThat(chosen.exitCode()).isZero();
    }

    @Test
    void says_what_an_error_level_log_lacks_when_it_cannot_decide() throws IOException {
        TaskOutcome low = TaskOutcome.success(JSON.readTree("{\"Payload\": {\"score\": 10}}"));
        recorded = StateMachineRunner.create(AslParser.parse(DEFINITION).orThrow(), request -> low)
                .run(JSON.readTree("{}")).history().toAwsJson();
        String records = Files.writeString(dir.resolve("errors.jsonl"), lines(records(ARN, java.util.Set.of(
                "FailStateEntered", "ExecutionFailed")))).toString();

        Cli cli = Cli.run("replay", "--definition", definition, "--history", records);

        assertThat(cli.exitCode()).isEqualTo(1);
        assertThat(cli.out()).startsWith("diverged: At state \"Score\": the definition calls "
                + "arn:aws:states:::lambda:invoke, but the recording lacks the data to decide what it answered: the "
                + "records were logged at level ERROR");
    }

    @Test
    void names_the_line_of_a_malformed_record_and_exits_2() throws IOException {
        ArrayNode records = records(ARN, null);
        ((ObjectNode) records.get(2)).put("event_timestamp", "yesterday");
        String file = Files.writeString(dir.resolve("bad.jsonl"), lines(records)).toString();

        Cli cli = Cli.run("replay", "--definition", definition, "--history", file);

        assertThat(cli.exitCode()).isEqualTo(2);
        assertThat(cli.err()).isEqualTo("orrery: " + file + ":3 (/event_timestamp): expected the event's time in "
                + "epoch milliseconds (\"1713959670680\") but found string \"yesterday\"\n");
    }
}
