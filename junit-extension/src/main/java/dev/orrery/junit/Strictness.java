package dev.orrery.junit;

import org.apiguardian.api.API;

/** Whether a test fails when a mock it declared answered no call. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum Strictness {
    /** Fail the test when a declared mock was never used (the default, as Mockito's strict stubs). */
    STRICT,
    /** Tolerate unused mocks. */
    LENIENT
}
