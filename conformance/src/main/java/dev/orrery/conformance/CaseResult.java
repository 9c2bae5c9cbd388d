package dev.orrery.conformance;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.List;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The outcome of one case: passed, or the first difference.
 *
 * @param id the case id
 * @param queryLanguage the case's query language
 * @param stateTypes the state types the case uses
 * @param features the case's feature flags
 * @param inScope whether the case is in the core subset
 * @param difference the first difference, or {@code null} when the case passed
 */
@API(status = INTERNAL, since = "0.1")
public record CaseResult(
        String id,
        String queryLanguage,
        List<String> stateTypes,
        List<String> features,
        boolean inScope,
        @Nullable Difference difference) {

    /** Copy the lists. */
    public CaseResult {
        stateTypes = List.copyOf(stateTypes);
        features = List.copyOf(features);
    }

    /** Return the result of the case with the given difference, or a pass when it is {@code null}. */
    public static CaseResult of(ConformanceCase conformanceCase, @Nullable Difference difference) {
        return new CaseResult(conformanceCase.id(), conformanceCase.queryLanguage(), conformanceCase.stateTypes(),
                conformanceCase.featureFlags(), CoreScope.includes(conformanceCase), difference);
    }

    /** Return whether the case passed. */
    public boolean passed() {
        return difference == null;
    }
}
