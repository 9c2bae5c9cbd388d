package dev.orrery.conformance;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.List;
import org.apiguardian.api.API;

/**
 * Which open issue a failing conformance case waits for, from its recorded features: the reason a known-failures
 * line gives so that every entry names the work that will remove it.
 */
@API(status = INTERNAL, since = "0.1")
public final class IssueOwnership {

    private IssueOwnership() {}

    /** Return the owning issue of a failing case, e.g. {@code "#4 Parallel/Map"}, or {@code "unassigned"}. */
    public static String owner(CaseResult result) {
        List<String> features = result.features();
        if (features.contains("parallel") || features.stream().anyMatch(f -> f.startsWith("map-"))
                || result.stateTypes().contains("Map") || result.stateTypes().contains("Parallel")) {
            return "#4 Parallel/Map";
        }
        if (!result.queryLanguage().equals("JSONPath") || features.contains("variables-assign")
                || features.contains("evaluation-failed-event")) {
            return "#5 JSONata/variables";
        }
        if (features.contains("callback-wait-for-task-token") || features.contains("activity")
                || features.contains("sync-integration") || features.contains("task-submitted")) {
            return "#7 callbacks/activities/.sync";
        }
        if (features.contains("optimized-integration") || features.contains("aws-sdk-integration")
                || features.contains("lambda-legacy-resource")) {
            return "#6 mocks/response shapes";
        }
        return "unassigned";
    }
}
