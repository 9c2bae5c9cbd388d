package dev.orrery.model;

import com.fasterxml.jackson.databind.JsonNode;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A distributed Map state's failure tolerance.
 *
 * @param percentage {@code ToleratedFailurePercentage} (number or JSONata string), or {@code null}
 * @param percentagePath {@code ToleratedFailurePercentagePath}, or {@code null}
 * @param count {@code ToleratedFailureCount} (number or JSONata string), or {@code null}
 * @param countPath {@code ToleratedFailureCountPath}, or {@code null}
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record ToleratedFailure(
        @Nullable JsonNode percentage,
        @Nullable String percentagePath,
        @Nullable JsonNode count,
        @Nullable String countPath) {

    /** No tolerance declared. */
    public static final ToleratedFailure NONE = new ToleratedFailure(null, null, null, null);
}
