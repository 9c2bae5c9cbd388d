package dev.orrery.internal.replay;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orrery.spi.TaskIntegration;
import dev.orrery.spi.TaskOutcome;
import dev.orrery.spi.TaskRequest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Answers a replayed run's task calls with the recorded answers: for a call of a state, among that state's recorded
 * calls not replayed yet, the first (in the order they were scheduled) whose request matches the call's payload, else
 * the first. A call the recording has no answer left for is noted and never answers: the replay
 * stops there.
 *
 * <p>One instance per replayed run (it remembers which answers it gave).
 */
public final class ReplayIntegration implements TaskIntegration {

    private final Map<String, List<AnsweredCall>> recorded;
    private final Map<String, List<AnsweredCall>> left = new HashMap<>();
    private int calls;
    private @Nullable Unanswered unanswered;

    /** A call the recording never answered. */
    public record Unanswered(TaskRequest request, int ordinal, int recordedCalls) {}

    /**
     * Create the integration over the recorded calls.
     *
     * @param recorded per state name, the recorded calls in call order
     */
    public ReplayIntegration(Map<String, List<AnsweredCall>> recorded) {
        this.recorded = recorded;
    }

    @Override
    public TaskOutcome invoke(TaskRequest request) {
        int ordinal = calls++;
        List<AnsweredCall> candidates = left.computeIfAbsent(request.stateName(),
                s -> new ArrayList<>(recorded.getOrDefault(s, List.of())));
        if (candidates.isEmpty()) {
            if (unanswered == null) {
                unanswered = new Unanswered(request, ordinal,
                        recorded.getOrDefault(request.stateName(), List.of()).size());
            }
            return TaskOutcome.NoResponse.silent();
        }
        AnsweredCall chosen = choose(candidates, request);
        candidates.remove(chosen);
        return fitted(chosen.answer(), request.resource());
    }

    /** Return the first call the recording did not answer, or {@code null}. */
    public @Nullable Unanswered unanswered() {
        return unanswered;
    }

    private static AnsweredCall choose(List<AnsweredCall> candidates, TaskRequest request) {
        JsonNode payload = request.payload();
        for (AnsweredCall call : candidates) {
            if (call.request() != null && Redacted.matches(call.request(), payload)) {
                return call;
            }
        }
        return candidates.get(0);
    }

    /**
     * Return the answer in the form the resource takes: a callback answer only for resources that wait for one
     * ({@code .waitForTaskToken}, {@code .sync}), since a changed definition may call another resource.
     */
    private static TaskOutcome fitted(TaskOutcome answer, String resource) {
        if (answer instanceof TaskOutcome.Callback callback && !waits(resource)) {
            return callback.answer() == null ? TaskOutcome.NoResponse.silent() : callback.answer();
        }
        return answer;
    }

    private static boolean waits(String resource) {
        return resource.endsWith(".waitForTaskToken") || resource.endsWith(".sync") || resource.endsWith(".sync:2");
    }
}
