package dev.orrery.internal.interpreter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.orrery.internal.dataflow.ReferencePath;
import dev.orrery.internal.eval.ExpressionSyntaxException;
import dev.orrery.internal.json.SmallFieldMap;
import dev.orrery.model.Catcher;
import dev.orrery.model.ErrorHandling;
import dev.orrery.model.Retrier;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/** A state's Retry and Catch compiled once: which retrier or catcher handles an error, and how. */
public final class ErrorHandler {

    static final ErrorHandler NONE = new ErrorHandler(List.of(), List.of());

    /** The fields of an error output, in order. */
    private static final SmallFieldMap.Shape ERROR_OUTPUT = SmallFieldMap.Shape.of("Error", "Cause");

    /** The most retries of a retrier whose delays are worked out once, when it is compiled. */
    private static final int KNOWN_DELAYS = 8;

    private final List<Retrier> retriers;
    private final List<CompiledCatcher> catchers;
    // per retrier, the delays of its first retries when they draw no random number (no FULL jitter), else null:
    // the same values RetryBackoff computes at each retry, computed once
    private final Duration[] @Nullable [] knownDelays;
    private final int attemptsRoom;

    private ErrorHandler(List<Retrier> retriers, List<CompiledCatcher> catchers) {
        this.retriers = retriers;
        this.catchers = catchers;
        this.knownDelays = new Duration[retriers.size()][];
        long most = 1;
        for (Retrier retrier : retriers) {
            most += Math.max(0, retrier.maxAttempts());
        }
        this.attemptsRoom = (int) Math.max(2, Math.min(4, most));
        for (int i = 0; i < retriers.size(); i++) {
            Retrier retrier = retriers.get(i);
            if (retrier.jitterStrategy() != Retrier.JitterStrategy.FULL) {
                Duration[] delays = new Duration[Math.max(0, Math.min(KNOWN_DELAYS, retrier.maxAttempts()))];
                for (int attempts = 0; attempts < delays.length; attempts++) {
                    delays[attempts] = RetryBackoff.delay(retrier, attempts, () -> {
                        throw new IllegalStateException("a retrier without FULL jitter draws no number");
                    });
                }
                knownDelays[i] = delays;
            }
        }
    }

    /**
     * Return the room to make for a visit's attempts when its first one ends: one attempt and each retry its
     * retriers can make, from 2 to 4 (a list past that grows as it needs).
     */
    int attemptsRoom() {
        return attemptsRoom;
    }

    /** A catcher with its ResultPath compiled and its Next linked. */
    record CompiledCatcher(Catcher catcher, @Nullable ReferencePath resultPath, CompiledState next, int index) {}

    static ErrorHandler compile(String stateName, ErrorHandling handling, CompiledGraph graph) {
        if (handling.retry().isEmpty() && handling.catchers().isEmpty()) {
            return NONE;
        }
        List<CompiledCatcher> catchers = new ArrayList<>();
        for (Catcher catcher : handling.catchers()) {
            try {
                ReferencePath path = catcher.resultPath() == null ? null : ReferencePath.compile(catcher.resultPath());
                catchers.add(new CompiledCatcher(catcher, path, graph.state(catcher.next()), catchers.size()));
            } catch (ExpressionSyntaxException e) {
                throw new IllegalArgumentException("State \"" + stateName + "\": " + e.getMessage(), e);
            }
        }
        return new ErrorHandler(handling.retry(), catchers);
    }

    /** Return the index of the first retrier that matches the error, or -1. */
    int retrierFor(String error) {
        return retrierFor(new StepResult.Failed(error, null));
    }

    /** Return the index of the first retrier that matches the failure, or -1. */
    int retrierFor(StepResult.Failed failure) {
        for (int i = 0; i < retriers.size(); i++) {
            if (matches(retriers.get(i).errorEquals(), failure.error(), failure.heartbeatTimeout())) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Return the delay before the next retry by the given retrier, or {@code null} when it has no attempts left:
     * {@code IntervalSeconds × BackoffRate^attempts}, capped by {@code MaxDelaySeconds}, then with FULL jitter a
     * uniform draw between 0 and that from the execution's seeded random source (asked for only then); in whole
     * milliseconds.
     */
    @Nullable
    Duration retryDelay(int retrier, int attemptsSoFar, Supplier<SplittableRandom> random) {
        Duration[] known = knownDelays[retrier];
        if (known != null && attemptsSoFar >= 0 && attemptsSoFar < known.length) {
            return known[attemptsSoFar];
        }
        return RetryBackoff.delay(retriers.get(retrier), attemptsSoFar, random);
    }

    /** Return the first catcher that matches the error, or {@code null}. */
    @Nullable
    CompiledCatcher catcherFor(String error) {
        return catcherFor(new StepResult.Failed(error, null));
    }

    /** Return the first catcher that matches the failure, or {@code null}. */
    @Nullable
    CompiledCatcher catcherFor(StepResult.Failed failure) {
        for (CompiledCatcher catcher : catchers) {
            if (matches(catcher.catcher().errorEquals(), failure.error(), failure.heartbeatTimeout())) {
                return catcher;
            }
        }
        return null;
    }

    /** Return the catcher's output: the error output placed in the raw input by its ResultPath. */
    static JsonNode caughtOutput(CompiledCatcher catcher, JsonNode rawInput, String error, @Nullable String cause) {
        return caughtOutput(catcher, rawInput, errorOutput(error, cause));
    }

    /** Return the catcher's output: the given error output placed in the raw input by its ResultPath. */
    static JsonNode caughtOutput(CompiledCatcher catcher, JsonNode rawInput, ObjectNode errorOutput) {
        return catcher.resultPath() == null ? rawInput : catcher.resultPath().merge(rawInput, errorOutput);
    }

    /**
     * Return the error output a catcher sees: {@code {"Error", "Cause"}}, the cause {@code ""} when there is none; a
     * failure without an error name (the empty name) has {@code null} for both when it has no cause, as recorded on
     * AWS for SendTaskFailure without error and cause.
     */
    static ObjectNode errorOutput(String error, @Nullable String cause) {
        ObjectNode errorOutput = SmallFieldMap.objectNode(ERROR_OUTPUT);
        if (error.isEmpty()) {
            errorOutput.putNull("Error");
            errorOutput.put("Cause", cause);
        } else {
            errorOutput.put("Error", error);
            errorOutput.put("Cause", cause == null ? "" : cause);
        }
        return errorOutput;
    }

    /** Return whether an ErrorEquals list matches the error (not a heartbeat timeout). */
    static boolean matches(List<String> errorEquals, String error) {
        return matches(errorEquals, error, false);
    }

    /**
     * Return whether an ErrorEquals list matches the error: by name; {@code States.ALL} matches every error but
     * {@code States.Runtime}; {@code States.TaskFailed} every error but {@code States.Timeout} and
     * {@code States.Runtime}; {@code States.HeartbeatTimeout} a {@code States.Timeout} caused by a missed heartbeat.
     * A {@code States.DataLimitExceeded} that reaches Retry or Catch came from a task result and is matched like any
     * task error (as recorded on AWS); one raised for a state's own output ends the execution before Retry and Catch.
     */
    public static boolean matches(List<String> errorEquals, String error, boolean heartbeatTimeout) {
        boolean runtime = error.equals("States.Runtime");
        for (String name : errorEquals) {
            if (name.equals(error)
                    || (!runtime && name.equals("States.ALL"))
                    || (!runtime && name.equals("States.TaskFailed") && !error.equals("States.Timeout"))
                    || (heartbeatTimeout && name.equals("States.HeartbeatTimeout"))) {
                return true;
            }
        }
        return false;
    }
}
