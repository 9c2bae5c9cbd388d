package dev.orrery.internal.interpreter;

import dev.orrery.internal.json.JsonCopies;
import dev.orrery.spi.TaskIntegration;
import dev.orrery.spi.TaskOutcome;
import dev.orrery.spi.TaskRequest;
import org.jspecify.annotations.Nullable;

/**
 * Wraps an execution's integration so that every outcome's JSON is copied once when it arrives: the integration (test
 * code) may keep and later change the nodes it answered with without changing the run.
 */
final class OwnedOutcomes implements TaskIntegration {

    private final TaskIntegration delegate;

    private OwnedOutcomes(TaskIntegration delegate) {
        this.delegate = delegate;
    }

    /** Return the integration wrapped, once. */
    static TaskIntegration of(TaskIntegration integration) {
        return integration instanceof OwnedOutcomes ? integration : new OwnedOutcomes(integration);
    }

    @Override
    public TaskOutcome invoke(TaskRequest request) {
        return owned(delegate.invoke(request));
    }

    private static @Nullable TaskOutcome owned(@Nullable TaskOutcome outcome) {
        if (outcome instanceof TaskOutcome.Success success) {
            return new TaskOutcome.Success(JsonCopies.deepCopy(success.result()), success.latency(),
                    success.heartbeats());
        }
        if (outcome instanceof TaskOutcome.Callback callback) {
            return new TaskOutcome.Callback(JsonCopies.deepCopy(callback.submittedOutput()),
                    owned(callback.answer()));
        }
        return outcome;
    }
}
