package dev.orrery.conformance;

import static org.apiguardian.api.API.Status.INTERNAL;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.orrery.spi.TaskIntegration;
import dev.orrery.spi.TaskOutcome;
import dev.orrery.spi.TaskRequest;
import dev.orrery.spi.UnmockedTaskException;
import java.time.Duration;
import java.util.IdentityHashMap;
import java.util.Map;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Replays a case's recorded task calls: per state, one entry per call in call order, chosen by
 * {@link TaskRequest#invocation()}, or by the recorded request when the case's call order is not reliable: then the
 * call gets the entry at its invocation number when that entry's request matches, else the first matching entry not
 * used yet, so calls with equal requests (concurrent iterations of one Map) replay distinct entries in recorded order.
 *
 * <p>{@code {"return": R}} answers with a success, {@code {"throw": {"error", "cause"}}} with a failure (a
 * key is absent when AWS recorded none: a {@code throw} with neither is a failure without error name and cause). An entry whose
 * {@code event} ends in {@code TimedOut} was timed out by Step Functions itself: it answers with a success that takes
 * {@link #NEVER} of virtual time, so the state's own timeout must fire first.
 */
@API(status = INTERNAL, since = "0.1")
public final class CaseMocks implements TaskIntegration {

    /** The latency of a call that Step Functions timed out: longer than any timeout. */
    public static final Duration NEVER = Duration.ofDays(36_525);

    private final ObjectNode mocks;
    private final boolean matchByRequest;
    private final Map<JsonNode, Boolean> used = new IdentityHashMap<>();

    /**
     * Create the replay.
     *
     * @param mocks the case's {@code mocks} object
     * @param matchByRequest choose the entry whose recorded request matches the call's payload
     */
    public CaseMocks(ObjectNode mocks, boolean matchByRequest) {
        this.mocks = mocks;
        this.matchByRequest = matchByRequest;
    }

    /** Return the replay of the case's mocks; entries are matched by request for {@code concurrent-mock-order}. */
    public static CaseMocks of(ConformanceCase conformanceCase) {
        return new CaseMocks(conformanceCase.mocks(), conformanceCase.hasNote("concurrent-mock-order"));
    }

    @Override
    public TaskOutcome invoke(TaskRequest request) {
        JsonNode calls = mocks.get(request.stateName());
        if (calls == null || !calls.isArray() || calls.isEmpty()) {
            throw new UnmockedTaskException("The recording has no task call of state \"" + request.stateName()
                    + "\" (resource " + request.resource() + ")");
        }
        JsonNode entry = matchByRequest ? byRequest(calls, request) : null;
        if (entry == null) {
            entry = calls.get(request.invocation());
        }
        if (entry != null) {
            used.put(entry, Boolean.TRUE);
        }
        if (entry == null) {
            throw new UnmockedTaskException("The recording has " + calls.size() + " call(s) of state \""
                    + request.stateName() + "\" but the execution made call #" + request.invocation() + " (0-based)");
        }
        return outcome(entry);
    }

    /**
     * Return the outcome one recorded entry stands for; an entry with {@code submitted} (a callback or
     * {@code .sync} call) is a {@link TaskOutcome.Callback} submitted with it and answered by the rest of the entry
     * (a timed-out one never answers).
     */
    static TaskOutcome outcome(JsonNode entry) {
        if (entry.has("submitted")) {
            TaskOutcome answer = entry.path("event").asText().endsWith("TimedOut")
                    ? TaskOutcome.NoResponse.silent() : answer(entry);
            return new TaskOutcome.Callback(entry.get("submitted"), answer);
        }
        if (entry.path("event").asText().endsWith("TimedOut")) {
            return new TaskOutcome.Success(JsonNodeFactory.instance.objectNode(), NEVER);
        }
        return answer(entry);
    }

    private static TaskOutcome answer(JsonNode entry) {
        if (entry.has("return")) {
            return TaskOutcome.success(entry.get("return"));
        }
        JsonNode thrown = entry.get("throw");
        if (thrown == null || !thrown.isObject()) {
            throw new IllegalArgumentException("mock entry has neither \"return\" nor \"throw\": " + entry);
        }
        // keys absent when AWS recorded none: a throw with neither is a failure with neither
        JsonNode error = thrown.get("error");
        JsonNode cause = thrown.get("cause");
        return TaskOutcome.failure(error == null || error.isNull() ? TaskOutcome.NO_ERROR : error.asText(),
                cause == null || cause.isNull() ? null : cause.isTextual() ? cause.asText() : cause.toString());
    }

    private @Nullable JsonNode byRequest(JsonNode calls, TaskRequest request) {
        JsonNode own = calls.get(request.invocation());
        if (own != null && !used.containsKey(own) && matches(own, request.payload())) {
            return own;
        }
        JsonNode reused = null;
        for (JsonNode call : calls) {
            if (matches(call, request.payload())) {
                if (!used.containsKey(call)) {
                    return call;
                }
                reused = reused == null ? call : reused;
            }
        }
        return reused;
    }

    private static boolean matches(JsonNode call, JsonNode payload) {
        JsonNode request = call.path("request");
        JsonNode recorded = request.has("parameters") ? request.get("parameters") : request.get("input");
        return payload.equals(recorded);
    }
}
