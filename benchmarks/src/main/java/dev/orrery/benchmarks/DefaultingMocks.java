package dev.orrery.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.orrery.mock.TaskMocks;
import dev.orrery.spi.TaskIntegration;
import dev.orrery.spi.TaskOutcome;
import dev.orrery.spi.TaskRequest;
import java.util.HashMap;
import java.util.Map;

/**
 * Answers Task states the way the peer benchmark's {@code bench.mjs} does, so both sides run the same work: mocked
 * states from their Step Functions Local responses, repeating the last response past the last covered call (where
 * Step Functions Local itself would fail), and every other Task state with {@code {"ok": true, "state": name}}.
 */
public final class DefaultingMocks implements TaskIntegration {

    private final TaskMocks mocks;
    private final Map<String, Integer> lastCoveredCall = new HashMap<>();

    /** Answer from the given per-state Step Functions Local responses ({@code {"State": {"0": {...}}}}). */
    public DefaultingMocks(JsonNode responsesByState) {
        this.mocks = TaskMocks.fromStepFunctionsLocal(responsesByState);
        responsesByState.properties().forEach(state -> {
            int last = 0;
            for (var range : state.getValue().properties()) {
                String[] bounds = range.getKey().split("-");
                last = Math.max(last, Integer.parseInt(bounds[bounds.length - 1]));
            }
            lastCoveredCall.put(state.getKey(), last);
        });
    }

    @Override
    public TaskOutcome invoke(TaskRequest request) {
        Integer last = lastCoveredCall.get(request.stateName());
        if (last == null) {
            ObjectNode result = JsonNodeFactory.instance.objectNode();
            result.put("ok", true);
            result.put("state", request.stateName());
            return TaskOutcome.success(result);
        }
        TaskRequest covered = request.invocation() <= last ? request
                : new TaskRequest(request.stateName(), request.resource(), request.payload(), last,
                        request.retryCount(), request.taskToken(), request.context());
        return mocks.invoke(covered);
    }
}
