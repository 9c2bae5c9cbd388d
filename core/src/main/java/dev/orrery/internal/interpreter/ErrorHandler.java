package dev.orrery.internal.interpreter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.orrery.internal.dataflow.ReferencePath;
import dev.orrery.internal.eval.ExpressionSyntaxException;
import dev.orrery.model.Catcher;
import dev.orrery.model.ErrorHandling;
import dev.orrery.model.Retrier;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.jspecify.annotations.Nullable;

/** A state's Retry and Catch compiled once: which retrier or catcher handles an error, and how. */
final class ErrorHandler {

    static final ErrorHandler NONE = new ErrorHandler(List.of(), List.of());

    private final List<Retrier> retriers;
    private final List<CompiledCatcher> catchers;

    private ErrorHandler(List<Retrier> retriers, List<CompiledCatcher> catchers) {
        this.retriers = retriers;
        this.catchers = catchers;
    }

    /** A catcher with its ResultPath compiled and its Next linked. */
    record CompiledCatcher(Catcher catcher, @Nullable ReferencePath resultPath, CompiledState next) {}

    static ErrorHandler compile(String stateName, ErrorHandling handling, CompiledGraph graph) {
        if (handling.retry().isEmpty() && handling.catchers().isEmpty()) {
            return NONE;
        }
        List<CompiledCatcher> catchers = new ArrayList<>();
        for (Catcher catcher : handling.catchers()) {
            try {
                ReferencePath path = catcher.resultPath() == null ? null : ReferencePath.compile(catcher.resultPath());
                catchers.add(new CompiledCatcher(catcher, path, graph.state(catcher.next())));
            } catch (ExpressionSyntaxException e) {
                throw new IllegalArgumentException("State \"" + stateName + "\": " + e.getMessage(), e);
            }
        }
        return new ErrorHandler(handling.retry(), catchers);
    }

    /** Return the index of the first retrier that matches the error, or -1. */
    int retrierFor(String error) {
        for (int i = 0; i < retriers.size(); i++) {
            if (matches(retriers.get(i).errorEquals(), error)) {
                return i;
            }
        }
        return -1;
    }

    /** Return the delay before the next retry by the given retrier, or {@code null} when it has no attempts left. */
    @Nullable
    Duration retryDelay(int retrier, int attemptsSoFar, SplittableRandom random) {
        Retrier r = retriers.get(retrier);
        if (attemptsSoFar >= r.maxAttempts()) {
            return null;
        }
        double seconds = r.intervalSeconds() * Math.pow(r.backoffRate(), attemptsSoFar);
        if (r.maxDelaySeconds() != null) {
            seconds = Math.min(seconds, r.maxDelaySeconds());
        }
        if (r.jitterStrategy() == Retrier.JitterStrategy.FULL) {
            seconds = random.nextDouble() * seconds;
        }
        return Duration.ofMillis(Math.round(seconds * 1000));
    }

    /** Return the first catcher that matches the error, or {@code null}. */
    @Nullable
    CompiledCatcher catcherFor(String error) {
        for (CompiledCatcher catcher : catchers) {
            if (matches(catcher.catcher().errorEquals(), error)) {
                return catcher;
            }
        }
        return null;
    }

    /** Return the catcher's output: the error output placed in the raw input by its ResultPath. */
    static JsonNode caughtOutput(CompiledCatcher catcher, JsonNode rawInput, String error, @Nullable String cause) {
        ObjectNode errorOutput = JsonNodeFactory.instance.objectNode();
        errorOutput.put("Error", error);
        errorOutput.put("Cause", cause == null ? "" : cause);
        return catcher.resultPath() == null ? rawInput : catcher.resultPath().merge(rawInput, errorOutput);
    }

    /**
     * Return whether an ErrorEquals list matches the error: by name, {@code States.ALL} (every error but the
     * terminal {@code States.Runtime} and {@code States.DataLimitExceeded}), or {@code States.TaskFailed} (every
     * error but {@code States.Timeout} and the terminal ones).
     */
    static boolean matches(List<String> errorEquals, String error) {
        boolean terminal = error.equals("States.Runtime") || error.equals("States.DataLimitExceeded");
        for (String name : errorEquals) {
            if (name.equals(error)
                    || (!terminal && name.equals("States.ALL"))
                    || (!terminal && name.equals("States.TaskFailed") && !error.equals("States.Timeout"))) {
                return true;
            }
        }
        return false;
    }
}
