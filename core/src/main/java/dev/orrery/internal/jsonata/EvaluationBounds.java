package dev.orrery.internal.jsonata;

import com.dashjoin.jsonata.Jsonata;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The bounds of one JSONata evaluation, as AWS bounds its own: nesting depth, the memory a value holds, and a step
 * budget that ends endless (tail-recursive) loops.
 *
 * <p>Installed as the library's entry and exit callbacks, so it sees every sub-expression. The bounds are counts,
 * never the wall clock, so an expression fails or succeeds the same way on every run and every machine:
 * <ul>
 *   <li>depth: more than {@value #MAX_DEPTH} nested evaluations fail with the library's stack overflow message
 *       (measured on AWS: a nesting near 100 is refused; 100 is also the JSONata reference implementation's bound);
 *   <li>memory: a value estimated above {@value #MAX_VALUE_BYTES} bytes (a character a byte, an array or object
 *       entry eight bytes) fails with AWS's memory-limit message (measured on AWS: {@code [1..873782]} is accepted
 *       and {@code [1..873783]} refused, a string of 2^22 characters accepted and 2^23 refused);
 *   <li>steps: more than {@value #MAX_STEPS} evaluated sub-expressions fail with the JSONata reference
 *       implementation's timeout message. AWS bounds evaluation time instead; the step budget is Orrery's own, chosen
 *       to stay well above what AWS's time bound lets through.
 * </ul>
 *
 * <p>A bound is remembered once tripped, because the library swallows some exceptions (a replacement function of
 * {@code $replace}); {@link #check()} raises it again after the evaluation.
 */
final class EvaluationBounds {

    /** The deepest nesting of evaluations an expression may reach. */
    static final int MAX_DEPTH = 100;

    /** The largest value, in estimated bytes, an expression may build. */
    static final long MAX_VALUE_BYTES = 873_782L * 8;

    /** The most sub-expressions one evaluation may evaluate. */
    static final long MAX_STEPS = 10_000_000L;

    /** The JSONata reference implementation's message for its depth bound. */
    static final String DEPTH_MESSAGE = "Stack overflow error: Check for non-terminating recursive function.  "
            + "Consider rewriting as tail-recursive.";

    /** AWS's message for an expression that holds too much memory (recorded on AWS). */
    static final String MEMORY_MESSAGE = "Expression evaluation memory limit exceeded: Check for excessive memory usage";

    /** The JSONata reference implementation's message for its time bound; Orrery raises it at its step budget. */
    static final String STEPS_MESSAGE = "Expression evaluation timeout: Check for infinite loop";

    private final long maxSteps;
    private int depth;
    private long steps;
    private @Nullable String exceeded;

    EvaluationBounds() {
        this(MAX_STEPS);
    }

    EvaluationBounds(long maxSteps) {
        this.maxSteps = maxSteps;
    }

    /** Install the bounds on the frame an expression is evaluated with. */
    void installOn(Jsonata.Frame frame) {
        frame.setEvaluateEntryCallback((expression, input, environment) -> enter(environment));
        frame.setEvaluateExitCallback((expression, input, environment, result) -> exit(environment, result));
    }

    private void enter(Jsonata.Frame environment) {
        if (++steps > maxSteps) {
            throw exceed(STEPS_MESSAGE);
        }
        if (!environment.isParallelCall && ++depth > MAX_DEPTH) {
            throw exceed(DEPTH_MESSAGE);
        }
    }

    private void exit(Jsonata.Frame environment, @Nullable Object result) {
        if (!environment.isParallelCall) {
            depth--;
        }
        if (estimatedBytes(result) > MAX_VALUE_BYTES) {
            throw exceed(MEMORY_MESSAGE);
        }
    }

    /** Return the message of the bound this evaluation exceeded, or {@code null}. */
    @Nullable String exceeded() {
        return exceeded;
    }

    /** Raise the bound this evaluation exceeded, if any, even when the library swallowed it. */
    void check() {
        if (exceeded != null) {
            throw new BoundExceededException(exceeded);
        }
    }

    private BoundExceededException exceed(String message) {
        exceeded = message;
        return new BoundExceededException(message);
    }

    /** Estimate the bytes a value holds at its top level: a character a byte, an entry eight bytes. */
    static long estimatedBytes(@Nullable Object value) {
        if (value instanceof CharSequence text) {
            return text.length();
        }
        if (value instanceof List<?> list) {
            return 8L * list.size();
        }
        if (value instanceof Map<?, ?> map) {
            return 8L * map.size();
        }
        return 0;
    }

    /** Fail when a value about to be built would exceed the memory bound. */
    static void requireWithinMemory(long bytes) {
        if (bytes > MAX_VALUE_BYTES) {
            throw new BoundExceededException(MEMORY_MESSAGE);
        }
    }

    /** Raised when an evaluation exceeds a bound; the message is the cause's tail. */
    static final class BoundExceededException extends RuntimeException {

        private static final long serialVersionUID = 1L;

        BoundExceededException(String message) {
            super(message, null, false, false);
        }
    }
}
