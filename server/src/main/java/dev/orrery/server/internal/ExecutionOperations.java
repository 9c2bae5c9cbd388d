package dev.orrery.server.internal;

import static dev.orrery.server.internal.ApiJson.NODES;
import static dev.orrery.server.internal.ApiJson.date;
import static dev.orrery.server.internal.ApiJson.integer;
import static dev.orrery.server.internal.ApiJson.putToken;
import static dev.orrery.server.internal.ApiJson.text;
import static dev.orrery.server.internal.StepFunctionsService.ADVANCE_TIME;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.orrery.history.HistoryEvent;
import dev.orrery.run.Execution;
import dev.orrery.run.ExecutionStatus;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The operations on executions that exist: DescribeExecution, DescribeStateMachineForExecution, GetExecutionHistory,
 * ListExecutions, StopExecution, and Orrery's own {@link StepFunctionsService#ADVANCE_TIME}.
 */
final class ExecutionOperations {

    private final Registry registry;

    ExecutionOperations(Registry registry) {
        this.registry = registry;
    }

    ObjectNode describeExecution(ObjectNode request) {
        ExecutionRecord record = registry.execution(request.get("executionArn").asText());
        Execution execution = record.snapshot();
        ObjectNode response = NODES.objectNode();
        response.put("executionArn", record.arn());
        response.put("stateMachineArn", record.machine().arn());
        if (record.versionArn() != null) {
            response.put("stateMachineVersionArn", record.versionArn());
        }
        if (record.aliasArn() != null) {
            response.put("stateMachineAliasArn", record.aliasArn());
        }
        response.put("name", record.name());
        response.put("status", execution.status().name());
        response.set("startDate", date(record.startDate()));
        if (execution.status() != ExecutionStatus.RUNNING) {
            response.set("stopDate", date(execution.stopTime()));
        }
        response.put("input", record.inputText());
        response.set("inputDetails", NODES.objectNode().put("included", true));
        if (execution.output() != null) {
            response.put("output", execution.output().toString());
            response.set("outputDetails", NODES.objectNode().put("included", true));
        }
        if (execution.error() != null) {
            response.put("error", execution.error());
        }
        if (execution.cause() != null) {
            response.put("cause", execution.cause());
        }
        response.put("redriveCount", 0);
        switch (execution.status()) {
            case SUCCEEDED, RUNNING -> response.put("redriveStatus", "NOT_REDRIVABLE").put("redriveStatusReason",
                    "Execution is " + execution.status().name() + " and cannot be redriven");
            default -> response.put("redriveStatus", "REDRIVABLE");
        }
        return response;
    }

    ObjectNode describeStateMachineForExecution(ObjectNode request) {
        ExecutionRecord record = registry.execution(request.get("executionArn").asText());
        StateMachineRecord machine = record.machine();
        ObjectNode response = NODES.objectNode();
        response.put("stateMachineArn", machine.arn());
        response.put("name", machine.name());
        response.put("definition", machine.definition());
        response.put("roleArn", machine.roleArn());
        response.set("updateDate", date(machine.updateDate()));
        response.set("loggingConfiguration", machine.logging().deepCopy());
        response.set("tracingConfiguration", machine.tracing().deepCopy());
        if (machine.revisionId() != null) {
            response.put("revisionId", machine.revisionId());
        }
        response.set("encryptionConfiguration", NODES.objectNode().put("type", "AWS_OWNED_KEY"));
        registry.putVariableReferences(response, machine);
        return response;
    }

    ObjectNode getExecutionHistory(ObjectNode request) {
        ExecutionRecord record = registry.execution(request.get("executionArn").asText());
        boolean reverse = request.path("reverseOrder").asBoolean(false);
        boolean data = request.path("includeExecutionData").asBoolean(true);
        List<HistoryEvent> events = new ArrayList<>(record.snapshot().history().events());
        if (reverse) {
            java.util.Collections.reverse(events);
        }
        var page = Pages.page(events, integer(request, "maxResults"), text(request, "nextToken", null),
                "GetExecutionHistory|" + record.arn() + "|" + reverse);
        ArrayNode json = (ArrayNode) new dev.orrery.history.ExecutionHistory(page.items()).toAwsJson().get("events");
        for (int i = 0; i < json.size(); i++) {
            ObjectNode event = (ObjectNode) json.get(i);
            event.set("timestamp", date(page.items().get(i).timestamp()));
            if (!data) {
                event.properties().forEach(field -> {
                    if (field.getValue() instanceof ObjectNode details) {
                        details.remove(List.of("input", "output", "parameters"));
                    }
                });
            }
        }
        ObjectNode response = NODES.objectNode();
        response.set("events", json);
        putToken(response, page.nextToken());
        return response;
    }

    ObjectNode listExecutions(ObjectNode request) {
        if (request.hasNonNull("mapRunArn")) {
            throw new ApiException("ValidationException", "Orrery: the endpoint runs no Distributed Map runs; "
                    + "list executions by stateMachineArn");
        }
        if (!request.hasNonNull("stateMachineArn")) {
            throw new ApiException("ValidationException", "Orrery: ListExecutions needs a stateMachineArn");
        }
        String arn = request.get("stateMachineArn").asText();
        VersionRecord version = registry.version(arn);
        StateMachineRecord machine = version != null ? version.revision() : registry.machine(arn);
        if (machine.express()) {
            throw ApiException.typeNotSupported();
        }
        String status = text(request, "statusFilter", null);
        List<ExecutionRecord> matching = new ArrayList<>();
        synchronized (registry.lock) {
            for (ExecutionRecord record : registry.executions.values()) {
                if (record.machine().arn().equals(machine.arn())
                        && (version == null || version.arn().equals(record.versionArn()))
                        && (status == null || record.status().name().equals(status))) {
                    matching.add(record);
                }
            }
        }
        java.util.Collections.reverse(matching);
        var page = Pages.page(matching, integer(request, "maxResults"), text(request, "nextToken", null),
                "ListExecutions|" + arn + "|" + status);
        ObjectNode response = NODES.objectNode();
        ArrayNode list = response.putArray("executions");
        for (ExecutionRecord record : page.items()) {
            Execution execution = record.snapshot();
            ObjectNode item = list.addObject().put("executionArn", record.arn())
                    .put("stateMachineArn", machine.arn()).put("name", record.name())
                    .put("status", execution.status().name());
            if (record.versionArn() != null) {
                item.put("stateMachineVersionArn", record.versionArn());
            }
            if (record.aliasArn() != null) {
                item.put("stateMachineAliasArn", record.aliasArn());
            }
            item.set("startDate", date(record.startDate()));
            if (execution.status() != ExecutionStatus.RUNNING) {
                item.set("stopDate", date(execution.stopTime()));
            }
            item.put("redriveCount", 0);
        }
        putToken(response, page.nextToken());
        return response;
    }

    ObjectNode stopExecution(ObjectNode request) {
        ExecutionRecord record = registry.execution(request.get("executionArn").asText());
        String error = text(request, "error", null);
        String cause = text(request, "cause", null);
        record.step(session -> session.stop(error, cause));
        registry.progressed(record);
        ObjectNode response = NODES.objectNode();
        response.set("stopDate", date(record.snapshot().stopTime()));
        return response;
    }

    ObjectNode advanceTime(JsonNode body) {
        if (!body.isObject() || !body.path("seconds").isNumber() || body.path("seconds").asDouble() < 0
                || (body.has("executionArn") && !body.get("executionArn").isTextual())) {
            throw new ApiException("ValidationException", "Orrery: " + ADVANCE_TIME + " takes {\"seconds\": "
                    + "<non-negative number>} and optionally \"executionArn\": <the execution to advance> (default: "
                    + "every running execution)");
        }
        Duration by = Duration.ofMillis(body.get("seconds").decimalValue().movePointRight(3).longValue());
        List<ExecutionRecord> targets = new ArrayList<>();
        if (body.has("executionArn")) {
            targets.add(registry.execution(body.get("executionArn").asText()));
        } else {
            synchronized (registry.lock) {
                registry.executions.values().stream().filter(r -> r.status() == ExecutionStatus.RUNNING)
                        .forEach(targets::add);
            }
        }
        ObjectNode response = NODES.objectNode();
        ArrayNode list = response.putArray("executions");
        for (ExecutionRecord record : targets) {
            record.step(session -> session.advanceBy(by));
            registry.progressed(record);
            list.addObject().put("executionArn", record.arn()).put("status", record.status().name());
        }
        return response;
    }
}
