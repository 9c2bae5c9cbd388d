package dev.orrery.server.internal;

import static dev.orrery.server.internal.ApiJson.NODES;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.Set;

/** The tag operations: TagResource, UntagResource and ListTagsForResource. */
final class TagOperations {

    private final Registry registry;

    TagOperations(Registry registry) {
        this.registry = registry;
    }

    ObjectNode tagResource(ObjectNode request) {
        String arn = taggable(request.get("resourceArn").asText());
        synchronized (registry.lock) {
            registry.addTags(arn, request.get("tags"));
        }
        return NODES.objectNode();
    }

    ObjectNode untagResource(ObjectNode request) {
        String arn = taggable(request.get("resourceArn").asText());
        synchronized (registry.lock) {
            Map<String, String> current = registry.tags.get(arn);
            if (current != null) {
                request.get("tagKeys").forEach(key -> current.remove(key.asText()));
            }
        }
        return NODES.objectNode();
    }

    ObjectNode listTags(ObjectNode request) {
        String arn = taggable(request.get("resourceArn").asText());
        ObjectNode response = NODES.objectNode();
        ArrayNode list = response.putArray("tags");
        synchronized (registry.lock) {
            registry.tags.getOrDefault(arn, Map.of()).forEach((key, value) -> list.addObject().put("key", key)
                    .put("value", value));
        }
        return response;
    }

    /** Return the ARN of a state machine or activity that exists; AWS's {@code ResourceNotFound} otherwise. */
    private String taggable(String arn) {
        Arns.parse(arn, Set.of("stateMachine", "activity"));
        synchronized (registry.lock) {
            if (!registry.machines.containsKey(arn) && !registry.activities.containsKey(arn)) {
                throw new ApiException("ResourceNotFound", "Resource not found: '" + arn + "'");
            }
        }
        return arn;
    }
}
