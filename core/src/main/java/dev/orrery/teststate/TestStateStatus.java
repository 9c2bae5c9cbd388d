package dev.orrery.teststate;

import org.apiguardian.api.API;

/** How a state tested on its own ended (TestState's {@code status}). */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum TestStateStatus {
    /** The state completed; its output and next state are known. */
    SUCCEEDED,
    /** The state failed and neither Retry nor Catch handles the error. */
    FAILED,
    /** The state failed and a retrier would retry it: {@code errorDetails} say which and after how long. */
    RETRIABLE,
    /** The state failed and a catcher handled the error: the output is the catcher's, the next state its target. */
    CAUGHT_ERROR
}
