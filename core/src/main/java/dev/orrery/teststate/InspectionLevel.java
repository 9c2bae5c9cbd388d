package dev.orrery.teststate;

import org.apiguardian.api.API;

/** How much of a state's work a TestState result shows (TestState's {@code inspectionLevel}). */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum InspectionLevel {
    /** The status, output, error, cause and next state only; the default. */
    INFO,
    /** As {@link #INFO}, plus the input and output processing ({@code inspectionData}). */
    DEBUG,
    /** As {@link #DEBUG}, plus the HTTP request and response of an HTTP Task. */
    TRACE
}
