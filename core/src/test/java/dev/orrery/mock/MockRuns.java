package dev.orrery.mock;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.orrery.model.StateMachine;
import dev.orrery.parse.AslParser;
import dev.orrery.run.Execution;
import dev.orrery.run.StateMachineRunner;
import dev.orrery.spi.TaskIntegration;
import dev.orrery.spi.TaskRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Test helpers: JSON literals with single quotes, resources, one-line runs. */
final class MockRuns {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private MockRuns() {}

    static JsonNode json(String text) {
        try {
            return MAPPER.readTree(text.replace('\'', '"'));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    static String resource(String name) {
        try (InputStream in = MockRuns.class.getResourceAsStream("/mock/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource /mock/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode jsonResource(String name) {
        try {
            return MAPPER.readTree(resource(name));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    static StateMachine machine(String definition) {
        return AslParser.parse(definition.replace('\'', '"')).orThrow();
    }

    static StateMachine machineResource(String name) {
        return AslParser.parse(resource(name), name).orThrow();
    }

    static Execution run(StateMachine machine, TaskIntegration integration, String input) {
        return StateMachineRunner.create(machine, integration).run(json(input));
    }

    static Execution run(String definition, TaskIntegration integration, String input) {
        return run(machine(definition), integration, input);
    }

    /** A one-Task definition whose Task has the given resource and extra fields (single-quoted JSON). */
    static String task(String resource, String extraFields) {
        return "{'StartAt':'Work','States':{'Work':{'Type':'Task','Resource':'" + resource + "'"
                + (extraFields.isEmpty() ? "" : "," + extraFields) + ",'End':true}}}";
    }

    static TaskRequest request(String state, String resource, JsonNode payload, int invocation) {
        return new TaskRequest(state, resource, payload, invocation, 0, null,
                json("{'Execution':{'Id':'arn:aws:states:us-east-1:123456789012:execution:M:E'},"
                        + "'State':{'EnteredTime':'2024-01-02T03:04:05.678Z','Name':'" + state + "'}}"));
    }

    static JsonNode empty() {
        return JsonNodeFactory.instance.objectNode();
    }
}
