package dev.orrery.server.internal;

import static dev.orrery.server.internal.ApiJson.NODES;
import static dev.orrery.server.internal.ApiJson.date;
import static dev.orrery.server.internal.ApiJson.integer;
import static dev.orrery.server.internal.ApiJson.putToken;
import static dev.orrery.server.internal.ApiJson.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The alias operations: CreateStateMachineAlias, DescribeStateMachineAlias, UpdateStateMachineAlias,
 * DeleteStateMachineAlias and ListStateMachineAliases.
 */
final class AliasOperations {

    private final Registry registry;

    AliasOperations(Registry registry) {
        this.registry = registry;
    }

    ObjectNode createAlias(ObjectNode request) {
        String name = request.get("name").asText();
        JsonNode routingConfiguration = request.get("routingConfiguration");
        String machineArn = checkRouting(routingConfiguration);
        String arn = machineArn + ":" + name;
        Instant now = registry.now();
        synchronized (registry.lock) {
            AliasRecord existing = registry.aliases.get(arn);
            if (existing != null) {
                if (existing.routing().equals(routingConfiguration) && java.util.Objects.equals(
                        existing.description(), text(request, "description", null))) {
                    return aliasCreated(existing);
                }
                throw new ApiException("ConflictException", "Orrery: the alias " + arn + " exists with another "
                        + "description or routing configuration");
            }
            AliasRecord alias = new AliasRecord(arn, machineArn, name, text(request, "description", null),
                    routingConfiguration.deepCopy(), now, now);
            registry.aliases.put(arn, alias);
            return aliasCreated(alias);
        }
    }

    private static ObjectNode aliasCreated(AliasRecord alias) {
        ObjectNode response = NODES.objectNode().put("stateMachineAliasArn", alias.arn());
        response.set("creationDate", date(alias.creationDate()));
        return response;
    }

    /** Check a routing configuration with AWS's rules; return the state machine its versions belong to. */
    private String checkRouting(JsonNode routingConfiguration) {
        List<String> arns = new ArrayList<>();
        List<String> weights = new ArrayList<>();
        routingConfiguration.forEach(item -> {
            arns.add(item.path("stateMachineVersionArn").asText());
            weights.add(item.path("weight").asText());
        });
        String received = "Received: [" + String.join(", ", arns) + "]";
        String machineArn = null;
        for (String arn : arns) {
            Arns.parse(arn, Arns.STATE_MACHINE);
            int colon = arn.lastIndexOf(':');
            if (!arn.substring(colon + 1).matches("[0-9]+")) {
                throw new ApiException("ValidationException",
                        "Routing configuration must contain state machine version ARNs. " + received);
            }
            machineArn = arn.substring(0, colon);
        }
        if (new java.util.HashSet<>(arns).size() != arns.size()) {
            throw new ApiException("ValidationException",
                    "Routing configuration must contain distinct state machine version ARNs. " + received);
        }
        if (routingConfiguration.findValues("weight").stream().mapToInt(JsonNode::asInt).sum() != 100) {
            throw new ApiException("ValidationException", "Sum of routing configuration weights must equal 100. "
                    + "Received: [" + String.join(", ", weights) + "]");
        }
        synchronized (registry.lock) {
            for (String arn : arns) {
                if (!registry.versions.containsKey(arn)) {
                    throw new ApiException("ResourceNotFound", "Resource not found: '" + arn + "'");
                }
            }
        }
        return machineArn;
    }

    private AliasRecord alias(String arn) {
        Arns.parse(arn, Arns.STATE_MACHINE);
        synchronized (registry.lock) {
            AliasRecord alias = registry.aliases.get(arn);
            if (alias == null) {
                throw new ApiException("ResourceNotFound", "Request references a resource that does not exist.");
            }
            return alias;
        }
    }

    ObjectNode describeAlias(ObjectNode request) {
        AliasRecord alias = alias(request.get("stateMachineAliasArn").asText());
        ObjectNode response = NODES.objectNode().put("stateMachineAliasArn", alias.arn()).put("name", alias.name());
        if (alias.description() != null) {
            response.put("description", alias.description());
        }
        response.set("routingConfiguration", alias.routing().deepCopy());
        response.set("creationDate", date(alias.creationDate()));
        response.set("updateDate", date(alias.updateDate()));
        return response;
    }

    ObjectNode updateAlias(ObjectNode request) {
        AliasRecord alias = alias(request.get("stateMachineAliasArn").asText());
        JsonNode routingConfiguration = request.get("routingConfiguration");
        if (routingConfiguration != null && !routingConfiguration.isNull()) {
            checkRouting(routingConfiguration);
        }
        Instant now = registry.now();
        synchronized (registry.lock) {
            registry.aliases.put(alias.arn(), new AliasRecord(alias.arn(), alias.stateMachineArn(), alias.name(),
                    text(request, "description", alias.description()),
                    routingConfiguration == null || routingConfiguration.isNull() ? alias.routing()
                            : routingConfiguration.deepCopy(), alias.creationDate(), now));
        }
        ObjectNode response = NODES.objectNode();
        response.set("updateDate", date(now));
        return response;
    }

    ObjectNode deleteAlias(ObjectNode request) {
        String arn = request.get("stateMachineAliasArn").asText();
        Arns.parse(arn, Arns.STATE_MACHINE);
        synchronized (registry.lock) {
            registry.aliases.remove(arn);
        }
        return NODES.objectNode();
    }

    ObjectNode listAliases(ObjectNode request) {
        StateMachineRecord machine = registry.machine(request.get("stateMachineArn").asText());
        List<AliasRecord> list = new ArrayList<>();
        synchronized (registry.lock) {
            registry.aliases.values().stream().filter(a -> a.stateMachineArn().equals(machine.arn()))
                    .forEach(list::add);
        }
        var page = Pages.page(list, integer(request, "maxResults"), text(request, "nextToken", null),
                "ListStateMachineAliases|" + machine.arn());
        ObjectNode response = NODES.objectNode();
        ArrayNode items = response.putArray("stateMachineAliases");
        for (AliasRecord alias : page.items()) {
            items.addObject().put("stateMachineAliasArn", alias.arn()).set("creationDate", date(alias.creationDate()));
        }
        putToken(response, page.nextToken());
        return response;
    }
}
