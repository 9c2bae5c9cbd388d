package dev.orrery.junit.coverage;

import org.apiguardian.api.API;

/**
 * Thrown when a test run ends with a state machine below its minimum coverage of states or transitions; it fails the
 * run (in Maven, the build) and names each state machine below its minimum and what it missed.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class CoverageThresholdError extends AssertionError {

    private static final long serialVersionUID = 1L;

    CoverageThresholdError(String message) {
        super(message);
    }
}
