package dev.orrery.teststate;

import org.apiguardian.api.API;

/** How strictly a mocked result is checked against the service's API response shape (TestState's mock option). */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum FieldValidationMode {
    /** Every required field must be present and every present field must fit the shape; the default. */
    STRICT,
    /** Every present field must fit the shape. */
    PRESENT,
    /** No check. */
    NONE
}
