package dev.orrery.server.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.orrery.coverage.CoverageSink;
import dev.orrery.mock.StepFunctionsLocalMockConfig;
import java.time.Clock;
import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * The Step Functions API over Orrery's engine: state machines, executions on the virtual clock, activities and task
 * tokens, held in memory. Thread-safe: the registries change under one lock, each execution under its own, and every
 * answer is built from a consistent snapshot. Each group of operations is its own class over a shared
 * {@link Registry}; this class checks a request against the service model and dispatches it.
 */
public final class StepFunctionsService {

    /** The account id of every ARN the endpoint makes, as in Step Functions Local. */
    public static final String ACCOUNT = "123456789012";

    /** The extra operation that moves the virtual clock of waiting executions (Orrery's own). */
    public static final String ADVANCE_TIME = "OrreryAdvanceTime";

    private final ServiceModel model;
    private final StateMachineOperations stateMachines;
    private final VersionOperations versions;
    private final AliasOperations aliases;
    private final ExecutionStarter starter;
    private final ExecutionOperations executions;
    private final CallbackOperations callbacks;
    private final ActivityOperations activities;
    private final TagOperations tags;
    private final DefinitionValidation validation;
    private final TestStateOperation testState = new TestStateOperation();

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
        this(model, mocks, clock, activityPoll, null);
    }

    /**
     * Create an empty service that hands each ended execution to a coverage sink.
     *
     * @param model the service model
     * @param mocks the MockConfigFile whose test cases {@code StartExecution} names after {@code #}, or {@code null}
     * @param clock the wall clock of creation dates and execution starts
     * @param activityPoll how long GetActivityTask waits for a task (wall time)
     * @param coverage where ended executions are handed, or {@code null}
     */
    public StepFunctionsService(ServiceModel model, @Nullable StepFunctionsLocalMockConfig mocks, Clock clock,
            Duration activityPoll, @Nullable CoverageSink coverage) {
        this.model = model;
        Registry registry = new Registry(mocks, clock, activityPoll);
        this.stateMachines = new StateMachineOperations(registry);
        this.versions = new VersionOperations(registry);
        this.aliases = new AliasOperations(registry);
        this.starter = new ExecutionStarter(registry, coverage);
        this.executions = new ExecutionOperations(registry);
        this.callbacks = new CallbackOperations(registry);
        this.activities = new ActivityOperations(registry);
        this.tags = new TagOperations(registry);
        this.validation = new DefinitionValidation();
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
            return executions.advanceTime(body);
        }
        if (!model.hasOperation(operation)) {
            throw new ApiException("UnknownOperationException", "Orrery: unknown operation AWSStepFunctions."
                    + operation);
        }
        model.validate(operation, body);
        ObjectNode request = (ObjectNode) body;
        return switch (operation) {
            case "CreateStateMachine" -> stateMachines.createStateMachine(request, region);
            case "DescribeStateMachine" -> stateMachines.describeStateMachine(request);
            case "UpdateStateMachine" -> stateMachines.updateStateMachine(request);
            case "DeleteStateMachine" -> stateMachines.deleteStateMachine(request);
            case "ListStateMachines" -> stateMachines.listStateMachines(request);
            case "StartExecution" -> starter.startExecution(request, region);
            case "StartSyncExecution" -> starter.startSyncExecution(request, region);
            case "DescribeExecution" -> executions.describeExecution(request);
            case "DescribeStateMachineForExecution" -> executions.describeStateMachineForExecution(request);
            case "GetExecutionHistory" -> executions.getExecutionHistory(request);
            case "ListExecutions" -> executions.listExecutions(request);
            case "StopExecution" -> executions.stopExecution(request);
            case "SendTaskSuccess" -> callbacks.sendTaskSuccess(request);
            case "SendTaskFailure" -> callbacks.sendTaskFailure(request);
            case "SendTaskHeartbeat" -> callbacks.sendTaskHeartbeat(request);
            case "CreateActivity" -> activities.createActivity(request, region);
            case "DescribeActivity" -> activities.describeActivity(request);
            case "DeleteActivity" -> activities.deleteActivity(request);
            case "ListActivities" -> activities.listActivities(request);
            case "GetActivityTask" -> activities.getActivityTask(request);
            case "ValidateStateMachineDefinition" -> validation.validateDefinition(request);
            case "PublishStateMachineVersion" -> versions.publishVersion(request);
            case "ListStateMachineVersions" -> versions.listVersions(request);
            case "DeleteStateMachineVersion" -> versions.deleteVersion(request);
            case "CreateStateMachineAlias" -> aliases.createAlias(request);
            case "DescribeStateMachineAlias" -> aliases.describeAlias(request);
            case "UpdateStateMachineAlias" -> aliases.updateAlias(request);
            case "DeleteStateMachineAlias" -> aliases.deleteAlias(request);
            case "ListStateMachineAliases" -> aliases.listAliases(request);
            case "TagResource" -> tags.tagResource(request);
            case "UntagResource" -> tags.untagResource(request);
            case "ListTagsForResource" -> tags.listTags(request);
            case "TestState" -> testState.testState(request, region);
            default -> throw new ApiException("UnknownOperationException", "Orrery: the Step Functions endpoint "
                    + "does not implement AWSStepFunctions." + operation);
        };
    }
}
