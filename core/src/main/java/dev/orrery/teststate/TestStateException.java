package dev.orrery.teststate;

import org.apiguardian.api.API;

/**
 * A TestState request that AWS would refuse, with AWS's error code ({@code ValidationException},
 * {@code InvalidDefinition}) and message.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class TestStateException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** AWS's error code. */
    private final String code;

    /**
     * Create the error.
     *
     * @param code AWS's error code, never {@code null}
     * @param message AWS's message, never {@code null}
     */
    public TestStateException(String code, String message) {
        super(message);
        this.code = code;
    }

    /**
     * Return AWS's error code.
     *
     * @return the code, e.g. {@code ValidationException}
     */
    public String code() {
        return code;
    }
}
