package dev.orrery.parse;

import org.apiguardian.api.API;

/** How serious a {@link Diagnostic} is, as in AWS's {@code ValidateStateMachineDefinition}. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum Severity {
    /** The definition is invalid: AWS would refuse it and Orrery will not run it. */
    ERROR,
    /** The definition runs in Orrery, but AWS may refuse it or behave surprisingly. */
    WARNING
}
