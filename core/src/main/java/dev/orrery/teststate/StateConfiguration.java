package dev.orrery.teststate;

import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Settings of the state under test (TestState's {@code stateConfiguration}); each is {@code null} when not set.
 *
 * @param retrierRetryCount the retries already made by the retrier that matches the mocked error
 * @param errorCausedByState the state inside a Map or Parallel that raised the mocked error
 * @param mapIterationFailureCount the Map iterations that failed
 * @param mapItemReaderData the data a distributed Map's ItemReader reads, as JSON text
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record StateConfiguration(@Nullable Integer retrierRetryCount, @Nullable String errorCausedByState,
        @Nullable Integer mapIterationFailureCount, @Nullable String mapItemReaderData) {

    /** No setting. */
    public static final StateConfiguration NONE = new StateConfiguration(null, null, null, null);

    /**
     * Return this configuration with the retries already made.
     *
     * @param count the retries already made by the matching retrier
     * @return the configuration
     */
    public StateConfiguration withRetrierRetryCount(int count) {
        return new StateConfiguration(count, errorCausedByState, mapIterationFailureCount, mapItemReaderData);
    }

    /**
     * Return this configuration with the state that raised the error inside a Map or Parallel.
     *
     * @param stateName the state's name, never {@code null}
     * @return the configuration
     */
    public StateConfiguration withErrorCausedByState(String stateName) {
        return new StateConfiguration(retrierRetryCount, stateName, mapIterationFailureCount, mapItemReaderData);
    }

    /**
     * Return this configuration with the number of failed Map iterations.
     *
     * @param count the failed iterations
     * @return the configuration
     */
    public StateConfiguration withMapIterationFailureCount(int count) {
        return new StateConfiguration(retrierRetryCount, errorCausedByState, count, mapItemReaderData);
    }

    /**
     * Return this configuration with the data a distributed Map's ItemReader reads.
     *
     * @param json the data as JSON text, never {@code null}
     * @return the configuration
     */
    public StateConfiguration withMapItemReaderData(String json) {
        return new StateConfiguration(retrierRetryCount, errorCausedByState, mapIterationFailureCount, json);
    }
}
