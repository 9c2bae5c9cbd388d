package dev.orrery.server.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.orrery.history.HistoryEvent;
import dev.orrery.mock.StepFunctionsLocalMockConfig;
import dev.orrery.parse.AslParser;
import dev.orrery.parse.Diagnostic;
import dev.orrery.parse.InvalidDefinitionException;
import dev.orrery.parse.ParseResult;
import dev.orrery.parse.Severity;
import dev.orrery.run.Execution;
import dev.orrery.run.ExecutionLimitExceededException;
import dev.orrery.run.ExecutionOptions;
import dev.orrery.run.ExecutionStatus;
import dev.orrery.run.PendingCallback;
import dev.orrery.run.StateMachineRunner;
import dev.orrery.spi.TaskIntegration;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The Step Functions API over Orrery's engine: state machines, executions on the virtual clock, activities and task
 * tokens, held in memory. Thread-safe: the registries change under one lock, each execution under its own, and every
 * answer is built from a consistent snapshot.
 */
public final class StepFunctionsService {

    /** The account id of every ARN the endpoint makes, as in Step Functions Local. */
    public static final String ACCOUNT = "123456789012";

    /** The extra operation that moves the virtual clock of waiting executions (Orrery's own). */
    public static final String ADVANCE_TIME = "OrreryAdvanceTime";

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Set<String> STATE_MACHINE = Set.of("stateMachine");
    private static final Set<String> EXECUTION = Set.of("execution");
    private static final Set<String> ACTIVITY = Set.of("activity");

    private final ServiceModel model;
    private final @Nullable StepFunctionsLocalMockConfig mocks;
    private final Clock clock;
    private final Duration activityPoll;
    private final ObjectMapper mapper = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    private final Object lock = new Object();
    private final Object progress = new Object();
    private final Map<String, StateMachineRecord> machines = new LinkedHashMap<>();
    private final Map<String, ExecutionRecord> executions = new LinkedHashMap<>();
    private final Map<String, ActivityRecord> activities = new LinkedHashMap<>();
    private final Map<String, ExecutionRecord> tokenOwners = new ConcurrentHashMap<>();
    private final Map<String, Map<String, String>> tags = new LinkedHashMap<>();
    private final Map<String, VersionRecord> versions = new LinkedHashMap<>();
    private final Map<String, Integer> lastVersion = new LinkedHashMap<>();
    private final Map<String, AliasRecord> aliases = new LinkedHashMap<>();
    private final java.util.SplittableRandom routing = new java.util.SplittableRandom();

    /**
     * Create an empty service.
     *
     * @param model the service model
     * @param mocks the MockConfigFile whose test cases {@code StartExecution} names after {@code #}, or {@code null}
     * @param clock the wall clock of creation dates and execution starts
     * @param activityPoll how long GetActivityTask waits for a task (wall time)
     */
    public StepFunctionsService(ServiceModel model, @Nullable StepFunctionsLocalMockConfig mocks, Clock clock,
            Duration activityPoll) {
        this.model = model;
        this.mocks = mocks;
        this.clock = clock;
        this.activityPoll = activityPoll;
    }

    /**
     * Answer one API call.
     *
     * @param operation the operation, from {@code X-Amz-Target}
     * @param body the request body
     * @param region the region the client signed for
     * @return the response body
     * @throws ApiException the error answer
     */
    public ObjectNode handle(String operation, JsonNode body, String region) {
        if (operation.equals(ADVANCE_TIME)) {
            return advanceTime(body);
        }
        if (!model.hasOperation(operation)) {
            throw new ApiException("UnknownOperationException", "Orrery: unknown operation AWSStepFunctions."
                    + operation);
        }
        model.validate(operation, body);
        ObjectNode request = (ObjectNode) body;
        return switch (operation) {
            case "CreateStateMachine" -> createStateMachine(request, region);
            case "DescribeStateMachine" -> describeStateMachine(request);
            case "UpdateStateMachine" -> updateStateMachine(request);
            case "DeleteStateMachine" -> deleteStateMachine(request);
            case "ListStateMachines" -> listStateMachines(request);
            case "StartExecution" -> startExecution(request, region);
            case "StartSyncExecution" -> startSyncExecution(request, region);
            case "DescribeExecution" -> describeExecution(request);
            case "DescribeStateMachineForExecution" -> describeStateMachineForExecution(request);
            case "GetExecutionHistory" -> getExecutionHistory(request);
            case "ListExecutions" -> listExecutions(request);
            case "StopExecution" -> stopExecution(request);
            case "SendTaskSuccess" -> sendTaskSuccess(request);
            case "SendTaskFailure" -> sendTaskFailure(request);
            case "SendTaskHeartbeat" -> sendTaskHeartbeat(request);
            case "CreateActivity" -> createActivity(request, region);
            case "DescribeActivity" -> describeActivity(request);
            case "DeleteActivity" -> deleteActivity(request);
            case "ListActivities" -> listActivities(request);
            case "GetActivityTask" -> getActivityTask(request);
            case "ValidateStateMachineDefinition" -> validateDefinition(request);
            case "PublishStateMachineVersion" -> publishVersion(request);
            case "ListStateMachineVersions" -> listVersions(request);
            case "DeleteStateMachineVersion" -> deleteVersion(request);
            case "CreateStateMachineAlias" -> createAlias(request);
            case "DescribeStateMachineAlias" -> describeAlias(request);
            case "UpdateStateMachineAlias" -> updateAlias(request);
            case "DeleteStateMachineAlias" -> deleteAlias(request);
            case "ListStateMachineAliases" -> listAliases(request);
            case "TagResource" -> tagResource(request);
            case "UntagResource" -> untagResource(request);
            case "ListTagsForResource" -> listTags(request);
            default -> throw new ApiException("UnknownOperationException", "Orrery: the Step Functions endpoint "
                    + "does not implement AWSStepFunctions." + operation);
        };
    }

    // ---- state machines

    private ObjectNode createStateMachine(ObjectNode request, String region) {
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
        Instant now = now();
        String arn = Arns.stateMachine(region, ACCOUNT, name);
        synchronized (lock) {
            StateMachineRecord existing = machines.get(arn);
            if (existing != null) {
                if (existing.definition().equals(definition) && existing.roleArn().equals(
                        request.get("roleArn").asText()) && existing.type().equals(type)) {
                    ObjectNode response = NODES.objectNode().put("stateMachineArn", arn);
                    response.set("creationDate", date(existing.creationDate()));
                    if (publish) {
                        response.put("stateMachineVersionArn", publish(existing,
                                text(request, "versionDescription", null)).arn());
                    }
                    return response;
                }
                throw new ApiException("StateMachineAlreadyExists", "State Machine Already Exists: '" + arn + "'");
            }
            StateMachineRecord created = new StateMachineRecord(arn, name, type, definition, parsed,
                    request.get("roleArn").asText(), logging, tracing, now, now, null,
                    text(request, "description", null));
            machines.put(arn, created);
            addTags(arn, request.get("tags"));
            ObjectNode response = NODES.objectNode().put("stateMachineArn", arn);
            response.set("creationDate", date(now));
            if (publish) {
                response.put("stateMachineVersionArn", publish(created, text(request, "versionDescription", null))
                        .arn());
            }
            return response;
        }
    }

    private ObjectNode describeStateMachine(ObjectNode request) {
        String arn = request.get("stateMachineArn").asText();
        VersionRecord version = version(arn);
        StateMachineRecord machine = version != null ? version.revision() : machine(arn);
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
        putVariableReferences(response, machine);
        return response;
    }

    private ObjectNode updateStateMachine(ObjectNode request) {
        String arn = request.get("stateMachineArn").asText();
        Arns.parse(arn, STATE_MACHINE);
        if (!request.hasNonNull("definition") && !request.hasNonNull("roleArn")
                && !request.hasNonNull("loggingConfiguration") && !request.hasNonNull("tracingConfiguration")) {
            throw new ApiException("MissingRequiredParameter", "Either the definition, the role ARN, the "
                    + "LoggingConfiguration, or the TracingConfiguration must be specified");
        }
        boolean publish = request.path("publish").asBoolean(false);
        if (request.hasNonNull("versionDescription") && !publish) {
            throw new ApiException("ValidationException", "Version description can only be set when publish is true");
        }
        StateMachineRecord current = machine(arn);
        String definition = text(request, "definition", current.definition());
        var parsed = request.hasNonNull("definition") ? parseDefinition(definition, current.type()) : current.parsed();
        JsonNode logging = logging(request.get("loggingConfiguration"), current.logging());
        JsonNode tracing = tracing(request.get("tracingConfiguration"), current.tracing());
        Instant now = now();
        String roleArn = text(request, "roleArn", current.roleArn());
        boolean changed = !definition.equals(current.definition()) || !roleArn.equals(current.roleArn())
                || !logging.equals(current.logging()) || !tracing.equals(current.tracing());
        ObjectNode response = NODES.objectNode();
        synchronized (lock) {
            StateMachineRecord latest = machines.get(arn);
            if (latest == null) {
                throw ApiException.stateMachineDoesNotExist(arn);
            }
            if (changed) {
                latest = new StateMachineRecord(arn, current.name(), current.type(), definition, parsed, roleArn,
                        logging, tracing, current.creationDate(), now, UUID.randomUUID().toString(),
                        current.description());
                machines.put(arn, latest);
            }
            response.set("updateDate", date(changed ? now : latest.updateDate()));
            if (latest.revisionId() != null) {
                response.put("revisionId", latest.revisionId());
            }
            if (publish) {
                response.put("stateMachineVersionArn", publish(latest, text(request, "versionDescription", null))
                        .arn());
            }
        }
        return response;
    }

    private ObjectNode deleteStateMachine(ObjectNode request) {
        String arn = request.get("stateMachineArn").asText();
        Arns.parse(arn, STATE_MACHINE);
        synchronized (lock) {
            machines.remove(arn);
            tags.remove(arn);
            versions.values().removeIf(v -> v.revision().arn().equals(arn));
            lastVersion.remove(arn);
            aliases.values().removeIf(a -> a.stateMachineArn().equals(arn));
        }
        return NODES.objectNode();
    }

    private ObjectNode listStateMachines(ObjectNode request) {
        List<StateMachineRecord> all;
        synchronized (lock) {
            all = new ArrayList<>(machines.values());
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

    private StateMachineRecord machine(String arn) {
        Arns.parse(arn, STATE_MACHINE);
        synchronized (lock) {
            StateMachineRecord machine = machines.get(arn);
            if (machine == null) {
                throw ApiException.stateMachineDoesNotExist(arn);
            }
            return machine;
        }
    }

    // ---- executions

    private ObjectNode startExecution(ObjectNode request, String region) {
        String target = request.get("stateMachineArn").asText();
        int hash = target.indexOf('#');
        String arn = hash < 0 ? target : target.substring(0, hash);
        VersionRecord version = version(arn);
        AliasRecord alias;
        synchronized (lock) {
            alias = version == null ? aliases.get(arn) : null;
        }
        if (alias != null) {
            version = routed(alias);
            if (version == null) {
                throw new ApiException("ResourceNotFound", "Request references a resource that does not exist.");
            }
        }
        StateMachineRecord machine = version != null ? version.revision() : machine(arn);
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
        Instant start = now();
        synchronized (lock) {
            ExecutionRecord existing = executions.get(executionArn);
            if (existing != null) {
                if (existing.status() == ExecutionStatus.RUNNING && existing.input().equals(input)) {
                    return started(existing);
                }
                throw new ApiException("ExecutionAlreadyExists", "Execution Already Exists: '" + executionArn + "'");
            }
        }
        ExecutionOptions options = options(machine, region, name, start);
        List<String> activityArns;
        synchronized (lock) {
            activityArns = new ArrayList<>(activities.keySet());
        }
        StateMachineRunner runner = (machine.express()
                ? StateMachineRunner.createExpress(machine.parsed(), integration, options)
                : StateMachineRunner.create(machine.parsed(), integration, options))
                .withActivities(activityArns.toArray(String[]::new));
        ExecutionRecord record = new ExecutionRecord(executionArn, name, machine,
                version == null ? null : version.arn(), alias == null ? null : alias.arn(), inputText, input, start,
                runner::start);
        synchronized (lock) {
            if (executions.putIfAbsent(executionArn, record) != null) {
                throw new ApiException("ExecutionAlreadyExists", "Execution Already Exists: '" + executionArn + "'");
            }
        }
        progressed(record);
        return started(record);
    }

    private static ObjectNode started(ExecutionRecord record) {
        ObjectNode response = NODES.objectNode().put("executionArn", record.arn());
        response.set("startDate", date(record.startDate()));
        return response;
    }

    private ObjectNode startSyncExecution(ObjectNode request, String region) {
        String target = request.get("stateMachineArn").asText();
        int hash = target.indexOf('#');
        String arn = hash < 0 ? target : target.substring(0, hash);
        StateMachineRecord machine = machine(arn);
        if (!machine.express()) {
            throw ApiException.typeNotSupported();
        }
        TaskIntegration integration = hash < 0 ? ServerTasks.INSTANCE
                : testCase(machine.name(), target.substring(hash + 1));
        String inputText = text(request, "input", "{}");
        JsonNode input = input(inputText);
        String name = text(request, "name", UUID.randomUUID().toString());
        requireValidName(name);
        Instant start = now();
        String executionArn = "arn:aws:states:" + region + ":" + ACCOUNT + ":express:" + machine.name() + ":"
                + name + ":" + UUID.randomUUID();
        ExecutionOptions options = options(machine, region, name, start);
        ObjectNode response = NODES.objectNode().put("executionArn", executionArn)
                .put("stateMachineArn", machine.arn()).put("name", name);
        response.set("startDate", date(start));
        Execution execution;
        try {
            execution = StateMachineRunner.createExpress(machine.parsed(), integration, options).run(input);
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
        if (mocks == null) {
            throw new ApiException("ValidationException", "Orrery: the execution names the test case '" + testCase
                    + "' but the endpoint has no mock configuration (set SFN_MOCK_CONFIG or --mock-config)");
        }
        try {
            return mocks.testCase(machineName, testCase, ServerTasks.INSTANCE);
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
            return mapper.readTree(text);
        } catch (JsonProcessingException e) {
            throw new ApiException("InvalidExecutionInput",
                    "Invalid State Machine Execution Input: '" + e.getOriginalMessage() + "'");
        }
    }

    private ObjectNode describeExecution(ObjectNode request) {
        ExecutionRecord record = execution(request.get("executionArn").asText());
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

    private ObjectNode describeStateMachineForExecution(ObjectNode request) {
        ExecutionRecord record = execution(request.get("executionArn").asText());
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
        putVariableReferences(response, machine);
        return response;
    }

    private void putVariableReferences(ObjectNode response, StateMachineRecord machine) {
        try {
            ObjectNode references = VariableReferences.of(mapper.readTree(machine.definition()));
            if (references != null) {
                response.set("variableReferences", references);
            }
        } catch (JsonProcessingException e) {
            // the definition parsed as JSON when it was stored; an unreadable one has no references to report
        }
    }

    private ObjectNode getExecutionHistory(ObjectNode request) {
        ExecutionRecord record = execution(request.get("executionArn").asText());
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

    private ObjectNode listExecutions(ObjectNode request) {
        if (request.hasNonNull("mapRunArn")) {
            throw new ApiException("ValidationException", "Orrery: the endpoint runs no Distributed Map runs; "
                    + "list executions by stateMachineArn");
        }
        if (!request.hasNonNull("stateMachineArn")) {
            throw new ApiException("ValidationException", "Orrery: ListExecutions needs a stateMachineArn");
        }
        String arn = request.get("stateMachineArn").asText();
        VersionRecord version = version(arn);
        StateMachineRecord machine = version != null ? version.revision() : machine(arn);
        if (machine.express()) {
            throw ApiException.typeNotSupported();
        }
        String status = text(request, "statusFilter", null);
        List<ExecutionRecord> matching = new ArrayList<>();
        synchronized (lock) {
            for (ExecutionRecord record : executions.values()) {
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

    private ObjectNode stopExecution(ObjectNode request) {
        ExecutionRecord record = execution(request.get("executionArn").asText());
        String error = text(request, "error", null);
        String cause = text(request, "cause", null);
        record.step(session -> session.stop(error, cause));
        progressed(record);
        ObjectNode response = NODES.objectNode();
        response.set("stopDate", date(record.snapshot().stopTime()));
        return response;
    }

    private ExecutionRecord execution(String arn) {
        Arns.parse(arn, EXECUTION);
        synchronized (lock) {
            ExecutionRecord record = executions.get(arn);
            if (record == null) {
                throw ApiException.executionDoesNotExist(arn);
            }
            return record;
        }
    }

    private ObjectNode advanceTime(JsonNode body) {
        if (!body.isObject() || !body.path("seconds").isNumber() || body.path("seconds").asDouble() < 0
                || (body.has("executionArn") && !body.get("executionArn").isTextual())) {
            throw new ApiException("ValidationException", "Orrery: " + ADVANCE_TIME + " takes {\"seconds\": "
                    + "<non-negative number>} and optionally \"executionArn\": <the execution to advance> (default: "
                    + "every running execution)");
        }
        Duration by = Duration.ofMillis(body.get("seconds").decimalValue().movePointRight(3).longValue());
        List<ExecutionRecord> targets = new ArrayList<>();
        if (body.has("executionArn")) {
            targets.add(execution(body.get("executionArn").asText()));
        } else {
            synchronized (lock) {
                executions.values().stream().filter(r -> r.status() == ExecutionStatus.RUNNING).forEach(targets::add);
            }
        }
        ObjectNode response = NODES.objectNode();
        ArrayNode list = response.putArray("executions");
        for (ExecutionRecord record : targets) {
            record.step(session -> session.advanceBy(by));
            progressed(record);
            list.addObject().put("executionArn", record.arn()).put("status", record.status().name());
        }
        return response;
    }

    // ---- task tokens

    private ObjectNode sendTaskSuccess(ObjectNode request) {
        String token = request.get("taskToken").asText();
        JsonNode output;
        try {
            output = mapper.readTree(request.get("output").asText());
        } catch (JsonProcessingException e) {
            throw new ApiException("InvalidOutput", "Invalid Output: '" + e.getOriginalMessage() + "'");
        }
        answer(token, "SendTaskSuccess", (record, session) -> session.sendTaskSuccess(token, output));
        return NODES.objectNode();
    }

    private ObjectNode sendTaskFailure(ObjectNode request) {
        String token = request.get("taskToken").asText();
        String error = text(request, "error", "");
        String cause = text(request, "cause", null);
        answer(token, "SendTaskFailure", (record, session) -> session.sendTaskFailure(token, error, cause));
        return NODES.objectNode();
    }

    private ObjectNode sendTaskHeartbeat(ObjectNode request) {
        String token = request.get("taskToken").asText();
        answer(token, "SendTaskHeartbeat", (record, session) -> session.sendTaskHeartbeat(token));
        return NODES.objectNode();
    }

    private interface Answer {
        void apply(ExecutionRecord record, dev.orrery.run.ExecutionSession session);
    }

    private void answer(String token, String operation, Answer answer) {
        ExecutionRecord owner = tokenOwners.get(token);
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
        progressed(owner);
    }

    // ---- activities

    private ObjectNode createActivity(ObjectNode request, String region) {
        String name = request.get("name").asText();
        requireValidName(name);
        String arn = Arns.activity(region, ACCOUNT, name);
        ActivityRecord activity;
        synchronized (lock) {
            activity = activities.computeIfAbsent(arn, a -> new ActivityRecord(a, name, now()));
            addTags(arn, request.get("tags"));
        }
        ObjectNode response = NODES.objectNode().put("activityArn", arn);
        response.set("creationDate", date(activity.creationDate()));
        return response;
    }

    private ObjectNode describeActivity(ObjectNode request) {
        ActivityRecord activity = activity(request.get("activityArn").asText());
        ObjectNode response = NODES.objectNode().put("activityArn", activity.arn()).put("name", activity.name());
        response.set("creationDate", date(activity.creationDate()));
        response.set("encryptionConfiguration", NODES.objectNode().put("type", "AWS_OWNED_KEY"));
        return response;
    }

    private ObjectNode deleteActivity(ObjectNode request) {
        String arn = request.get("activityArn").asText();
        Arns.parse(arn, ACTIVITY);
        synchronized (lock) {
            activities.remove(arn);
            tags.remove(arn);
        }
        return NODES.objectNode();
    }

    private ObjectNode listActivities(ObjectNode request) {
        List<ActivityRecord> all;
        synchronized (lock) {
            all = new ArrayList<>(activities.values());
        }
        var page = Pages.page(all, integer(request, "maxResults"), text(request, "nextToken", null),
                "ListActivities");
        ObjectNode response = NODES.objectNode();
        ArrayNode list = response.putArray("activities");
        for (ActivityRecord activity : page.items()) {
            list.addObject().put("activityArn", activity.arn()).put("name", activity.name())
                    .set("creationDate", date(activity.creationDate()));
        }
        putToken(response, page.nextToken());
        return response;
    }

    private ActivityRecord activity(String arn) {
        Arns.parse(arn, ACTIVITY);
        synchronized (lock) {
            ActivityRecord activity = activities.get(arn);
            if (activity == null) {
                throw ApiException.activityDoesNotExist(arn);
            }
            return activity;
        }
    }

    private ObjectNode getActivityTask(ObjectNode request) {
        ActivityRecord activity = activity(request.get("activityArn").asText());
        String worker = text(request, "workerName", null);
        long deadline = System.nanoTime() + activityPoll.toNanos();
        while (true) {
            long version;
            synchronized (progress) {
                version = progressCount;
            }
            Optional<PendingCallback> task = takeTask(activity.arn(), worker);
            if (task.isPresent()) {
                return NODES.objectNode().put("taskToken", task.get().taskToken())
                        .put("input", task.get().parameters().toString());
            }
            synchronized (progress) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return NODES.objectNode();
                }
                if (progressCount == version) {
                    try {
                        progress.wait(Math.max(1, left / 1_000_000));
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return NODES.objectNode();
                    }
                }
            }
        }
    }

    private long progressCount;

    private Optional<PendingCallback> takeTask(String activityArn, @Nullable String worker) {
        List<ExecutionRecord> running;
        synchronized (lock) {
            running = executions.values().stream().filter(r -> r.status() == ExecutionStatus.RUNNING).toList();
        }
        for (ExecutionRecord record : running) {
            Optional<PendingCallback> task = record.takeActivityTask(activityArn, worker);
            if (task.isPresent()) {
                return task;
            }
        }
        return Optional.empty();
    }

    /** Register the tokens an execution hands out and wake the GetActivityTask polls. */
    private void progressed(ExecutionRecord record) {
        record.pending().forEach(callback -> tokenOwners.put(callback.taskToken(), record));
        synchronized (progress) {
            progressCount++;
            progress.notifyAll();
        }
    }

    // ---- versions

    /** Return the version of the machine's current revision, publishing it first if it has none; under the lock. */
    private VersionRecord publish(StateMachineRecord revision, @Nullable String description) {
        for (VersionRecord version : versions.values()) {
            if (version.revision().arn().equals(revision.arn())
                    && java.util.Objects.equals(version.revision().revisionId(), revision.revisionId())) {
                return version;
            }
        }
        int number = lastVersion.merge(revision.arn(), 1, Integer::sum);
        VersionRecord version = new VersionRecord(revision.arn() + ":" + number, number, revision, description,
                now());
        versions.put(version.arn(), version);
        return version;
    }

    private @Nullable VersionRecord version(String arn) {
        Arns.parse(arn, STATE_MACHINE);
        synchronized (lock) {
            return versions.get(arn);
        }
    }

    private ObjectNode publishVersion(ObjectNode request) {
        String arn = request.get("stateMachineArn").asText();
        StateMachineRecord machine = machine(arn);
        String revisionId = text(request, "revisionId", null);
        synchronized (lock) {
            StateMachineRecord latest = machines.getOrDefault(arn, machine);
            if (revisionId != null && !revisionId.equals(latest.revisionId())) {
                throw new ApiException("ConflictException", "Failed to publish the State Machine version for "
                        + "revision " + revisionId + ". The current State Machine revision is "
                        + latest.revisionId() + ".");
            }
            VersionRecord version = publish(latest, text(request, "description", null));
            ObjectNode response = NODES.objectNode();
            response.set("creationDate", date(version.creationDate()));
            response.put("stateMachineVersionArn", version.arn());
            return response;
        }
    }

    private ObjectNode listVersions(ObjectNode request) {
        StateMachineRecord machine = machine(request.get("stateMachineArn").asText());
        List<VersionRecord> list = new ArrayList<>();
        synchronized (lock) {
            versions.values().stream().filter(v -> v.revision().arn().equals(machine.arn())).forEach(list::add);
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

    private ObjectNode deleteVersion(ObjectNode request) {
        String arn = request.get("stateMachineVersionArn").asText();
        Arns.parse(arn, STATE_MACHINE);
        synchronized (lock) {
            versions.remove(arn);
        }
        return NODES.objectNode();
    }

    // ---- aliases

    private ObjectNode createAlias(ObjectNode request) {
        String name = request.get("name").asText();
        JsonNode routingConfiguration = request.get("routingConfiguration");
        String machineArn = checkRouting(routingConfiguration);
        String arn = machineArn + ":" + name;
        Instant now = now();
        synchronized (lock) {
            AliasRecord existing = aliases.get(arn);
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
            aliases.put(arn, alias);
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
            Arns.parse(arn, STATE_MACHINE);
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
        synchronized (lock) {
            for (String arn : arns) {
                if (!versions.containsKey(arn)) {
                    throw new ApiException("ResourceNotFound", "Resource not found: '" + arn + "'");
                }
            }
        }
        return machineArn;
    }

    private AliasRecord alias(String arn) {
        Arns.parse(arn, STATE_MACHINE);
        synchronized (lock) {
            AliasRecord alias = aliases.get(arn);
            if (alias == null) {
                throw new ApiException("ResourceNotFound", "Request references a resource that does not exist.");
            }
            return alias;
        }
    }

    private ObjectNode describeAlias(ObjectNode request) {
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

    private ObjectNode updateAlias(ObjectNode request) {
        AliasRecord alias = alias(request.get("stateMachineAliasArn").asText());
        JsonNode routingConfiguration = request.get("routingConfiguration");
        if (routingConfiguration != null && !routingConfiguration.isNull()) {
            checkRouting(routingConfiguration);
        }
        Instant now = now();
        synchronized (lock) {
            aliases.put(alias.arn(), new AliasRecord(alias.arn(), alias.stateMachineArn(), alias.name(),
                    text(request, "description", alias.description()),
                    routingConfiguration == null || routingConfiguration.isNull() ? alias.routing()
                            : routingConfiguration.deepCopy(), alias.creationDate(), now));
        }
        ObjectNode response = NODES.objectNode();
        response.set("updateDate", date(now));
        return response;
    }

    private ObjectNode deleteAlias(ObjectNode request) {
        String arn = request.get("stateMachineAliasArn").asText();
        Arns.parse(arn, STATE_MACHINE);
        synchronized (lock) {
            aliases.remove(arn);
        }
        return NODES.objectNode();
    }

    private ObjectNode listAliases(ObjectNode request) {
        StateMachineRecord machine = machine(request.get("stateMachineArn").asText());
        List<AliasRecord> list = new ArrayList<>();
        synchronized (lock) {
            aliases.values().stream().filter(a -> a.stateMachineArn().equals(machine.arn())).forEach(list::add);
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

    /** Return the version an execution through the alias runs, drawn by the routing weights. */
    private @Nullable VersionRecord routed(AliasRecord alias) {
        int draw;
        synchronized (routing) {
            draw = routing.nextInt(100);
        }
        int sum = 0;
        for (JsonNode item : alias.routing()) {
            sum += item.path("weight").asInt();
            if (draw < sum) {
                synchronized (lock) {
                    return versions.get(item.path("stateMachineVersionArn").asText());
                }
            }
        }
        return null;
    }

    // ---- tags

    private ObjectNode tagResource(ObjectNode request) {
        String arn = taggable(request.get("resourceArn").asText());
        synchronized (lock) {
            addTags(arn, request.get("tags"));
        }
        return NODES.objectNode();
    }

    private ObjectNode untagResource(ObjectNode request) {
        String arn = taggable(request.get("resourceArn").asText());
        synchronized (lock) {
            Map<String, String> current = tags.get(arn);
            if (current != null) {
                request.get("tagKeys").forEach(key -> current.remove(key.asText()));
            }
        }
        return NODES.objectNode();
    }

    private ObjectNode listTags(ObjectNode request) {
        String arn = taggable(request.get("resourceArn").asText());
        ObjectNode response = NODES.objectNode();
        ArrayNode list = response.putArray("tags");
        synchronized (lock) {
            tags.getOrDefault(arn, Map.of()).forEach((key, value) -> list.addObject().put("key", key)
                    .put("value", value));
        }
        return response;
    }

    /** Return the ARN of a state machine or activity that exists; AWS's {@code ResourceNotFound} otherwise. */
    private String taggable(String arn) {
        Arns.parse(arn, Set.of("stateMachine", "activity"));
        synchronized (lock) {
            if (!machines.containsKey(arn) && !activities.containsKey(arn)) {
                throw new ApiException("ResourceNotFound", "Resource not found: '" + arn + "'");
            }
        }
        return arn;
    }

    /** Add tags (later keys replace earlier ones); call under the lock. */
    private void addTags(String arn, @Nullable JsonNode given) {
        if (given == null || given.isNull()) {
            return;
        }
        Map<String, String> current = tags.computeIfAbsent(arn, a -> new LinkedHashMap<>());
        given.forEach(tag -> current.put(tag.path("key").asText(), tag.path("value").asText("")));
    }

    // ---- validation

    private ObjectNode validateDefinition(ObjectNode request) {
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

    // ---- helpers

    private static void requireValidName(String name) {
        if (!Arns.validName(name)) {
            throw ApiException.invalidName(name);
        }
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    /** Return a timestamp as the JSON protocol sends it: epoch seconds with milliseconds. */
    static JsonNode date(Instant instant) {
        return NODES.numberNode(BigDecimal.valueOf(instant.toEpochMilli(), 3));
    }

    private static void putToken(ObjectNode response, @Nullable String token) {
        if (token != null) {
            response.put("nextToken", token);
        }
    }

    private static @Nullable String text(JsonNode request, String field, @Nullable String fallback) {
        JsonNode value = request.get(field);
        return value == null || value.isNull() ? fallback : value.asText();
    }

    private static @Nullable Integer integer(JsonNode request, String field) {
        JsonNode value = request.get(field);
        return value == null || value.isNull() ? null : value.asInt();
    }
}
