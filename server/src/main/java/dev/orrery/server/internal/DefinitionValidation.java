package dev.orrery.server.internal;

import static dev.orrery.server.internal.ApiJson.NODES;
import static dev.orrery.server.internal.ApiJson.text;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.orrery.parse.AslParser;
import dev.orrery.parse.Diagnostic;
import dev.orrery.parse.InvalidDefinitionException;
import dev.orrery.parse.ParseResult;
import dev.orrery.parse.Severity;
import dev.orrery.run.ExecutionOptions;
import dev.orrery.run.StateMachineRunner;
import java.util.ArrayList;
import java.util.List;

/** ValidateStateMachineDefinition: the diagnostics of {@code orrery validate} in the API's shape. */
final class DefinitionValidation {

    ObjectNode validateDefinition(ObjectNode request) {
        String type = text(request, "type", "STANDARD");
        ParseResult result = AslParser.parse(request.get("definition").asText());
        List<Diagnostic> diagnostics = new ArrayList<>(result.diagnostics());
        if (result.isValid() && type.equals("EXPRESS")) {
            try {
                StateMachineRunner.createExpress(result.orThrow(), ServerTasks.INSTANCE, ExecutionOptions.defaults());
            } catch (InvalidDefinitionException e) {
                diagnostics.addAll(e.diagnostics());
            }
        }
        boolean valid = diagnostics.stream().noneMatch(Diagnostic::isError);
        String severity = text(request, "severity", "ERROR");
        if (severity.equals("ERROR")) {
            diagnostics.removeIf(d -> d.severity() != Severity.ERROR);
        }
        int max = request.path("maxResults").asInt(0) == 0 ? 100 : request.path("maxResults").asInt();
        ObjectNode response = NODES.objectNode().put("result", valid ? "OK" : "FAIL");
        ArrayNode list = response.putArray("diagnostics");
        for (Diagnostic diagnostic : diagnostics.subList(0, Math.min(max, diagnostics.size()))) {
            list.addObject().put("severity", diagnostic.severity().name()).put("code", diagnostic.code())
                    .put("message", diagnostic.message())
                    .put("location", diagnostic.location().isEmpty() ? "/" : diagnostic.location());
        }
        response.put("truncated", diagnostics.size() > max);
        return response;
    }
}
