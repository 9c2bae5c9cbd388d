package dev.orrery.conformance;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.orrery.history.ExecutionHistory;
import dev.orrery.history.HistoryEvent;
import dev.orrery.run.Execution;
import dev.orrery.run.ExecutionStatus;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Hand-built cases, events and executions for the conformance tests. */
final class Fixtures {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private Fixtures() {}

    static JsonNode json(String text) {
        try {
            return MAPPER.readTree(text.replace('\'', '"'));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    static HistoryEvent event(String type, @Nullable String detailsKey, @Nullable String details) {
        return new HistoryEvent(0, 0, Instant.EPOCH, type, detailsKey,
                details == null ? null : (ObjectNode) json(details));
    }

    static Execution execution(ExecutionStatus status, @Nullable String output, @Nullable String error,
            @Nullable String cause, List<String> path, HistoryEvent... events) {
        List<HistoryEvent> numbered = new ArrayList<>();
        for (int i = 0; i < events.length; i++) {
            HistoryEvent e = events[i];
            numbered.add(new HistoryEvent(i + 1, i, e.timestamp(), e.type(), e.detailsKey(), e.details()));
        }
        return new Execution("arn:aws:states:us-east-1:123456789012:execution:M:E", status, json("{}"),
                output == null ? null : json(output), error, cause, path, List.of(),
                new ExecutionHistory(numbered), Instant.EPOCH, Instant.EPOCH.plusSeconds(10));
    }

    /** A two-state Pass case (Start -> End) that succeeds with {"a": 1}; extra top-level fields override. */
    static ConformanceCase passCase(String overrides) {
        ObjectNode root = (ObjectNode) json("""
                {'id': 'suite::Test::test_pass',
                 'definition': {'StartAt': 'Start', 'States': {
                     'Start': {'Type': 'Pass', 'Next': 'End'}, 'End': {'Type': 'Pass', 'End': true}}},
                 'input': {'a': 1}, 'mocks': {},
                 'expected': {'status': 'SUCCEEDED', 'output': {'a': 1}, 'error': null, 'cause': null,
                   'path': ['Start', 'End'],
                   'events': [
                     {'type': 'ExecutionStarted', 'executionStartedEventDetails':
                        {'input': {'a': 1}, 'inputDetails': {'truncated': false}}},
                     {'type': 'PassStateEntered', 'stateEnteredEventDetails':
                        {'name': 'Start', 'input': {'a': 1}, 'inputDetails': {'truncated': false}}},
                     {'type': 'PassStateExited', 'stateExitedEventDetails':
                        {'name': 'Start', 'output': {'a': 1}, 'outputDetails': {'truncated': false}}},
                     {'type': 'PassStateEntered', 'stateEnteredEventDetails': {'name': 'End', 'input': {'a': 1}}},
                     {'type': 'PassStateExited', 'stateExitedEventDetails': {'name': 'End', 'output': {'a': 1}}},
                     {'type': 'ExecutionSucceeded', 'executionSucceededEventDetails': {'output': {'a': 1}}}]},
                 'context': {'accountId': '123456789012', 'region': 'us-east-1'},
                 'redactions': {'placeholders': [], 'paths': [], 'input_values': {}},
                 'features': {'query_language': 'JSONPath', 'state_types': {'Pass': 2}, 'features': []},
                 'notes': []}
                """);
        json(overrides).properties().forEach(e -> root.set(e.getKey(), e.getValue()));
        return ConformanceCase.fromJson(root, "fallback");
    }

    /** The execution that matches {@link #passCase(String)} without overrides. */
    static Execution passExecution() {
        return execution(ExecutionStatus.SUCCEEDED, "{'a': 1}", null, null, List.of("Start", "End"),
                event("ExecutionStarted", "executionStartedEventDetails",
                        "{'input': {'a': 1}, 'inputDetails': {'truncated': false}, 'roleArn': 'arn:role'}"),
                event("PassStateEntered", "stateEnteredEventDetails", "{'name': 'Start', 'input': {'a': 1}}"),
                event("PassStateExited", "stateExitedEventDetails", "{'name': 'Start', 'output': {'a': 1}}"),
                event("PassStateEntered", "stateEnteredEventDetails", "{'name': 'End', 'input': {'a': 1}}"),
                event("PassStateExited", "stateExitedEventDetails", "{'name': 'End', 'output': {'a': 1}}"),
                event("ExecutionSucceeded", "executionSucceededEventDetails",
                        "{'output': {'a': 1}, 'outputDetails': {'truncated': false}}"));
    }
}
