package dev.orrery.server.internal;

import static dev.orrery.server.internal.ApiJson.NODES;
import static dev.orrery.server.internal.ApiJson.date;
import static dev.orrery.server.internal.ApiJson.integer;
import static dev.orrery.server.internal.ApiJson.putToken;
import static dev.orrery.server.internal.ApiJson.requireValidName;
import static dev.orrery.server.internal.ApiJson.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.orrery.parse.AslParser;
import dev.orrery.parse.Diagnostic;
import dev.orrery.parse.InvalidDefinitionException;
import dev.orrery.parse.ParseResult;
import dev.orrery.run.ExecutionOptions;
import dev.orrery.run.StateMachineRunner;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The state machine operations: CreateStateMachine, DescribeStateMachine, UpdateStateMachine, DeleteStateMachine and
 * ListStateMachines.
 */
final class StateMachineOperations {

    private final Registry registry;

    StateMachineOperations(Registry registry) {
        this.registry = registry;
    }

    ObjectNode createStateMachine(ObjectNode request, String region) {
        String name = request.get("name").asText();
        requireValidName(name);
        String type = text(request, "type", "STANDARD");
        boolean publish = request.path("publish").asBoolean(false);
        if (request.hasNonNull("versionDescription") && !publish) {
            throw new ApiException("ValidationException", "Version description can only be set when publish is true");
        }
        String definition = request.get("definition").asText();
        var parsed = parseDefinition(definition, type);
        JsonNode logging = logging(request.get("loggingConfiguration"), null);
        JsonNode tracing = tracing(request.get("tracingConfiguration"), null);
        Instant now = registry.now();
        String arn = Arns.stateMachine(region, StepFunctionsService.ACCOUNT, name);
        synchronized (registry.lock) {
            StateMachineRecord existing = registry.machines.get(arn);
            if (existing != null) {
                if (existing.definition().equals(definition) && existing.roleArn().equals(
                        request.get("roleArn").asText()) && existing.type().equals(type)) {
                    ObjectNode response = NODES.objectNode().put("stateMachineArn", arn);
                    response.set("creationDate", date(existing.creationDate()));
                    if (publish) {
                        response.put("stateMachineVersionArn", registry.publish(existing,
                                text(request, "versionDescription", null)).arn());
                    }
                    return response;
                }
                throw new ApiException("StateMachineAlreadyExists", "State Machine Already Exists: '" + arn + "'");
            }
            StateMachineRecord created = new StateMachineRecord(arn, name, type, definition, parsed,
                    request.get("roleArn").asText(), logging, tracing, now, now, null,
                    text(request, "description", null));
            registry.machines.put(arn, created);
            registry.addTags(arn, request.get("tags"));
            ObjectNode response = NODES.objectNode().put("stateMachineArn", arn);
            response.set("creationDate", date(now));
            if (publish) {
                response.put("stateMachineVersionArn",
                        registry.publish(created, text(request, "versionDescription", null)).arn());
            }
            return response;
        }
    }

    ObjectNode describeStateMachine(ObjectNode request) {
        String arn = request.get("stateMachineArn").asText();
        VersionRecord version = registry.version(arn);
        StateMachineRecord machine = version != null ? version.revision() : registry.machine(arn);
        ObjectNode response = NODES.objectNode();
        response.put("stateMachineArn", version != null ? version.arn() : machine.arn());
        response.put("name", machine.name());
        response.put("status", "ACTIVE");
        response.put("definition", machine.definition());
        response.put("roleArn", machine.roleArn());
        response.put("type", machine.type());
        response.set("creationDate", date(version != null ? version.creationDate() : machine.creationDate()));
        response.set("loggingConfiguration", machine.logging().deepCopy());
        response.set("tracingConfiguration", machine.tracing().deepCopy());
        if (machine.revisionId() != null) {
            response.put("revisionId", machine.revisionId());
        }
        String description = version != null ? version.description() : machine.description();
        if (description != null) {
            response.put("description", description);
        }
        response.set("encryptionConfiguration", NODES.objectNode().put("type", "AWS_OWNED_KEY"));
        registry.putVariableReferences(response, machine);
        return response;
    }

    ObjectNode updateStateMachine(ObjectNode request) {
        String arn = request.get("stateMachineArn").asText();
        Arns.parse(arn, Arns.STATE_MACHINE);
        if (!request.hasNonNull("definition") && !request.hasNonNull("roleArn")
                && !request.hasNonNull("loggingConfiguration") && !request.hasNonNull("tracingConfiguration")) {
            throw new ApiException("MissingRequiredParameter", "Either the definition, the role ARN, the "
                    + "LoggingConfiguration, or the TracingConfiguration must be specified");
        }
        boolean publish = request.path("publish").asBoolean(false);
        if (request.hasNonNull("versionDescription") && !publish) {
            throw new ApiException("ValidationException", "Version description can only be set when publish is true");
        }
        StateMachineRecord current = registry.machine(arn);
        String definition = text(request, "definition", current.definition());
        var parsed = request.hasNonNull("definition") ? parseDefinition(definition, current.type()) : current.parsed();
        JsonNode logging = logging(request.get("loggingConfiguration"), current.logging());
        JsonNode tracing = tracing(request.get("tracingConfiguration"), current.tracing());
        Instant now = registry.now();
        String roleArn = text(request, "roleArn", current.roleArn());
        boolean changed = !definition.equals(current.definition()) || !roleArn.equals(current.roleArn())
                || !logging.equals(current.logging()) || !tracing.equals(current.tracing());
        ObjectNode response = NODES.objectNode();
        synchronized (registry.lock) {
            StateMachineRecord latest = registry.machines.get(arn);
            if (latest == null) {
                throw ApiException.stateMachineDoesNotExist(arn);
            }
            if (changed) {
                latest = new StateMachineRecord(arn, current.name(), current.type(), definition, parsed, roleArn,
                        logging, tracing, current.creationDate(), now, UUID.randomUUID().toString(),
                        current.description());
                registry.machines.put(arn, latest);
            }
            response.set("updateDate", date(changed ? now : latest.updateDate()));
            if (latest.revisionId() != null) {
                response.put("revisionId", latest.revisionId());
            }
            if (publish) {
                response.put("stateMachineVersionArn",
                        registry.publish(latest, text(request, "versionDescription", null)).arn());
            }
        }
        return response;
    }

    ObjectNode deleteStateMachine(ObjectNode request) {
        String arn = request.get("stateMachineArn").asText();
        Arns.parse(arn, Arns.STATE_MACHINE);
        synchronized (registry.lock) {
            registry.machines.remove(arn);
            registry.tags.remove(arn);
            registry.versions.values().removeIf(v -> v.revision().arn().equals(arn));
            registry.lastVersion.remove(arn);
            registry.aliases.values().removeIf(a -> a.stateMachineArn().equals(arn));
        }
        return NODES.objectNode();
    }

    ObjectNode listStateMachines(ObjectNode request) {
        List<StateMachineRecord> all;
        synchronized (registry.lock) {
            all = new ArrayList<>(registry.machines.values());
        }
        var page = Pages.page(all, integer(request, "maxResults"), text(request, "nextToken", null),
                "ListStateMachines");
        ObjectNode response = NODES.objectNode();
        ArrayNode list = response.putArray("stateMachines");
        for (StateMachineRecord machine : page.items()) {
            ObjectNode item = list.addObject().put("stateMachineArn", machine.arn()).put("name", machine.name())
                    .put("type", machine.type());
            item.set("creationDate", date(machine.creationDate()));
        }
        putToken(response, page.nextToken());
        return response;
    }

    private dev.orrery.model.StateMachine parseDefinition(String definition, String type) {
        ParseResult result = AslParser.parse(definition);
        List<Diagnostic> errors = result.errors();
        if (errors.isEmpty() && type.equals("EXPRESS")) {
            try {
                StateMachineRunner.createExpress(result.orThrow(), ServerTasks.INSTANCE, ExecutionOptions.defaults());
            } catch (InvalidDefinitionException e) {
                errors = e.diagnostics();
            }
        }
        if (!errors.isEmpty()) {
            // AWS's form for one diagnostic; several are joined with ", " (Orrery's choice, no recording shows it)
            throw new ApiException("InvalidDefinition", "Invalid State Machine Definition: '" + errors.stream()
                    .map(d -> d.code() + ": " + d.message() + " at " + (d.location().isEmpty() ? "/" : d.location()))
                    .collect(Collectors.joining(", ")) + "'");
        }
        return result.orThrow();
    }

    private static JsonNode logging(@Nullable JsonNode given, @Nullable JsonNode current) {
        if (given == null || given.isNull()) {
            return current != null ? current
                    : NODES.objectNode().put("level", "OFF").put("includeExecutionData", false);
        }
        String level = given.path("level").asText("OFF");
        int destinations = given.path("destinations").size();
        if (!level.equals("OFF") && destinations != 1) {
            throw new ApiException("InvalidLoggingConfiguration",
                    "Invalid Logging Configuration: Must specify exactly one Log Destination.");
        }
        ObjectNode logging = NODES.objectNode().put("level", level)
                .put("includeExecutionData", given.path("includeExecutionData").asBoolean(false));
        if (given.has("destinations")) {
            logging.set("destinations", given.get("destinations").deepCopy());
        }
        return logging;
    }

    private static JsonNode tracing(@Nullable JsonNode given, @Nullable JsonNode current) {
        if (given == null || given.isNull()) {
            return current != null ? current : NODES.objectNode().put("enabled", false);
        }
        return NODES.objectNode().put("enabled", given.path("enabled").asBoolean(false));
    }
}
