package dev.orrery.replay;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.orrery.model.StateMachine;
import dev.orrery.parse.AslParser;
import dev.orrery.run.Execution;
import dev.orrery.run.ExecutionStatus;
import dev.orrery.run.StateMachineRunner;
import dev.orrery.spi.TaskIntegration;
import dev.orrery.spi.TaskOutcome;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * Replays executions recorded by running a definition (their histories exported in {@code GetExecutionHistory}
 * form) against the same definition and against changed ones.
 */
class ReplayTests {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    static final String ORDER = """
            {"StartAt": "Check stock", "States": {
              "Check stock": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
                "Parameters": {"FunctionName": "stock", "Payload.$": "$"}, "ResultSelector": {"available.$": "$.Payload.available"},
                "ResultPath": "$.stock", "Next": "In stock?"},
              "In stock?": {"Type": "Choice", "Choices": [
                {"Variable": "$.stock.available", "NumericGreaterThanEquals": 2, "Next": "Charge"}],
                "Default": "Out of stock"},
              "Charge": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
                "Parameters": {"FunctionName": "charge", "Payload.$": "$"},
                "Retry": [{"ErrorEquals": ["Payment.Timeout"], "IntervalSeconds": 5, "MaxAttempts": 2}],
                "ResultPath": null, "Next": "Shipped"},
              "Shipped": {"Type": "Succeed"},
              "Out of stock": {"Type": "Fail", "Error": "OutOfStock", "Cause": "nothing left"}}}""";

    /** Stock answers 3 available after 2 s; the payment times out once, then succeeds after 4 s. */
    static final TaskIntegration PRODUCTION = request -> switch (request.stateName()) {
        case "Check stock" -> new TaskOutcome.Success(json("{\"Payload\": {\"available\": 3}, \"StatusCode\": 200}"),
                Duration.ofSeconds(2));
        case "Charge" -> request.invocation() == 0
                ? new TaskOutcome.Failure("Payment.Timeout", "gateway timed out", Duration.ofSeconds(30))
                : new TaskOutcome.Success(json("{\"Payload\": {\"ok\": true}}"), Duration.ofSeconds(4));
        default -> throw new IllegalStateException(request.stateName());
    };

    static StateMachine machine(String definition) {
        return AslParser.parse(definition).orThrow();
    }

    static JsonNode json(String text) {
        try {
            return MAPPER.readTree(text);
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** Run the definition and return its history as the API returns it: epoch-second timestamps. */
    static String recorded(String definition, TaskIntegration integration, String input) {
        Execution execution = StateMachineRunner.create(machine(definition), integration).run(json(input));
        ObjectNode history = execution.history().toAwsJson();
        for (JsonNode event : history.get("events")) {
            Instant at = Instant.parse(event.get("timestamp").asText());
            ((ObjectNode) event).put("timestamp", at.getEpochSecond() + at.getNano() / 1e9);
        }
        return history.toString();
    }

    @Test
    void reproduces_a_history_recorded_with_the_same_definition() {
        RecordedExecution recording = RecordedExecution.parse(recorded(ORDER, PRODUCTION, "{\"order\": 1}"), "h");

        ReplayResult result = Replay.of(recording).against(machine(ORDER));

        assertThat(result.reproduced()).as(result.toString()).isTrue();
        assertThat(result.toString()).isEqualTo("reproduced");
        assertThat(result.execution().path()).containsExactly("Check stock", "In stock?", "Charge", "Shipped");
        assertThat(result.execution().virtualDuration()).isEqualTo(Duration.ofSeconds(2 + 30 + 5 + 4));
    }

    @Test
    void reports_a_changed_choice_rule_at_the_choice_state() {
        RecordedExecution recording = RecordedExecution.parse(recorded(ORDER, PRODUCTION, "{\"order\": 1}"), "h");

        ReplayResult result = Replay.of(recording).against(machine(ORDER.replace("\"NumericGreaterThanEquals\": 2",
                "\"NumericGreaterThanEquals\": 5")));

        Divergence divergence = result.divergence().orElseThrow();
        assertThat(divergence.kind()).isEqualTo(Divergence.Kind.NEXT_STATE);
        assertThat(divergence.state()).isEqualTo("In stock?");
        assertThat(divergence.expected()).isEqualTo("Charge");
        assertThat(divergence.actual()).isEqualTo("Out of stock");
        assertThat(divergence.message()).startsWith("After \"In stock?\" the recording went to \"Charge\" but the "
                + "definition went to \"Out of stock\"").contains("FAILED (error \"OutOfStock\")");
    }

    @Test
    void reports_a_retry_that_no_longer_retries_at_the_task_state() {
        RecordedExecution recording = RecordedExecution.parse(recorded(ORDER, PRODUCTION, "{\"order\": 1}"), "h");

        ReplayResult result = Replay.of(recording).against(machine(ORDER.replace("\"Payment.Timeout\"",
                "\"Payment.Declined\"")));

        Divergence divergence = result.divergence().orElseThrow();
        assertThat(divergence.state()).isEqualTo("Charge");
        assertThat(divergence.kind()).isEqualTo(Divergence.Kind.EVENT);
        assertThat(divergence.message()).contains("At state \"Charge\"")
                .contains("the recording has TaskScheduled (resource invoke)")
                .contains("ExecutionFailed (error \"Payment.Timeout\"");
    }

    @Test
    void reports_a_retry_with_fewer_attempts_at_the_task_state() {
        TaskIntegration failingTwice = request -> request.stateName().equals("Charge")
                ? (request.invocation() < 2 ? TaskOutcome.failure("Payment.Timeout", "slow")
                        : TaskOutcome.success(json("{}")))
                : TaskOutcome.success(json("{\"Payload\": {\"available\": 3}}"));
        RecordedExecution recording = RecordedExecution.parse(recorded(ORDER, failingTwice, "{}"), "h");
        assertThat(recording.status()).isEqualTo(ExecutionStatus.SUCCEEDED);

        ReplayResult result = Replay.of(recording).against(machine(ORDER.replace("\"MaxAttempts\": 2",
                "\"MaxAttempts\": 1")));

        Divergence divergence = result.divergence().orElseThrow();
        assertThat(divergence.kind()).isEqualTo(Divergence.Kind.EVENT);
        assertThat(divergence.state()).isEqualTo("Charge");
        assertThat(divergence.eventIndex()).isEqualTo(15);
        assertThat(divergence.message()).isEqualTo("At state \"Charge\", event 16: the recording has TaskScheduled "
                + "(resource invoke) but the replay has ExecutionFailed (error \"Payment.Timeout\", cause slow). The "
                + "replay then ended FAILED (error \"Payment.Timeout\").");
    }

    @Test
    void reports_a_retry_that_waits_another_time_at_the_task_state() {
        RecordedExecution recording = RecordedExecution.parse(recorded(ORDER, PRODUCTION, "{}"), "h");

        ReplayResult result = Replay.of(recording).against(machine(ORDER.replace("\"IntervalSeconds\": 5",
                "\"IntervalSeconds\": 60")));

        Divergence divergence = result.divergence().orElseThrow();
        assertThat(divergence.kind()).isEqualTo(Divergence.Kind.WAIT);
        assertThat(divergence.state()).isEqualTo("Charge");
        assertThat(divergence.message()).isEqualTo("At state \"Charge\", event 13 (TaskScheduled): the recording "
                + "retried after 5s but the replay retried after 1m 0s.");
    }

    @Test
    void reports_a_wait_state_that_waits_another_time() {
        String waiting = """
                {"StartAt": "Cool down", "States": {"Cool down": {"Type": "Wait", "Seconds": 86400, "End": true}}}""";
        RecordedExecution recording = RecordedExecution.parse(recorded(waiting, request -> null, "{}"), "h");

        ReplayResult same = Replay.of(recording).against(machine(waiting));
        ReplayResult longer = Replay.of(recording).against(machine(waiting.replace("86400", "90000")));
        ReplayResult close = Replay.of(recording).against(machine(waiting.replace("86400", "86401")));

        assertThat(same.reproduced()).isTrue();
        assertThat(longer.divergence().orElseThrow().message()).isEqualTo("At state \"Cool down\", event 3 "
                + "(WaitStateExited): the recording waited 1d 0h 0m 0s but the replay waited 1d 1h 0m 0s.");
        assertThat(close.reproduced()).as("within a thousandth of the recorded wait").isTrue();
    }

    @Test
    void says_when_the_definition_calls_a_task_the_recording_never_called() {
        RecordedExecution recording = RecordedExecution.parse(recorded(ORDER, PRODUCTION, "{}"), "h");
        String withAudit = ORDER.replace("\"Next\": \"Shipped\"", "\"Next\": \"Audit\"").replace(
                "\"Shipped\": {\"Type\": \"Succeed\"},", "\"Shipped\": {\"Type\": \"Succeed\"}, \"Audit\": {\"Type\": "
                        + "\"Task\", \"Resource\": \"arn:aws:states:::lambda:invoke\", \"Parameters\": "
                        + "{\"FunctionName\": \"audit\"}, \"Next\": \"Shipped\"},");

        ReplayResult result = Replay.of(recording).against(machine(withAudit));

        Divergence divergence = result.divergence().orElseThrow();
        assertThat(divergence.state()).isEqualTo("Charge");
        assertThat(divergence.message()).contains("the recording went to \"Shipped\" but the definition went to "
                + "\"Audit\"");
    }

    @Test
    void stops_there_when_a_new_call_comes_before_any_other_difference() {
        TaskIntegration alwaysTimesOut = request -> request.stateName().equals("Charge")
                ? TaskOutcome.failure("Payment.Timeout", "slow")
                : TaskOutcome.success(json("{\"Payload\": {\"available\": 3}}"));
        String caught = ORDER.replace("\"ResultPath\": null,", "\"ResultPath\": null, \"Catch\": [{\"ErrorEquals\": "
                + "[\"States.ALL\"], \"Next\": \"Shipped\"}],");
        RecordedExecution recording = RecordedExecution.parse(recorded(caught, alwaysTimesOut, "{}"), "h");

        ReplayResult result = Replay.of(recording).against(machine(caught.replace("\"MaxAttempts\": 2",
                "\"MaxAttempts\": 4")));

        Divergence divergence = result.divergence().orElseThrow();
        assertThat(divergence.kind()).isEqualTo(Divergence.Kind.UNANSWERED_CALL);
        assertThat(divergence.state()).isEqualTo("Charge");
        assertThat(divergence.message()).isEqualTo("At state \"Charge\", event 19: the definition calls "
                + "arn:aws:states:::lambda:invoke (call 4 of that state, but the recording answered only 3); the "
                + "recording has no answer for it, so the replay stopped there.");
        assertThat(result.execution().status()).isEqualTo(ExecutionStatus.RUNNING);
    }

    static final String APPROVAL = """
            {"StartAt": "Ask", "States": {
              "Ask": {"Type": "Task", "Resource": "arn:aws:states:::sqs:sendMessage.waitForTaskToken",
                "Parameters": {"QueueUrl": "q", "MessageBody": {"order": 1}}, "TimeoutSeconds": 10800,
                "HeartbeatSeconds": 3600,
                "Catch": [{"ErrorEquals": ["States.Timeout"], "Next": "Expired"}], "Next": "Approved"},
              "Approved": {"Type": "Succeed"},
              "Expired": {"Type": "Fail", "Error": "Expired"}}}""";

    @Test
    void replays_a_callback_at_the_instant_it_arrived_with_the_heartbeats_its_timing_implies() {
        TaskIntegration reviewer = request -> new TaskOutcome.Callback(json("{\"MessageId\": \"m-1\"}"),
                new TaskOutcome.Success(json("{\"approved\": true}"), Duration.ofHours(2),
                        java.util.List.of(Duration.ofMinutes(50), Duration.ofMinutes(100))));
        RecordedExecution recording = RecordedExecution.parse(recorded(APPROVAL, reviewer, "{}"), "h");

        assertThat(Replay.of(recording).against(machine(APPROVAL)).reproduced()).isTrue();
        ReplayResult shorter = Replay.of(recording).against(machine(APPROVAL.replace("10800", "3600")
                .replace("\"HeartbeatSeconds\": 3600,", "")));
        assertThat(shorter.divergence().orElseThrow().state()).isEqualTo("Ask");
        assertThat(shorter.divergence().orElseThrow().message()).contains("the recording has TaskSucceeded")
                .contains("the replay has TaskTimedOut (error \"States.Timeout\")");
    }

    @Test
    void replays_a_missed_heartbeat_at_the_instant_it_was_missed() {
        TaskIntegration stalled = request -> new TaskOutcome.Callback(json("{}"), new TaskOutcome.NoResponse(
                java.util.List.of(Duration.ofMinutes(20), Duration.ofMinutes(50))));
        RecordedExecution recording = RecordedExecution.parse(recorded(APPROVAL, stalled, "{}"), "h");
        assertThat(recording.status()).isEqualTo(ExecutionStatus.FAILED);

        ReplayResult result = Replay.of(recording).against(machine(APPROVAL));

        assertThat(result.reproduced()).as(result.toString()).isTrue();
        assertThat(result.execution().virtualDuration()).isEqualTo(Duration.ofMinutes(110));
    }

    @Test
    void replays_a_timed_out_call_as_one_that_never_answers() {
        TaskIntegration silent = request -> new TaskOutcome.Callback(json("{}"), TaskOutcome.NoResponse.silent());
        String noHeartbeat = APPROVAL.replace("\"HeartbeatSeconds\": 3600,", "");
        RecordedExecution recording = RecordedExecution.parse(recorded(noHeartbeat, silent, "{}"), "h");

        ReplayResult same = Replay.of(recording).against(machine(noHeartbeat));
        ReplayResult longer = Replay.of(recording).against(machine(noHeartbeat.replace("10800", "20000")));

        assertThat(same.reproduced()).as(same.toString()).isTrue();
        assertThat(same.execution().virtualDuration()).isEqualTo(Duration.ofHours(3));
        assertThat(longer.reproduced()).as(longer.toString()).isTrue();
        assertThat(longer.execution().virtualDuration()).isEqualTo(Duration.ofSeconds(20000));
    }

    @Test
    void says_the_replay_did_not_end_when_nothing_ends_a_wait_the_recording_timed_out() {
        TaskIntegration silent = request -> new TaskOutcome.Callback(json("{}"), TaskOutcome.NoResponse.silent());
        String noHeartbeat = APPROVAL.replace("\"HeartbeatSeconds\": 3600,", "");
        RecordedExecution recording = RecordedExecution.parse(recorded(noHeartbeat, silent, "{}"), "h");

        ReplayResult result = Replay.of(recording).against(machine(noHeartbeat.replace("\"TimeoutSeconds\": 10800,",
                "")));

        Divergence divergence = result.divergence().orElseThrow();
        assertThat(divergence.kind()).isEqualTo(Divergence.Kind.DID_NOT_END);
        assertThat(divergence.state()).isEqualTo("Ask");
        assertThat(divergence.message()).isEqualTo("The recording ended FAILED but the replay did not end: at state "
                + "\"Ask\" it waits for an answer the recording does not give (the recorded call timed out, or never "
                + "ended), and no TimeoutSeconds, HeartbeatSeconds or execution timeout of the definition ends the "
                + "wait.");
        assertThat(result.execution().status()).isEqualTo(ExecutionStatus.RUNNING);
    }

    static final String BRANCHES = """
            {"StartAt": "Both", "States": {"Both": {"Type": "Parallel", "End": true, "Branches": [
              {"StartAt": "Reserve", "States": {"Reserve": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
                "Parameters": {"FunctionName": "reserve"}, "OutputPath": "$.Payload", "End": true}}},
              {"StartAt": "Notify", "States": {"Notify": {"Type": "Task", "Resource": "arn:aws:states:::sns:publish",
                "Parameters": {"TopicArn": "t", "Message": "m"}, "Retry": [{"ErrorEquals": ["SNS.Throttled"]}],
                "End": true}}}]}}}""";

    @Test
    void gives_each_parallel_branch_its_own_recorded_answers() {
        TaskIntegration services = request -> request.stateName().equals("Reserve")
                ? new TaskOutcome.Success(json("{\"Payload\": {\"slot\": 4}}"), Duration.ofSeconds(7))
                : request.invocation() == 0
                        ? new TaskOutcome.Failure("SNS.Throttled", "slow down", Duration.ofSeconds(1))
                        : new TaskOutcome.Success(json("{\"MessageId\": \"m-1\"}"), Duration.ofSeconds(2));
        RecordedExecution recording = RecordedExecution.parse(recorded(BRANCHES, services, "{}"), "h");

        ReplayResult result = Replay.of(recording).against(machine(BRANCHES));

        assertThat(result.reproduced()).as(result.toString()).isTrue();
        assertThat(result.execution().output()).isEqualTo(json("[{\"slot\": 4}, {\"MessageId\": \"m-1\"}]"));
        assertThat(Replay.of(recording).against(machine(BRANCHES.replace("\"SNS.Throttled\"", "\"SNS.Other\"")))
                .divergence().orElseThrow().state()).isEqualTo("Notify");
    }

    static final String PER_ITEM = """
            {"StartAt": "Each", "States": {"Each": {"Type": "Map", "ItemsPath": "$.items", "MaxConcurrency": 0,
              "ItemProcessor": {"ProcessorConfig": {"Mode": "INLINE"}, "StartAt": "Price",
                "States": {"Price": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
                  "Parameters": {"FunctionName": "price", "Payload.$": "$"}, "OutputPath": "$.Payload",
                  "End": true}}},
              "End": true}}}""";

    @Test
    void gives_each_map_iteration_its_own_recorded_answer() {
        TaskIntegration prices = request -> new TaskOutcome.Success(json("{\"Payload\": {\"sku\": \""
                + request.payloadAt("/Payload/sku").asText() + "\", \"price\": "
                + (10 + request.payloadAt("/Payload/sku").asText().length()) + "}}"),
                Duration.ofSeconds(10 - request.payloadAt("/Payload/sku").asText().length()));
        RecordedExecution recording = RecordedExecution.parse(recorded(PER_ITEM, prices,
                "{\"items\": [{\"sku\": \"a\"}, {\"sku\": \"bbb\"}, {\"sku\": \"cc\"}]}"), "h");

        ReplayResult result = Replay.of(recording).against(machine(PER_ITEM));

        assertThat(result.reproduced()).as(result.toString()).isTrue();
        assertThat(result.execution().output()).isEqualTo(json("[{\"sku\": \"a\", \"price\": 11}, "
                + "{\"sku\": \"bbb\", \"price\": 13}, {\"sku\": \"cc\", \"price\": 12}]"));
    }

    @Test
    void answers_concurrent_iterations_with_equal_requests_in_the_order_they_were_scheduled() {
        String sameRequest = PER_ITEM.replace("\"Payload.$\": \"$\"", "\"Payload\": {\"what\": \"price\"}");
        TaskIntegration byIndex = request -> {
            int index = request.invocation();
            return new TaskOutcome.Success(json("{\"Payload\": {\"price\": " + (100 + index) + "}}"),
                    Duration.ofSeconds(10 - 3L * index));
        };
        String history = recorded(sameRequest, byIndex, "{\"items\": [0, 1, 2]}");
        RecordedExecution recording = RecordedExecution.parse(history, "h");
        assertThat(recording.events().stream().filter(e -> e.type().equals("TaskSucceeded"))
                .map(e -> e.detail("output").at("/Payload/price").asInt()))
                .as("answers arrive in another order than the calls").containsExactly(102, 101, 100);

        ReplayResult result = Replay.of(recording).against(machine(sameRequest));

        assertThat(result.reproduced()).as(result.toString()).isTrue();
        assertThat(result.execution().output()).isEqualTo(json("[{\"price\": 100}, {\"price\": 101}, "
                + "{\"price\": 102}]"));
    }

    @Test
    void reports_a_changed_output_with_the_field_and_both_values() {
        RecordedExecution recording = RecordedExecution.parse(recorded(PER_ITEM, request -> TaskOutcome.success(
                json("{\"Payload\": {\"price\": 5}}")), "{\"items\": [1]}"), "h");

        ReplayResult result = Replay.of(recording).against(machine(PER_ITEM.replace("\"OutputPath\": \"$.Payload\",",
                "\"OutputPath\": \"$.Payload.price\",")));

        Divergence divergence = result.divergence().orElseThrow();
        assertThat(divergence.state()).isEqualTo("Price");
        assertThat(divergence.field()).isEqualTo("output");
        assertThat(divergence.message()).isEqualTo("At state \"Price\", event 9 (TaskStateExited): output is "
                + "{\"price\":5} in the recording but 5 in the replay. The replay then ended SUCCEEDED.");
    }

    @Test
    void reads_the_history_whatever_the_order_and_split_of_its_pages() {
        ObjectNode whole = (ObjectNode) json(recorded(ORDER, PRODUCTION, "{}"));
        ArrayNode events = (ArrayNode) whole.get("events");
        ObjectNode first = MAPPER.createObjectNode();
        ObjectNode second = MAPPER.createObjectNode();
        ArrayNode firstEvents = first.putArray("events");
        ArrayNode secondEvents = second.putArray("events");
        for (int i = events.size() - 1; i >= 0; i--) {
            (i < 5 ? secondEvents : firstEvents).add(events.get(i));
        }
        first.put("nextToken", "t");

        RecordedExecution concatenated = RecordedExecution.parse(first + "\n" + second, "pages.json");
        RecordedExecution asArray = RecordedExecution.parse("[" + first + "," + second + "]", "pages.json");
        RecordedExecution bareEvents = RecordedExecution.parse(events.toString(), "events.json");

        for (RecordedExecution recording : java.util.List.of(concatenated, asArray, bareEvents)) {
            assertThat(recording.events()).hasSize(events.size());
            assertThat(Replay.of(recording).against(machine(ORDER)).reproduced()).isTrue();
        }
    }

    @Test
    void reads_the_aws_cli_form_with_iso_timestamps() {
        ObjectNode history = (ObjectNode) json(recorded(ORDER, PRODUCTION, "{}"));
        for (JsonNode event : history.get("events")) {
            double seconds = event.get("timestamp").asDouble();
            ((ObjectNode) event).put("timestamp", java.time.OffsetDateTime.ofInstant(Instant.ofEpochMilli(
                    Math.round(seconds * 1000)), java.time.ZoneOffset.ofHours(2)).toString());
        }

        RecordedExecution recording = RecordedExecution.parse(history.toString(), "cli.json");

        assertThat(recording.startTime()).isEqualTo(Instant.parse("2025-01-01T00:00:00Z"));
        assertThat(Replay.of(recording).against(machine(ORDER)).reproduced()).isTrue();
    }

    @Test
    void takes_the_names_and_the_missing_input_from_the_execution_description() {
        String definition = """
                {"StartAt": "Who", "States": {"Who": {"Type": "Pass", "Parameters": {"name.$": "$$.Execution.Name",
                  "machine.$": "$$.StateMachine.Name", "in.$": "$"}, "End": true}}}""";
        String arn = "arn:aws:states:eu-west-1:111122223333:execution:Orders:incident-1234";
        String history = """
                {"events": [
                 {"id": 1, "previousEventId": 0, "timestamp": 1714557600.0, "type": "ExecutionStarted",
                  "executionStartedEventDetails": {"roleArn": "arn:aws:iam::111122223333:role/r"}},
                 {"id": 2, "previousEventId": 1, "timestamp": 1714557600.1, "type": "PassStateEntered",
                  "stateEnteredEventDetails": {"name": "Who"}},
                 {"id": 3, "previousEventId": 2, "timestamp": 1714557600.2, "type": "PassStateExited",
                  "stateExitedEventDetails": {"name": "Who"}},
                 {"id": 4, "previousEventId": 3, "timestamp": 1714557600.3, "type": "ExecutionSucceeded",
                  "executionSucceededEventDetails": {}}]}""";
        String description = """
                {"executionArn": "%s", "status": "SUCCEEDED", "input": "{\\"order\\": 7}",
                 "output": "{\\"name\\": \\"incident-1234\\", \\"machine\\": \\"Orders\\", \\"in\\": {\\"order\\": 7}}"}"""
                .formatted(arn);

        RecordedExecution recording = RecordedExecution.parse(history, "h.json").withDescription(description, "d.json");
        ReplayResult result = Replay.of(recording).against(machine(definition));

        assertThat(recording.input()).isEqualTo(json("{\"order\": 7}"));
        assertThat(recording.executionArn()).isEqualTo(arn);
        assertThat(result.reproduced()).as(result.toString()).isTrue();
        assertThat(result.execution().executionArn()).isEqualTo(arn);
    }
}
