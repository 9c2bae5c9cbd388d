package dev.orrery.internal.interpreter;

import dev.orrery.spi.TaskOutcome;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * How and when, counted from the start of the call, a task call ends on the virtual clock: it completes after its
 * latency, or Step Functions times it out at {@code TimeoutSeconds}, or at {@code HeartbeatSeconds} after the start
 * or the last heartbeat when no heartbeat or completion comes within that time, or it never ends.
 *
 * @param kind how the call ends
 * @param after when, from the start of the call ({@link Duration#ZERO} for {@link Kind#NEVER})
 */
record TaskEnd(Kind kind, Duration after) {

    /** The ways a task call ends. */
    enum Kind {
        /** The outcome arrives (success or failure). */
        COMPLETED,
        /** TimeoutSeconds passed first. */
        TIMED_OUT,
        /** HeartbeatSeconds passed without a heartbeat. */
        HEARTBEAT_TIMED_OUT,
        /** Nothing ever ends the call. */
        NEVER
    }

    /**
     * Return how the call ends. A completion exactly at a deadline completes; a task timeout and a heartbeat
     * timeout at the same instant is a task timeout.
     */
    static TaskEnd of(TaskOutcome outcome, @Nullable Integer timeoutSeconds, @Nullable Integer heartbeatSeconds) {
        Duration completion = outcome instanceof TaskOutcome.NoResponse ? null : outcome.latency();
        Duration timeout = timeoutSeconds == null ? null : Duration.ofSeconds(timeoutSeconds);
        Duration heartbeat = heartbeatSeconds == null ? null
                : heartbeatDeadline(outcome.heartbeats(), completion, Duration.ofSeconds(heartbeatSeconds));
        Duration first = earliest(completion, earliest(timeout, heartbeat));
        if (first == null) {
            return new TaskEnd(Kind.NEVER, Duration.ZERO);
        }
        if (first.equals(completion)) {
            return new TaskEnd(Kind.COMPLETED, first);
        }
        return new TaskEnd(first.equals(timeout) ? Kind.TIMED_OUT : Kind.HEARTBEAT_TIMED_OUT, first);
    }

    /** Return when a missed heartbeat times the call out, or {@code null} when the call completes in time. */
    static @Nullable Duration heartbeatDeadline(List<Duration> heartbeats, @Nullable Duration completion,
            Duration interval) {
        List<Duration> sorted = new ArrayList<>(heartbeats);
        Collections.sort(sorted);
        Duration last = Duration.ZERO;
        for (Duration beat : sorted) {
            if (completion != null && beat.compareTo(completion) >= 0) {
                break;
            }
            if (beat.minus(last).compareTo(interval) > 0) {
                return last.plus(interval);
            }
            last = beat;
        }
        if (completion != null && completion.minus(last).compareTo(interval) <= 0) {
            return null;
        }
        return last.plus(interval);
    }

    private static @Nullable Duration earliest(@Nullable Duration a, @Nullable Duration b) {
        if (a == null) {
            return b;
        }
        return b == null || a.compareTo(b) <= 0 ? a : b;
    }
}
