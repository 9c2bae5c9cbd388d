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
 */
record Reach(@Nullable Execution execution, Set<Target> covered, Map<String, Integer> calls) {

    static final Reach NONE = new Reach(null, Set.of(), Map.of());

    Reach {
        covered = Collections.unmodifiableSet(new LinkedHashSet<>(covered));
        calls = Collections.unmodifiableMap(new LinkedHashMap<>(calls));
    }

    boolean reachedState(String name) {
        return covered.contains(Target.state(name));
    }
}
