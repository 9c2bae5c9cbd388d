package dev.orrery.server.internal;

import static dev.orrery.server.internal.ApiJson.NODES;
import static dev.orrery.server.internal.ApiJson.date;
import static dev.orrery.server.internal.ApiJson.integer;
import static dev.orrery.server.internal.ApiJson.putToken;
import static dev.orrery.server.internal.ApiJson.text;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/** The version operations: PublishStateMachineVersion, ListStateMachineVersions and DeleteStateMachineVersion. */
final class VersionOperations {

    private final Registry registry;

    VersionOperations(Registry registry) {
        this.registry = registry;
    }

    ObjectNode publishVersion(ObjectNode request) {
        String arn = request.get("stateMachineArn").asText();
        StateMachineRecord machine = registry.machine(arn);
        String revisionId = text(request, "revisionId", null);
        synchronized (registry.lock) {
            StateMachineRecord latest = registry.machines.getOrDefault(arn, machine);
            if (revisionId != null && !revisionId.equals(latest.revisionId())) {
                throw new ApiException("ConflictException", "Failed to publish the State Machine version for "
                        + "revision " + revisionId + ". The current State Machine revision is "
                        + latest.revisionId() + ".");
            }
            VersionRecord version = registry.publish(latest, text(request, "description", null));
            ObjectNode response = NODES.objectNode();
            response.set("creationDate", date(version.creationDate()));
            response.put("stateMachineVersionArn", version.arn());
            return response;
        }
    }

    ObjectNode listVersions(ObjectNode request) {
        StateMachineRecord machine = registry.machine(request.get("stateMachineArn").asText());
        List<VersionRecord> list = new ArrayList<>();
        synchronized (registry.lock) {
            registry.versions.values().stream().filter(v -> v.revision().arn().equals(machine.arn()))
                    .forEach(list::add);
        }
        java.util.Collections.reverse(list);
        var page = Pages.page(list, integer(request, "maxResults"), text(request, "nextToken", null),
                "ListStateMachineVersions|" + machine.arn());
        ObjectNode response = NODES.objectNode();
        ArrayNode items = response.putArray("stateMachineVersions");
        for (VersionRecord version : page.items()) {
            items.addObject().put("stateMachineVersionArn", version.arn())
                    .set("creationDate", date(version.creationDate()));
        }
        putToken(response, page.nextToken());
        return response;
    }

    ObjectNode deleteVersion(ObjectNode request) {
        String arn = request.get("stateMachineVersionArn").asText();
        Arns.parse(arn, Arns.STATE_MACHINE);
        synchronized (registry.lock) {
            registry.versions.remove(arn);
        }
        return NODES.objectNode();
    }
}
