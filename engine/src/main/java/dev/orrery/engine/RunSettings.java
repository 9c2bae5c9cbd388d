package dev.orrery.engine;

import dev.orrery.run.ExecutionOptions;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The options of a file or of a case for its runs; a case's own options win over its file's. Each is {@code null}
 * when not given.
 *
 * @param lenient whether unused mocks are tolerated ({@code strictness: lenient}), or {@code null} for strict
 * @param executionName the execution's name ({@code $$.Execution.Name}), or {@code null}
 * @param startTime the virtual instant the execution starts at, or {@code null}
 * @param seed the seed of the execution's random draws, or {@code null}
 * @param maxTransitions the number of state entries after which the run stops, or {@code null}
 * @param maxVirtualDuration the virtual time after which the run stops, or {@code null}
 * @param activities the ARNs of the activities that exist, or {@code null} when every activity exists
 */
record RunSettings(@Nullable Boolean lenient, @Nullable String executionName, @Nullable Instant startTime,
        @Nullable Long seed, @Nullable Integer maxTransitions, @Nullable Duration maxVirtualDuration,
        @Nullable List<String> activities) {

    /** No option given. */
    static final RunSettings NONE = new RunSettings(null, null, null, null, null, null, null);

    /** Copy the activities. */
    RunSettings {
        activities = activities == null ? null : List.copyOf(activities);
    }

    /** Return these settings with the base's where these give none. */
    RunSettings over(RunSettings base) {
        return new RunSettings(lenient != null ? lenient : base.lenient,
                executionName != null ? executionName : base.executionName,
                startTime != null ? startTime : base.startTime, seed != null ? seed : base.seed,
                maxTransitions != null ? maxTransitions : base.maxTransitions,
                maxVirtualDuration != null ? maxVirtualDuration : base.maxVirtualDuration,
                activities != null ? activities : base.activities);
    }

    /** Return whether unused mocks are tolerated. */
    boolean isLenient() {
        return lenient != null && lenient;
    }

    /** Return the options with these settings applied. */
    ExecutionOptions apply(ExecutionOptions options) {
        ExecutionOptions applied = options;
        if (executionName != null) {
            applied = applied.withExecutionName(executionName);
        }
        if (startTime != null) {
            applied = applied.withStartTime(startTime);
        }
        if (seed != null) {
            applied = applied.withSeed(seed);
        }
        if (maxTransitions != null) {
            applied = applied.withMaxTransitions(maxTransitions);
        }
        if (maxVirtualDuration != null) {
            applied = applied.withMaxVirtualDuration(maxVirtualDuration);
        }
        return applied;
    }
}
