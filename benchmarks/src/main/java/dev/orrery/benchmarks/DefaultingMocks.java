package dev.orrery.benchmarks;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.orrery.mock.TaskMocks;
import dev.orrery.spi.TaskIntegration;
import dev.orrery.spi.TaskOutcome;
import dev.orrery.spi.TaskRequest;
import java.util.Set;

/**
 * Answers mocked states from Step Functions Local responses and every other Task state with
 * {@code {"ok": true, "state": name}}, as the peer benchmark's {@code bench.mjs} does.
 */
public final class DefaultingMocks implements TaskIntegration {

    private final TaskMocks mocks;
    private final Set<String> mocked;

    /** Answer the states of the given mocks from them, and the others with the default result. */
    public DefaultingMocks(TaskMocks mocks) {
        this.mocks = mocks;
        this.mocked = Set.copyOf(mocks.mockedStates());
    }

    @Override
    public TaskOutcome invoke(TaskRequest request) {
        if (mocked.contains(request.stateName())) {
            return mocks.invoke(request);
        }
        ObjectNode result = JsonNodeFactory.instance.objectNode();
        result.put("ok", true);
        result.put("state", request.stateName());
        return TaskOutcome.success(result);
    }
}
