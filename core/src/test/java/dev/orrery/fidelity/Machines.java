package dev.orrery.fidelity;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.orrery.history.HistoryEvent;
import dev.orrery.mock.TaskMocks;
import dev.orrery.parse.AslParser;
import dev.orrery.parse.Diagnostic;
import dev.orrery.parse.ParseResult;
import dev.orrery.run.Execution;
import dev.orrery.run.StateMachineRunner;
import dev.orrery.spi.TaskIntegration;
import java.util.List;

/**
 * Test helpers for the rules of {@code docs/fidelity.md}: definitions written with {@code '} for {@code "}, one-line
 * runs, the events of a type and the diagnostics of a definition.
 */
final class Machines {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private Machines() {}

    static JsonNode json(String text) {
        try {
            return MAPPER.readTree(text.replace('\'', '"'));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(text, e);
        }
    }

    static Execution run(String definition, String input) {
        return run(definition, input, TaskMocks.none());
    }

    static Execution run(String definition, String input, TaskIntegration integration) {
        return StateMachineRunner.create(AslParser.parse(definition.replace('\'', '"')).orThrow(), integration)
                .run(json(input));
    }

    /** Run a definition written in plain JSON (no {@code '} replaced), for texts that need both quote kinds. */
    static Execution runJson(String definition, String input) {
        try {
            return StateMachineRunner.create(AslParser.parse(definition).orThrow(), TaskMocks.none())
                    .run(MAPPER.readTree(input));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(input, e);
        }
    }

    /** Run a one-state machine {@code {"StartAt": "S", "States": {"S": state}}}. */
    static Execution runState(String state, String input) {
        return run("{'StartAt': 'S', 'States': {'S': " + state + "}}", input);
    }

    static ParseResult parse(String definition) {
        return AslParser.parse(definition.replace('\'', '"'));
    }

    /** Return the error messages of a definition, each with its JSON pointer. */
    static List<String> errors(String definition) {
        return parse(definition).errors().stream().map(d -> d.location() + ": " + d.message()).toList();
    }

    /** Return the error diagnostics of a one-state machine. */
    static List<Diagnostic> stateErrors(String state) {
        return parse("{'StartAt': 'S', 'States': {'S': " + state + "}}").errors();
    }

    static List<HistoryEvent> events(Execution execution, String type) {
        return execution.history().events().stream().filter(e -> e.type().equals(type)).toList();
    }

    static List<String> types(Execution execution) {
        return execution.history().events().stream().map(HistoryEvent::type).toList();
    }
}
