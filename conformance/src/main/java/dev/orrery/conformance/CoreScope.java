package dev.orrery.conformance;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.List;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * The core subset of the corpus: JSONPath only, state types Pass, Task, Choice, Wait, Succeed and Fail only, and none
 * of the features listed in {@link #EXCLUDED_FEATURES} (error handling, intrinsics, variables, callbacks, Map/Parallel).
 */
@API(status = INTERNAL, since = "0.1")
public final class CoreScope {

    /** The state types of the core subset. */
    public static final Set<String> STATE_TYPES = Set.of("Pass", "Task", "Choice", "Wait", "Succeed", "Fail");

    /** The features outside the core subset; {@code map-} covers every Map feature. */
    public static final Set<String> EXCLUDED_FEATURES = Set.of("intrinsic-functions", "variables-assign", "catch",
            "retry", "task-timeouts", "callback-wait-for-task-token", "activity", "sync-integration",
            "task-submitted", "parallel", "evaluation-failed-event");

    private CoreScope() {}

    /** Return whether the case is in the core subset. */
    public static boolean includes(ConformanceCase conformanceCase) {
        return includes(conformanceCase.queryLanguage(), conformanceCase.stateTypes(),
                conformanceCase.featureFlags());
    }

    /** Return whether a case of that language, those state types and those features is in scope. */
    public static boolean includes(String queryLanguage, List<String> stateTypes, List<String> features) {
        return queryLanguage.equals("JSONPath")
                && STATE_TYPES.containsAll(stateTypes)
                && features.stream().noneMatch(f -> EXCLUDED_FEATURES.contains(f) || f.startsWith("map-"));
    }
}
