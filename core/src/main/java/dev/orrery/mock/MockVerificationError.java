package dev.orrery.mock;

import org.apiguardian.api.API;

/** Thrown by a failed {@link MockSession} verification; an {@link AssertionError}, so test runners report it. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class MockVerificationError extends AssertionError {

    private static final long serialVersionUID = 1L;

    /**
     * Create the error with a message that says what was expected and what was called.
     *
     * @param message the message of expectation and calls, never {@code null}
     */
    public MockVerificationError(String message) {
        super(message);
    }
}
