package dev.orrery.mock;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orrery.spi.TaskIntegration;
import dev.orrery.spi.TaskOutcome;
import dev.orrery.spi.TaskRequest;
import dev.orrery.spi.UnmockedTaskException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Immutable task responses declared per state name: each call of a state gets the next response of its sequence.
 *
 * <p>Two flavours share one class. Sequences built with {@link #builder()} repeat their last response, as Mockito's
 * stubbing does. Sequences read with {@link #fromStepFunctionsLocal(JsonNode)} follow Step Functions Local: a call
 * whose 0-based number no entry covers fails with {@code States.Runtime}. A state with no responses at all fails
 * closed with an {@link UnmockedTaskException} that says how to mock it.
 *
 * <pre>{@code
 * TaskMocks mocks = TaskMocks.builder()
 *     .returns("Validate", json("{\"valid\": true}"))
 *     .respond("Charge", TaskOutcome.failure("Payment.Declined", "card expired"), TaskOutcome.success(receipt))
 *     .build();
 * }</pre>
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class TaskMocks implements TaskIntegration {

    private final Map<String, ResponseSequence> byState;

    private TaskMocks(Map<String, ResponseSequence> byState) {
        this.byState = Collections.unmodifiableMap(new LinkedHashMap<>(byState));
    }

    /** Return mocks that answer nothing: every task fails closed. */
    public static TaskMocks none() {
        return new TaskMocks(Map.of());
    }

    /** Start declaring mocks. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Read Step Functions Local mocked responses keyed by state name: {@code {"Charge": {"0": {"Return": {...}},
     * "1-2": {"Throw": {"Error": "E", "Cause": "c"}}}}}.
     *
     * @throws IllegalArgumentException with the JSON pointer of the first malformed entry
     */
    public static TaskMocks fromStepFunctionsLocal(JsonNode responsesByState) {
        return new TaskMocks(StepFunctionsLocalResponses.read(responsesByState));
    }

    /** Return the names of the states that have responses, in declaration order. */
    public List<String> mockedStates() {
        return List.copyOf(byState.keySet());
    }

    @Override
    public TaskOutcome invoke(TaskRequest request) {
        ResponseSequence sequence = byState.get(request.stateName());
        if (sequence == null) {
            throw new UnmockedTaskException(unmockedMessage(request));
        }
        return sequence.responseFor(request.invocation());
    }

    private String unmockedMessage(TaskRequest request) {
        String mocked = byState.isEmpty() ? "none" : String.join(", ", byState.keySet());
        return "No mocked response for Task state \"" + request.stateName() + "\" (resource "
                + request.resource() + ", call #" + (request.invocation() + 1) + ").\n"
                + "Orrery never calls real services: declare what the task returns, e.g.\n"
                + "  TaskMocks.builder().returns(\"" + request.stateName() + "\", result)\n"
                + "or add an entry to the mocks file: {\"" + request.stateName()
                + "\": {\"0\": {\"Return\": {...}}}}\n"
                + "States with mocks: " + mocked;
    }

    /** Builds {@link TaskMocks}; not thread-safe, and each {@link #build()} returns an independent snapshot. */
    public static final class Builder {

        private final Map<String, ResponseSequence> byState = new LinkedHashMap<>();

        private Builder() {}

        /** Answer every call of the state with the given result. */
        public Builder returns(String stateName, JsonNode result) {
            return respond(stateName, TaskOutcome.success(result));
        }

        /** Fail every call of the state with the given error and cause. */
        public Builder fails(String stateName, String error, String cause) {
            return respond(stateName, TaskOutcome.failure(error, cause));
        }

        /** Answer the calls of the state in sequence; the last response repeats. Replaces earlier responses. */
        public Builder respond(String stateName, TaskOutcome first, TaskOutcome... then) {
            Objects.requireNonNull(stateName, "stateName");
            List<TaskOutcome> outcomes = new ArrayList<>();
            outcomes.add(Objects.requireNonNull(first, "first"));
            outcomes.addAll(List.of(then));
            byState.put(stateName, ResponseSequence.repeatingLast(outcomes));
            return this;
        }

        /** Return the mocks declared so far. */
        public TaskMocks build() {
            return new TaskMocks(byState);
        }
    }
}
