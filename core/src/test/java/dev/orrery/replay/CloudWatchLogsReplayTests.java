package dev.orrery.replay;

import static dev.orrery.replay.ReplayTests.ORDER;
import static dev.orrery.replay.ReplayTests.PRODUCTION;
import static dev.orrery.replay.ReplayTests.json;
import static dev.orrery.replay.ReplayTests.machine;
import static dev.orrery.replay.ReplayTests.recorded;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.orrery.run.ExecutionStatus;
import dev.orrery.spi.TaskIntegration;
import dev.orrery.spi.TaskOutcome;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * Reads the records Step Functions writes to CloudWatch Logs (Express workflows, or Standard ones with logging) and
 * replays them: whole at level ALL, partial at ERROR and FATAL, without execution data.
 */
class CloudWatchLogsReplayTests {

    static final String ARN = "arn:aws:states:eu-west-1:111122223333:express:Orders:incident-1234:0c4d7e21-aaaa-4bbb"
            + "-8ccc-123456789012";

    private static String resource(String name) {
        try (InputStream in = CloudWatchLogsReplayTests.class.getResourceAsStream("/replay/cloudwatch/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void replays_the_records_of_an_express_execution_as_the_guide_shows_them() {
        RecordedExecution recording = RecordedExecution.parse(resource("express-all.jsonl"), "express-all.jsonl");

        ReplayResult result = Replay.of(recording).against(machine(resource("express-orders.asl.json")));

        assertThat(recording.complete()).isTrue();
        assertThat(recording.missingData()).isEmpty();
        assertThat(recording.events()).hasSize(9);
        assertThat(recording.executionArn()).startsWith("arn:aws:states:eu-central-1:123456789012:express:Orders:");
        assertThat(recording.startTime()).isEqualTo(Instant.ofEpochMilli(1713959670672L));
        assertThat(recording.input()).isEqualTo(json("{\"order-id\": \"test-order-id\", \"quantity\": 3}"));
        assertThat(result.toString()).isEqualTo("reproduced");
        assertThat(result.execution().output()).isEqualTo(json("{\"reserved\": 3}"));
    }

    @Test
    void reports_a_changed_definition_against_log_records() {
        RecordedExecution recording = RecordedExecution.parse(resource("express-all.jsonl"), "express-all.jsonl");

        ReplayResult result = Replay.of(recording).against(machine(resource("express-orders.asl.json")
                .replace("\"OutputPath\": \"$.Payload\"", "\"OutputPath\": \"$.StatusCode\"")));

        Divergence divergence = result.divergence().orElseThrow();
        assertThat(divergence.state()).isEqualTo("Reserve");
        assertThat(divergence.field()).isEqualTo("output");
    }

    @Test
    void reads_json_lines_arrays_and_the_output_of_filter_log_events_in_any_order() {
        List<ObjectNode> records = LogRecords.of(recorded(ORDER, PRODUCTION, "{\"order\": 1}"), ARN, null, true);
        List<ObjectNode> shuffled = new ArrayList<>(records);
        Collections.shuffle(shuffled, new Random(7));

        List<RecordedExecution> forms = List.of(
                RecordedExecution.parse(LogRecords.lines(shuffled), "records.jsonl"),
                RecordedExecution.parse(shuffled.toString(), "records.json"),
                RecordedExecution.parse(LogRecords.filterLogEvents(shuffled.subList(0, 6)) + "\n"
                        + LogRecords.filterLogEvents(shuffled.subList(6, shuffled.size())), "filter-log-events.json"));

        for (RecordedExecution recording : forms) {
            assertThat(recording.events()).hasSize(records.size());
            assertThat(recording.executionArn()).isEqualTo(ARN);
            assertThat(Replay.of(recording).against(machine(ORDER)).toString()).isEqualTo("reproduced");
        }
    }

    @Test
    void takes_the_execution_names_from_an_express_execution_arn() {
        String definition = """
                {"StartAt": "Who", "States": {"Who": {"Type": "Pass", "Parameters": {"name.$": "$$.Execution.Name",
                  "machine.$": "$$.StateMachine.Name"}, "End": true}}}""";
        String history = recorded(definition.replace("\"name.$\": \"$$.Execution.Name\"", "\"name\": \"incident-1234\"")
                .replace("\"machine.$\": \"$$.StateMachine.Name\"", "\"machine\": \"Orders\""), r -> {
                    throw new IllegalStateException();
                }, "{}");
        RecordedExecution recording = RecordedExecution.parse(LogRecords.lines(LogRecords.of(history, ARN, null,
                true)), "records.jsonl");

        assertThat(Replay.of(recording).against(machine(definition)).toString()).isEqualTo("reproduced");
    }

    @Test
    void asks_which_execution_when_the_records_are_of_several() {
        String first = LogRecords.lines(LogRecords.of(recorded(ORDER, PRODUCTION, "{}"), ARN, null, true));
        String other = ARN.replace("incident-1234", "incident-1235");
        String second = LogRecords.lines(LogRecords.of(recorded(ORDER, PRODUCTION, "{\"n\": 2}"), other, null, true));
        String both = first + second;

        assertThatThrownBy(() -> RecordedExecution.parse(both, "stream.jsonl"))
                .isInstanceOf(HistoryFormatException.class)
                .hasMessageStartingWith("stream.jsonl: the records are of 2 executions: " + ARN + " (19 records), "
                        + other + " (19 records); choose one by its ARN (--execution ARN)");
        RecordedExecution chosen = RecordedExecution.parse(both, "stream.jsonl", other);
        assertThat(chosen.input()).isEqualTo(json("{\"n\": 2}"));
        assertThat(Replay.of(chosen).against(machine(ORDER)).reproduced()).isTrue();
        assertThatThrownBy(() -> RecordedExecution.parse(both, "stream.jsonl", "arn:aws:states:x"))
                .hasMessageStartingWith("stream.jsonl: no records of execution arn:aws:states:x; the records are of ");
    }

    @Test
    void treats_the_data_of_records_logged_without_execution_data_as_unknown() {
        List<ObjectNode> records = LogRecords.of(recorded(ORDER, PRODUCTION, "{}"), ARN, null, false);
        RecordedExecution recording = RecordedExecution.parse(LogRecords.lines(records), "records.jsonl");

        assertThat(recording.complete()).isTrue();
        assertThat(recording.input().asText()).isEqualTo(RecordedExecution.REDACTED);
        assertThat(recording.missingData()).hasValueSatisfying(missing -> assertThat(missing)
                .contains("includeExecutionData false"));
        ReplayResult result = Replay.of(recording).against(machine(ORDER));

        assertThat(result.divergence()).hasValueSatisfying(divergence -> assertThat(divergence.message())
                .endsWith("The recording lacks the data to decide this for sure: the records carry no execution "
                        + "data (the state machine logs with includeExecutionData false), so the input, the task "
                        + "results and the states' inputs and outputs are unknown."));
    }

    @Test
    void replays_records_without_execution_data_when_no_decision_depends_on_it() {
        String simple = """
                {"StartAt": "Charge", "States": {"Charge": {"Type": "Task", "Resource":
                  "arn:aws:states:::lambda:invoke", "Parameters": {"FunctionName": "charge"}, "End": true}}}""";
        String history = recorded(simple, r -> TaskOutcome.success(json("{\"Payload\": 1}")), "{\"a\": 1}");

        RecordedExecution recording = RecordedExecution.parse(LogRecords.lines(LogRecords.of(history, ARN, null,
                false)), "records.jsonl");

        assertThat(Replay.of(recording).against(machine(simple)).toString()).isEqualTo("reproduced");
    }

    static final String FAILING = """
            {"StartAt": "Wait a bit", "States": {
              "Wait a bit": {"Type": "Wait", "Seconds": 1, "Next": "Rejected"},
              "Rejected": {"Type": "Fail", "Error": "Order.Rejected", "Cause": "no stock"}}}""";

    @ParameterizedTest(name = "level {0}")
    @CsvSource({"ERROR, 2", "FATAL, 1"})
    void replays_the_failures_an_error_or_fatal_log_level_keeps(String level, int events) {
        String history = recorded(FAILING, r -> TaskOutcome.success(json("{}")), "{}");
        List<ObjectNode> records = LogRecords.of(history, ARN, level.equals("ERROR") ? LogRecords.ERROR
                : LogRecords.FATAL, true);

        RecordedExecution recording = RecordedExecution.parse(LogRecords.lines(records), "records.jsonl");

        assertThat(recording.complete()).isFalse();
        assertThat(recording.events()).hasSize(events);
        assertThat(recording.status()).isEqualTo(ExecutionStatus.FAILED);
        assertThat(recording.error()).isEqualTo("Order.Rejected");
        assertThat(recording.missingData()).hasValueSatisfying(missing -> assertThat(missing)
                .startsWith("the records were logged at level " + level + ", which keeps only "));
        assertThat(Replay.of(recording).against(machine(FAILING)).toString()).isEqualTo("reproduced");
        ReplayResult changed = Replay.of(recording).against(machine(FAILING.replace("Order.Rejected", "Order.Lost")));
        assertThat(changed.toString()).contains("Order.Rejected").contains("Order.Lost")
                .contains("The recording lacks the data to decide this for sure: the records were logged at level");
    }

    @Test
    void says_the_recording_lacks_the_data_when_an_error_level_log_dropped_the_answer_of_a_call() {
        TaskIntegration stockThenDecline = request -> request.stateName().equals("Charge")
                ? new TaskOutcome.Failure("Payment.Declined", "card declined", Duration.ofSeconds(1))
                : PRODUCTION.invoke(request);
        String history = recorded(ORDER, stockThenDecline, "{}");
        RecordedExecution recording = RecordedExecution.parse(LogRecords.lines(LogRecords.of(history, ARN,
                LogRecords.ERROR, true)), "records.jsonl");

        ReplayResult result = Replay.of(recording).against(machine(ORDER));

        Divergence divergence = result.divergence().orElseThrow();
        assertThat(divergence.kind()).isEqualTo(Divergence.Kind.UNANSWERED_CALL);
        assertThat(divergence.state()).isEqualTo("Check stock");
        assertThat(divergence.message()).isEqualTo("At state \"Check stock\": the definition calls "
                + "arn:aws:states:::lambda:invoke, but the recording lacks the data to decide what it answered: the "
                + "records were logged at level ERROR, which keeps only failures: they have no ExecutionStarted (the "
                + "input is unknown), no states entered or exited and no successful task calls (no TaskScheduled, "
                + "TaskSucceeded or LambdaFunctionSucceeded); log at level ALL to record what the execution did. The "
                + "replay stopped there.");
    }

    @Test
    void refuses_error_level_records_of_an_execution_that_succeeded_with_the_reason() {
        TaskIntegration retried = request -> request.stateName().equals("Charge") && request.invocation() == 0
                ? TaskOutcome.failure("Payment.Timeout", "slow") : PRODUCTION.invoke(request);
        String history = recorded(ORDER, retried, "{}");
        String records = LogRecords.lines(LogRecords.of(history, ARN, LogRecords.ERROR, true));

        assertThatThrownBy(() -> RecordedExecution.parse(records, "records.jsonl"))
                .isInstanceOf(HistoryFormatException.class)
                .hasMessageContaining("records.jsonl: the records hold no event that ended the execution (the last is "
                        + "event ")
                .hasMessageContaining("at level ERROR or FATAL Step Functions logs no ExecutionSucceeded");
    }

    @Test
    void treats_a_truncated_payload_as_unknown() {
        String truncated = resource("express-all.jsonl").replace(
                "\"output\":\"{\\\"StatusCode\\\":200,\\\"Payload\\\":{\\\"reserved\\\":3}}\","
                        + "\"outputDetails\":{\"truncated\":false}",
                "\"output\":\"{\\\"StatusCode\\\":200,\\\"Paylo\",\"outputDetails\":{\"truncated\":true}");
        assertThat(truncated).isNotEqualTo(resource("express-all.jsonl"));

        RecordedExecution recording = RecordedExecution.parse(truncated, "truncated.jsonl");

        assertThat(recording.events().get(6).detail("output").asText()).isEqualTo(RecordedExecution.REDACTED);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "not JSON | {\"id\":\"1\",\"type\":\"ExecutionStarted\",\"details\":{},\"previous_event_id\":\"0\","
                + "\"event_timestamp\":\"1\",\"execution_arn\":\"a\"}\\n{\"id\":\"2\", | r.jsonl:2:",
        "id not a number | {\"id\":\"one\",\"type\":\"ExecutionStarted\",\"details\":{},\"event_timestamp\":\"1\","
                + "\"execution_arn\":\"a\"} | r.jsonl (/id): expected a positive whole number (AWS logs it as a "
                + "string, \"3\") but found string \"one\"",
        "unknown type | {\"id\":\"1\",\"type\":\"ExecutionStart\",\"details\":{},\"event_timestamp\":\"1\","
                + "\"execution_arn\":\"a\"} | r.jsonl (/type): \"ExecutionStart\" is not a Step Functions history "
                + "event type",
        "time in seconds | {\"id\":\"1\",\"type\":\"ExecutionStarted\",\"details\":{},"
                + "\"event_timestamp\":\"2024-04-24T11:54:30Z\",\"execution_arn\":\"a\"} | r.jsonl "
                + "(/event_timestamp): expected the event's time in epoch milliseconds",
        "no ARN | {\"id\":\"1\",\"type\":\"ExecutionStarted\",\"details\":{},\"event_timestamp\":\"1\"} | "
                + "r.jsonl (/execution_arn): expected the ARN of the execution",
        "details not an object | {\"id\":\"1\",\"type\":\"ExecutionStarted\",\"details\":\"x\","
                + "\"event_timestamp\":\"1\",\"execution_arn\":\"a\"} | r.jsonl (/details): expected the event's "
                + "details as an object",
        "second line bad | {\"id\":\"1\",\"type\":\"ExecutionStarted\",\"details\":{},\"event_timestamp\":\"1\","
                + "\"execution_arn\":\"a\"}\\n{\"id\":\"2\",\"type\":\"PassStateEntered\",\"event_timestamp\":\"x\","
                + "\"execution_arn\":\"a\"} | r.jsonl:2 (/event_timestamp)",
        "message not a record | {\"events\":[{\"timestamp\":1,\"message\":\"START RequestId: 1\"}]} | r.jsonl "
                + "(/events/0/message): the log message is not a Step Functions log record: not JSON",
        "a gap at level ALL | {\"id\":\"1\",\"type\":\"ExecutionStarted\",\"details\":{},\"event_timestamp\":\"1\","
                + "\"execution_arn\":\"a\"}\\n{\"id\":\"3\",\"type\":\"ExecutionSucceeded\",\"details\":{},"
                + "\"previous_event_id\":\"2\",\"event_timestamp\":\"2\",\"execution_arn\":\"a\"} | r.jsonl:2 (/): "
                + "event 2 is missing before event 3",
    })
    void locates_a_malformed_record(String what, String text, String message) {
        assertThatThrownBy(() -> RecordedExecution.parse(text.replace("\\n", "\n"), "r.jsonl"))
                .as(what)
                .isInstanceOf(HistoryFormatException.class)
                .hasMessageStartingWith(message);
    }

    @Test
    void reads_the_output_of_get_log_events() {
        List<ObjectNode> records = LogRecords.of(recorded(ORDER, PRODUCTION, "{}"), ARN, null, true);
        ObjectNode output = (ObjectNode) json(LogRecords.filterLogEvents(records));
        output.remove("searchedLogStreams");
        output.withArray("events").forEach(event -> ((ObjectNode) event).remove(List.of("logStreamName", "eventId")));
        output.put("nextForwardToken", "f/3792");
        output.put("nextBackwardToken", "b/3792");

        RecordedExecution recording = RecordedExecution.parse(output.toString(), "get-log-events.json");

        assertThat(Replay.of(recording).against(machine(ORDER)).reproduced()).isTrue();
    }

    @Test
    void refuses_records_of_several_runs_of_a_redriven_execution() {
        List<ObjectNode> records = LogRecords.of(recorded(FAILING, r -> TaskOutcome.success(json("{}")), "{}"), ARN,
                null, true);
        ObjectNode again = records.get(records.size() - 1).deepCopy();
        again.put("id", Integer.toString(records.size() + 1));
        again.put("redrive_count", "1");
        records.add(again);

        assertThatThrownBy(() -> RecordedExecution.parse(LogRecords.lines(records), "redriven.jsonl"))
                .isInstanceOf(HistoryFormatException.class)
                .hasMessage("redriven.jsonl: the records are of 2 runs of the execution (redrive_count [0, 1]); "
                        + "replay reads one run from its start to its end, without redrives");
    }

    @Test
    void refuses_a_record_given_twice_in_a_partial_log() {
        List<ObjectNode> records = LogRecords.of(recorded(FAILING, r -> TaskOutcome.success(json("{}")), "{}"), ARN,
                LogRecords.ERROR, true);
        records.add(records.get(0));

        assertThatThrownBy(() -> RecordedExecution.parse(LogRecords.lines(records), "twice.jsonl"))
                .isInstanceOf(HistoryFormatException.class)
                .hasMessageStartingWith("twice.jsonl:3 (/): event id ")
                .hasMessageEndingWith("was a record given twice?");
    }
}
