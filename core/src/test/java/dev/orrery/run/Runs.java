package dev.orrery.run;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.orrery.parse.AslParser;
import dev.orrery.spi.TaskIntegration;

/** Test helpers: JSON literals and one-line runs. */
final class Runs {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private Runs() {}

    static JsonNode json(String text) {
        try {
            return MAPPER.readTree(text.replace('\'', '"'));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    static Execution run(String definition, String input, TaskIntegration integration) {
        return StateMachineRunner.create(AslParser.parse(definition.replace('\'', '"')).orThrow(), integration)
                .run(json(input));
    }

    static Execution run(String definition, String input, TaskIntegration integration, ExecutionOptions options) {
        return StateMachineRunner.create(AslParser.parse(definition.replace('\'', '"')).orThrow(), integration,
                options).run(json(input));
    }
}
