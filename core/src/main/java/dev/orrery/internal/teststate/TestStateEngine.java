package dev.orrery.internal.teststate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.orrery.internal.interpreter.CompiledMachine;
import dev.orrery.internal.interpreter.SingleStateRun;
import dev.orrery.model.QueryLanguage;
import dev.orrery.model.StateMachine;
import dev.orrery.parse.AslParser;
import dev.orrery.parse.Diagnostic;
import dev.orrery.parse.ParseResult;
import dev.orrery.run.ExecutionOptions;
import dev.orrery.spi.TaskIntegration;
import dev.orrery.spi.TaskOutcome;
import dev.orrery.teststate.InspectionLevel;
import dev.orrery.teststate.StateConfiguration;
import dev.orrery.teststate.TestStateException;
import dev.orrery.teststate.TestStateMock;
import dev.orrery.teststate.TestStateRequest;
import dev.orrery.teststate.TestStateResult;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Answers a TestState request: checks it as AWS does, runs the state once in a machine of its own
 * ({@link SyntheticMachine}, {@link SingleStateRun}) with the mock as its task's or Map's or Parallel's result, and
 * builds the response ({@link ResultBuilder}).
 */
public final class TestStateEngine {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private TestStateEngine() {}

    /**
     * Answer the request.
     *
     * @param integration answers a Task that has no mock
     * @throws TestStateException when AWS would refuse the request
     */
    public static TestStateResult run(TestStateRequest request, TaskIntegration integration,
            ExecutionOptions options) {
        JsonNode definition = json(request.definition(), RequestChecks.INVALID_DEFINITION,
                "Invalid State Machine Definition: 'INVALID_JSON_DESCRIPTION: %s'");
        String name;
        JsonNode state;
        if (request.stateName() != null) {
            valid(AslParser.parse(request.definition()));
            state = SyntheticMachine.find(definition, request.stateName());
            if (state == null) {
                throw RequestChecks.validation("State not found in definition");
            }
            name = request.stateName();
        } else {
            state = definition;
            name = SyntheticMachine.SINGLE_STATE_NAME;
        }
        String type = RequestChecks.type(state);
        StateMachine machine = valid(AslParser.parse(
                SyntheticMachine.around(name, state, definition.get("QueryLanguage")).toString()));
        RequestChecks.check(request, state, type == null ? "" : type);
        return execute(request, state, type == null ? "" : type, machine, integration, options);
    }

    private static TestStateResult execute(TestStateRequest request, JsonNode state, String type,
            StateMachine machine, TaskIntegration integration, ExecutionOptions options) {
        JsonNode input = request.input() == null ? MAPPER.createObjectNode()
                : json(request.input(), "InvalidExecutionInput", "Invalid input: %s");
        JsonNode context = request.context() == null ? null : json(request.context(), RequestChecks.VALIDATION,
                "Invalid Context object provided: %s");
        if (context != null) {
            RequestChecks.checkContext(context, state, type);
        }
        StateConfiguration configuration =
                request.stateConfiguration() == null ? StateConfiguration.NONE : request.stateConfiguration();
        TaskOutcome mocked = mockOutcome(request.mock(), state, type);
        String unvalidated = mocked instanceof TaskOutcome.Success success && request.mock() != null
                ? MockFieldValidation.check(success.result(), state, type, request.mock().fieldValidationMode())
                : null;
        boolean compound = type.equals("Map") || type.equals("Parallel");
        if (context == null) {
            context = TestStateContext.build(options, input, request.roleArn(), type, taskToken(state, type),
                    configuration.retrierRetryCount() == null ? 0 : configuration.retrierRetryCount(),
                    withinMap(request));
        }
        SingleStateRun.Setup setup = new SingleStateRun.Setup(context, variables(request.variables()),
                compound ? mocked : null, configuration.mapItemReaderData() == null ? null
                        : json(configuration.mapItemReaderData(), RequestChecks.VALIDATION,
                                "Invalid mapItemReaderData: %s"),
                configuration.retrierRetryCount() == null ? 0 : configuration.retrierRetryCount(),
                configuration.mapIterationFailureCount());
        TaskIntegration tasks = mocked == null ? integration : call -> mocked;
        SingleStateRun.Outcome outcome =
                SingleStateRun.run(CompiledMachine.compile(machine), input, tasks, options, setup);
        if (outcome.map() != null) {
            RequestChecks.checkFailureCount(outcome.map().itemCount(), configuration, withinMap(request));
        }
        InspectionLevel level = request.inspectionLevel() == null ? InspectionLevel.INFO : request.inspectionLevel();
        boolean jsonata = Objects.requireNonNull(machine.state(machine.startAt())).queryLanguage() == QueryLanguage.JSONATA;
        // AWS counts all a connection adds as secrets, shown only with revealSecrets
        boolean reveal = Boolean.TRUE.equals(request.revealSecrets());
        return ResultBuilder.build(outcome, state, type, jsonata, level, mocked != null, unvalidated,
                context, arn -> reveal && integration instanceof dev.orrery.http.HttpTasks http
                        ? http.connection(arn).orElse(null) : null);
    }

    /** Return whether the request names a state inside a Map's {@code ItemProcessor}. */
    private static boolean withinMap(TestStateRequest request) {
        return request.stateName() != null && SyntheticMachine.withinMap(json(request.definition(),
                RequestChecks.INVALID_DEFINITION, "%s"), request.stateName());
    }

    private static @Nullable TaskOutcome mockOutcome(@Nullable TestStateMock mock, JsonNode state, String type) {
        if (mock == null) {
            return null;
        }
        if (mock.hasError()) {
            return TaskOutcome.failure(mock.error() == null ? "" : mock.error(), mock.cause());
        }
        JsonNode result = mockResult(mock.result() == null ? "null" : mock.result());
        RequestChecks.checkMockResult(result, state, type);
        return TaskOutcome.success(result);
    }

    /** Parse a mocked result; AWS's message for one that is no JSON is recorded by LocalStack's snapshots. */
    private static JsonNode mockResult(String text) {
        try {
            JsonNode node = MAPPER.readTree(text);
            if (node != null && !node.isMissingNode()) {
                return node;
            }
        } catch (JsonProcessingException e) {
            // refused below
        }
        throw RequestChecks.validation("Mocked result must be valid JSON");
    }

    private static @Nullable String taskToken(JsonNode state, String type) {
        JsonNode resource = state.get("Resource");
        return type.equals("Task") && resource != null && resource.asText().endsWith(".waitForTaskToken")
                ? "TestStateTaskToken" : null;
    }

    private static Map<String, JsonNode> variables(@Nullable String text) {
        if (text == null) {
            return Map.of();
        }
        JsonNode node = json(text, RequestChecks.VALIDATION, "Invalid variables: %s");
        if (!node.isObject()) {
            throw RequestChecks.validation("Invalid variables: a JSON object is expected");
        }
        Map<String, JsonNode> variables = new LinkedHashMap<>();
        node.fields().forEachRemaining(entry -> variables.put(entry.getKey(), entry.getValue()));
        return variables;
    }

    private static StateMachine valid(ParseResult parsed) {
        List<Diagnostic> errors = parsed.errors();
        if (!errors.isEmpty() || parsed.stateMachine() == null) {
            throw new TestStateException(RequestChecks.INVALID_DEFINITION, "Invalid State Machine Definition: "
                    + errors.stream().map(d -> "'" + d.code() + ": " + d.message() + " at " + d.location() + "'")
                            .collect(Collectors.joining(", ")));
        }
        return parsed.stateMachine();
    }

    /**
     * Parse JSON text, or refuse the request with the code and the message (whose {@code %s} is the parser's
     * reason); the messages are Orrery's wording (no recording shows AWS's for malformed JSON).
     */
    private static JsonNode json(String text, String code, String message) {
        try {
            JsonNode node = MAPPER.readTree(text);
            if (node == null || node.isMissingNode()) {
                throw new TestStateException(code, String.format(message, "no JSON value"));
            }
            return node;
        } catch (JsonProcessingException e) {
            throw new TestStateException(code, String.format(message, e.getOriginalMessage()));
        }
    }
}
