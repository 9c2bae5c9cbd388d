package dev.orrery.conformance;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.List;
import org.apiguardian.api.API;

/**
 * The feature group a failing conformance case belongs to, from its recorded features: the reason a known-failures
 * line gives, so that every entry names the part of the language it exercises.
 */
@API(status = INTERNAL, since = "0.1")
public final class FeatureGroup {

    private FeatureGroup() {}

    /** Return the feature group of a failing case, e.g. {@code "Parallel/Map"}, or {@code "core"}. */
    public static String of(CaseResult result) {
        List<String> features = result.features();
        if (features.contains("parallel") || features.stream().anyMatch(f -> f.startsWith("map-"))
                || result.stateTypes().contains("Map") || result.stateTypes().contains("Parallel")) {
            return "Parallel/Map";
        }
        if (!result.queryLanguage().equals("JSONPath") || features.contains("variables-assign")
                || features.contains("evaluation-failed-event")) {
            return "JSONata/variables";
        }
        if (features.contains("callback-wait-for-task-token") || features.contains("activity")
                || features.contains("sync-integration") || features.contains("task-submitted")) {
            return "callbacks/activities/.sync";
        }
        if (features.contains("optimized-integration") || features.contains("aws-sdk-integration")
                || features.contains("lambda-legacy-resource")) {
            return "integrations/response shapes";
        }
        return "core";
    }
}
