package dev.orrery.internal.interpreter;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One child of a Parallel or Map state entry as far as it ran: its input, how it ended, and when it started and
 * stopped.
 *
 * @param input the child's input
 * @param outcome how it ended, or {@code null} when it was aborted or never started
 * @param started when it started, or {@code null} when it never started
 * @param stopped when it ended or was aborted, or {@code null} when it never started
 */
record ChildRun(JsonNode input, @Nullable FiberOutcome outcome, @Nullable Instant started, @Nullable Instant stopped) {

    /** Return whether the child never started. */
    boolean pending() {
        return started == null;
    }

    /** Return whether the child started but was aborted before it ended. */
    boolean aborted() {
        return started != null && outcome == null;
    }
}
