package dev.orrery.teststate;

import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * How the state under test handled its error (TestState's {@code inspectionData.errorDetails}).
 *
 * @param catchIndex the index of the catcher that handled the error, or {@code null}
 * @param retryIndex the index of the retrier that would retry the error, or {@code null}
 * @param retryBackoffIntervalSeconds the backoff before that retry in seconds, or {@code null}
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record InspectionErrorDetails(@Nullable Integer catchIndex, @Nullable Integer retryIndex,
        @Nullable Long retryBackoffIntervalSeconds) {}
