package dev.orrery.replay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Histories that cannot be replayed get one clear, located message, never a stack trace or a wrong answer. */
class HostileHistoryTests {

    private static final String STARTED = """
            {"id": 1, "previousEventId": 0, "timestamp": 1714557600, "type": "ExecutionStarted",
             "executionStartedEventDetails": {"input": "{}"}}""";
    private static final String SUCCEEDED = """
            {"id": %d, "previousEventId": %d, "timestamp": 1714557601, "type": "ExecutionSucceeded",
             "executionSucceededEventDetails": {"output": "{}"}}""";

    static Stream<Arguments> histories() {
        return Stream.of(
                Arguments.of("malformed JSON", "{\"events\": [" + STARTED + ",",
                        "h.json:2:51: not JSON"),
                Arguments.of("an empty file", "", "h.json: no history events"),
                Arguments.of("a number", "42", "h.json (/): expected the output of GetExecutionHistory"),
                Arguments.of("events that are not an array", "{\"events\": {}}",
                        "h.json (/events): expected an array of history events but found object {}"),
                Arguments.of("a DescribeExecution output",
                        "{\"executionArn\": \"arn:aws:states:us-east-1:1:execution:a:b\", \"status\": \"SUCCEEDED\"}",
                        "this is the output of DescribeExecution, not an execution history"),
                Arguments.of("an event without id", "{\"events\": [{\"type\": \"ExecutionStarted\", "
                        + "\"timestamp\": 1}]}", "h.json (/events/0/id): expected a positive whole number"),
                Arguments.of("an unknown event type", "{\"events\": [" + STARTED.replace("ExecutionStarted\"",
                        "ExecutionStarter\"") + "]}", "\"ExecutionStarter\" is not a Step Functions history event "
                        + "type; did you mean \"ExecutionStarted\""),
                Arguments.of("a timestamp that is no time", "{\"events\": [" + STARTED.replace("1714557600",
                        "\"yesterday\"") + "]}", "h.json (/events/0/timestamp): expected the event's time as epoch "
                        + "seconds"),
                Arguments.of("details under another event's key", "{\"events\": [" + STARTED.replace(
                        "executionStartedEventDetails", "taskStartedEventDetails") + "]}",
                        "a ExecutionStarted event carries its details as an object in "
                                + "\"executionStartedEventDetails\""),
                Arguments.of("missing events", "{\"events\": [" + STARTED + "," + SUCCEEDED.formatted(4, 3) + "]}",
                        "h.json (/events/1): events 2 to 3 are missing before event 4; was a page of the history "
                                + "left out?"),
                Arguments.of("an event given twice", "{\"events\": [" + STARTED + "," + STARTED + "]}",
                        "event id 1 appears twice"),
                Arguments.of("a link to itself", "{\"events\": [" + STARTED + "," + SUCCEEDED.formatted(2, 2) + "]}",
                        "/previousEventId: event 2 follows from event 2, which is not an earlier event; the links "
                                + "between events must point back in time (they would form a cycle)"),
                Arguments.of("a cycle of links", "{\"events\": [" + STARTED + ","
                        + event(2, 3, "PassStateEntered", "\"stateEnteredEventDetails\": {\"name\": \"A\"}") + ","
                        + event(3, 2, "PassStateExited", "\"stateExitedEventDetails\": {\"name\": \"A\"}") + ","
                        + SUCCEEDED.formatted(4, 3) + "]}",
                        "event 2 follows from event 3, which is not an earlier event"),
                Arguments.of("no start", "{\"events\": [" + SUCCEEDED.formatted(1, 0) + "]}",
                        "the first event must be ExecutionStarted but is ExecutionSucceeded"),
                Arguments.of("no end", "{\"events\": [" + STARTED + "]}",
                        "the history ends with event 1 (ExecutionStarted), not with ExecutionSucceeded"),
                Arguments.of("events after the end", "{\"events\": [" + STARTED + "," + SUCCEEDED.formatted(2, 1)
                        + "," + event(3, 2, "PassStateEntered", "\"stateEnteredEventDetails\": {\"name\": \"A\"}")
                        + "]}", "h.json (event 2): the execution ended with ExecutionSucceeded but 1 event(s) follow "
                        + "it"),
                Arguments.of("a redriven execution", "{\"events\": [" + STARTED + ","
                        + event(2, 1, "ExecutionRedriven", "\"executionRedrivenEventDetails\": {}") + ","
                        + SUCCEEDED.formatted(3, 2) + "]}", "the execution was redriven"));
    }

    private static String event(long id, long previous, String type, String details) {
        return "{\"id\": " + id + ", \"previousEventId\": " + previous + ", \"timestamp\": 1714557600.5, \"type\": \""
                + type + "\", " + details + "}";
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("histories")
    void refuses_a_history_with_a_located_message(String what, String text, String message) {
        assertThatThrownBy(() -> RecordedExecution.parse(text, "h.json"))
                .isInstanceOf(HistoryFormatException.class)
                .hasMessageContaining(message)
                .hasNoCause();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("answersWithoutCall")
    void refuses_a_task_answer_that_follows_from_no_scheduled_call(String what, String answer) {
        RecordedExecution recording = RecordedExecution.parse("{\"events\": [" + STARTED + ","
                + event(2, 1, "TaskStateEntered", "\"stateEnteredEventDetails\": {\"name\": \"T\", \"input\": \"{}\"}")
                + "," + answer + "," + SUCCEEDED.formatted(4, 3) + "]}", "h.json");

        assertThatThrownBy(() -> Replay.of(recording).against(ReplayTests.machine("{\"StartAt\": \"T\", \"States\": "
                + "{\"T\": {\"Type\": \"Task\", \"Resource\": \"arn:aws:states:::lambda:invoke\", \"End\": true}}}")))
                .isInstanceOf(HistoryFormatException.class)
                .hasMessageStartingWith("h.json (event 3): ")
                .hasMessageContaining("follows from no scheduled task call");
    }

    static Stream<Arguments> answersWithoutCall() {
        return Stream.of(
                Arguments.of("a success", event(3, 2, "TaskSucceeded", "\"taskSucceededEventDetails\": "
                        + "{\"resource\": \"invoke\", \"resourceType\": \"lambda\", \"output\": \"{}\"}")),
                Arguments.of("a Lambda failure", event(3, 2, "LambdaFunctionFailed",
                        "\"lambdaFunctionFailedEventDetails\": {\"error\": \"E\"}")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("descriptions")
    void refuses_a_description_of_another_execution(String what, String description, String message) {
        RecordedExecution recording = RecordedExecution.parse("{\"events\": [" + STARTED + ","
                + SUCCEEDED.formatted(2, 1) + "]}", "h.json");

        assertThatThrownBy(() -> recording.withDescription(description, "d.json"))
                .isInstanceOf(HistoryFormatException.class).hasMessageContaining(message);
    }

    static Stream<Arguments> descriptions() {
        return Stream.of(
                Arguments.of("another status", "{\"executionArn\": \"arn:aws:states:us-east-1:1:execution:a:b\", "
                        + "\"status\": \"FAILED\"}", "d.json (/status): the description says FAILED but the history "
                        + "h.json ends with ExecutionSucceeded"),
                Arguments.of("not a description", "{\"events\": []}", "d.json (/): expected the output of "
                        + "DescribeExecution"),
                Arguments.of("not JSON", "{", "d.json:1:2: not JSON"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("histories")
    void never_answers_a_hostile_history_with_another_exception(String what, String text, String message) {
        try {
            RecordedExecution.parse(text, "h.json");
        } catch (HistoryFormatException expected) {
            assertThat(expected.getMessage()).doesNotContain("Exception").doesNotContain("\tat ");
        }
    }
}
