package dev.orrery.spi;

import org.apiguardian.api.API;

/** Thrown when a Task state is called and nothing answers it; the message says how to mock the call. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class UnmockedTaskException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * Create the exception with a message that names the state, the resource and the fix.
     *
     * @param message the message naming the state, the resource and how to mock it, never {@code null}
     */
    public UnmockedTaskException(String message) {
        super(message);
    }
}
