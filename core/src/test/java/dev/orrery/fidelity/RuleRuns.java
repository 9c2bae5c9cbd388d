package dev.orrery.fidelity;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.orrery.history.HistoryEvent;
import dev.orrery.parse.AslParser;
import dev.orrery.run.Execution;
import dev.orrery.run.ExecutionOptions;
import dev.orrery.run.StateMachineRunner;
import dev.orrery.spi.TaskIntegration;
import java.util.List;

/**
 * Helpers of the rule tests: JSON literals written with single quotes, one-line runs, and views of a history.
 */
final class RuleRuns {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private RuleRuns() {}

    static JsonNode json(String text) {
        try {
            return MAPPER.readTree(text.replace('\'', '"'));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    static Execution run(String definition, String input, TaskIntegration integration) {
        return run(definition, input, integration, ExecutionOptions.defaults());
    }

    static Execution run(String definition, String input, TaskIntegration integration, ExecutionOptions options) {
        return StateMachineRunner.create(AslParser.parse(definition.replace('\'', '"')).orThrow(), integration,
                options).run(json(input));
    }

    /** Return the event types of a history in order. */
    static List<String> types(Execution execution) {
        return execution.history().events().stream().map(HistoryEvent::type).toList();
    }

    /** Return the first event of a type. */
    static HistoryEvent first(Execution execution, String type) {
        return execution.history().events().stream().filter(e -> e.type().equals(type)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + type + " in " + types(execution)));
    }

    /** Return every event of a type. */
    static List<HistoryEvent> all(Execution execution, String type) {
        return execution.history().events().stream().filter(e -> e.type().equals(type)).toList();
    }
}
