package dev.orrery.server.internal;

import static dev.orrery.server.internal.ApiJson.NODES;
import static dev.orrery.server.internal.ApiJson.text;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The task token operations: SendTaskSuccess, SendTaskFailure and SendTaskHeartbeat. */
final class CallbackOperations {

    private final Registry registry;

    CallbackOperations(Registry registry) {
        this.registry = registry;
    }

    ObjectNode sendTaskSuccess(ObjectNode request) {
        String token = request.get("taskToken").asText();
        JsonNode output;
        try {
            output = registry.mapper.readTree(request.get("output").asText());
        } catch (JsonProcessingException e) {
            throw new ApiException("InvalidOutput", "Invalid Output: '" + e.getOriginalMessage() + "'");
        }
        answer(token, "SendTaskSuccess", (record, session) -> session.sendTaskSuccess(token, output));
        return NODES.objectNode();
    }

    ObjectNode sendTaskFailure(ObjectNode request) {
        String token = request.get("taskToken").asText();
        String error = text(request, "error", "");
        String cause = text(request, "cause", null);
        answer(token, "SendTaskFailure", (record, session) -> session.sendTaskFailure(token, error, cause));
        return NODES.objectNode();
    }

    ObjectNode sendTaskHeartbeat(ObjectNode request) {
        String token = request.get("taskToken").asText();
        answer(token, "SendTaskHeartbeat", (record, session) -> session.sendTaskHeartbeat(token));
        return NODES.objectNode();
    }

    private interface Answer {
        void apply(ExecutionRecord record, dev.orrery.run.ExecutionSession session);
    }

    private void answer(String token, String operation, Answer answer) {
        ExecutionRecord owner = registry.tokenOwners.get(token);
        if (owner == null) {
            throw ApiException.invalidToken();
        }
        boolean[] answered = {false};
        owner.step(session -> {
            if (session.pendingTaskTokens().contains(token)) {
                answer.apply(owner, session);
                answered[0] = true;
            }
        });
        if (!answered[0]) {
            throw new ApiException("TaskTimedOut", "Task Timed Out: 'Provided task does not exist anymore'");
        }
        registry.progressed(owner);
    }
}
