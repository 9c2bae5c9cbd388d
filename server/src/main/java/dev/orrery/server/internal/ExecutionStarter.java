package dev.orrery.server.internal;

import static dev.orrery.server.internal.ApiJson.NODES;
import static dev.orrery.server.internal.ApiJson.date;
import static dev.orrery.server.internal.ApiJson.requireValidName;
import static dev.orrery.server.internal.ApiJson.text;
import static dev.orrery.server.internal.StepFunctionsService.ACCOUNT;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.orrery.coverage.CoverageSink;
import dev.orrery.run.Execution;
import dev.orrery.run.ExecutionLimitExceededException;
import dev.orrery.run.ExecutionOptions;
import dev.orrery.run.ExecutionStatus;
import dev.orrery.run.StateMachineRunner;
import dev.orrery.spi.TaskIntegration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * StartExecution and StartSyncExecution: a Standard execution runs as far as it can without a client and is
 * registered; an Express one started synchronously runs to its end. {@code stateMachineArn#TestCase} runs a test
 * case of the MockConfigFile, as Step Functions Local does.
 */
final class ExecutionStarter {

    private final Registry registry;
    private final @Nullable CoverageSink coverage;

    ExecutionStarter(Registry registry, @Nullable CoverageSink coverage) {
        this.registry = registry;
        this.coverage = coverage;
    }

    /** Return the runner, handing each execution that ends to the coverage sink when there is one. */
    private StateMachineRunner covered(StateMachineRunner runner, StateMachineRecord machine) {
        CoverageSink sink = coverage;
        return sink == null ? runner : runner.whenEnded(execution -> sink.record(machine.name(), machine.arn(),
                machine.parsed(), execution));
    }

    ObjectNode startExecution(ObjectNode request, String region) {
        String target = request.get("stateMachineArn").asText();
        int hash = target.indexOf('#');
        String arn = hash < 0 ? target : target.substring(0, hash);
        VersionRecord version = registry.version(arn);
        AliasRecord alias;
        synchronized (registry.lock) {
            alias = version == null ? registry.aliases.get(arn) : null;
        }
        if (alias != null) {
            version = registry.routed(alias);
            if (version == null) {
                throw new ApiException("ResourceNotFound", "Request references a resource that does not exist.");
            }
        }
        StateMachineRecord machine = version != null ? version.revision() : registry.machine(arn);
        TaskIntegration integration = hash < 0 ? ServerTasks.INSTANCE
                : testCase(machine.name(), target.substring(hash + 1));
        String inputText = text(request, "input", "{}");
        JsonNode input = input(inputText);
        String name = text(request, "name", UUID.randomUUID().toString());
        requireValidName(name);
        String executionArn = machine.express()
                ? "arn:aws:states:" + region + ":" + ACCOUNT + ":express:" + machine.name() + ":" + name + ":"
                        + UUID.randomUUID()
                : "arn:aws:states:" + region + ":" + ACCOUNT + ":execution:" + machine.name() + ":" + name;
        Instant start = registry.now();
        synchronized (registry.lock) {
            ExecutionRecord existing = registry.executions.get(executionArn);
            if (existing != null) {
                if (existing.status() == ExecutionStatus.RUNNING && existing.input().equals(input)) {
                    return started(existing);
                }
                throw new ApiException("ExecutionAlreadyExists", "Execution Already Exists: '" + executionArn + "'");
            }
        }
        ExecutionOptions options = options(machine, region, name, start);
        List<String> activityArns;
        synchronized (registry.lock) {
            activityArns = new ArrayList<>(registry.activities.keySet());
        }
        StateMachineRunner runner = covered((machine.express()
                ? StateMachineRunner.createExpress(machine.parsed(), integration, options)
                : StateMachineRunner.create(machine.parsed(), integration, options))
                .withActivities(activityArns.toArray(String[]::new)), machine);
        ExecutionRecord record = new ExecutionRecord(executionArn, name, machine,
                version == null ? null : version.arn(), alias == null ? null : alias.arn(), inputText, input, start,
                runner::start);
        synchronized (registry.lock) {
            if (registry.executions.putIfAbsent(executionArn, record) != null) {
                throw new ApiException("ExecutionAlreadyExists", "Execution Already Exists: '" + executionArn + "'");
            }
        }
        registry.progressed(record);
        return started(record);
    }

    private static ObjectNode started(ExecutionRecord record) {
        ObjectNode response = NODES.objectNode().put("executionArn", record.arn());
        response.set("startDate", date(record.startDate()));
        return response;
    }

    ObjectNode startSyncExecution(ObjectNode request, String region) {
        String target = request.get("stateMachineArn").asText();
        int hash = target.indexOf('#');
        String arn = hash < 0 ? target : target.substring(0, hash);
        StateMachineRecord machine = registry.machine(arn);
        if (!machine.express()) {
            throw ApiException.typeNotSupported();
        }
        TaskIntegration integration = hash < 0 ? ServerTasks.INSTANCE
                : testCase(machine.name(), target.substring(hash + 1));
        String inputText = text(request, "input", "{}");
        JsonNode input = input(inputText);
        String name = text(request, "name", UUID.randomUUID().toString());
        requireValidName(name);
        Instant start = registry.now();
        String executionArn = "arn:aws:states:" + region + ":" + ACCOUNT + ":express:" + machine.name() + ":"
                + name + ":" + UUID.randomUUID();
        ExecutionOptions options = options(machine, region, name, start);
        ObjectNode response = NODES.objectNode().put("executionArn", executionArn)
                .put("stateMachineArn", machine.arn()).put("name", name);
        response.set("startDate", date(start));
        Execution execution;
        try {
            execution = covered(StateMachineRunner.createExpress(machine.parsed(), integration, options), machine)
                    .run(input);
        } catch (ExecutionLimitExceededException e) {
            response.set("stopDate", date(start));
            response.put("status", "FAILED").put("error", ExecutionRecord.LIMIT_ERROR).put("cause", e.getMessage());
            return response;
        }
        response.set("stopDate", date(execution.stopTime()));
        response.put("status", execution.status().name());
        if (execution.error() != null) {
            response.put("error", execution.error());
        }
        if (execution.cause() != null) {
            response.put("cause", execution.cause());
        }
        response.put("input", inputText);
        response.set("inputDetails", NODES.objectNode().put("included", true));
        if (execution.output() != null) {
            response.put("output", execution.output().toString());
        }
        response.set("outputDetails", NODES.objectNode().put("included", true));
        long millis = execution.virtualDuration().toMillis();
        response.set("billingDetails", NODES.objectNode().put("billedMemoryUsedInMB", 64)
                .put("billedDurationInMilliseconds", Math.max(100, (millis + 99) / 100 * 100)));
        return response;
    }

    private TaskIntegration testCase(String machineName, String testCase) {
        if (registry.mocks == null) {
            throw new ApiException("ValidationException", "Orrery: the execution names the test case '" + testCase
                    + "' but the endpoint has no mock configuration (set SFN_MOCK_CONFIG or --mock-config)");
        }
        try {
            return registry.mocks.testCase(machineName, testCase, ServerTasks.INSTANCE);
        } catch (IllegalArgumentException e) {
            throw new ApiException("ValidationException", "Orrery: " + e.getMessage());
        }
    }

    private static ExecutionOptions options(StateMachineRecord machine, String region, String name, Instant start) {
        return ExecutionOptions.defaults().withAccountId(ACCOUNT).withRegion(region)
                .withStateMachineName(machine.name()).withExecutionName(name).withRoleArn(machine.roleArn())
                .withStartTime(start).withSeed(name.hashCode());
    }

    private JsonNode input(String text) {
        if (text.isBlank()) {
            throw new ApiException("InvalidExecutionInput",
                    "Invalid State Machine Execution Input: 'Invalid execution input.'");
        }
        try {
            return registry.mapper.readTree(text);
        } catch (JsonProcessingException e) {
            throw new ApiException("InvalidExecutionInput",
                    "Invalid State Machine Execution Input: '" + e.getOriginalMessage() + "'");
        }
    }
}
