package dev.orrery.internal.scaffold;

import dev.orrery.run.Execution;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What one run reached.
 *
 * @param execution the run, or {@code null} when it stopped without a result (a guard, an error of Orrery's)
 * @param covered the states, Choice branches and Catch edges it reached
 * @param calls the calls each Task state got
 * @param looped whether the run was stopped as a loop ({@link Runs#MAX_CALLS}): it may host other cases, but is
 *     not one
 */
record Reach(@Nullable Execution execution, Set<Target> covered, Map<String, Integer> calls, boolean looped) {

    static final Reach NONE = new Reach(null, Set.of(), Map.of(), false);

    Reach {
        covered = Collections.unmodifiableSet(new LinkedHashSet<>(covered));
        calls = Collections.unmodifiableMap(new LinkedHashMap<>(calls));
    }

    boolean reachedState(String name) {
        return covered.contains(Target.state(name));
    }
}
