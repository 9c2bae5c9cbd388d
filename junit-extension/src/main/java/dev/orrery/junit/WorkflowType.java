package dev.orrery.junit;

import org.apiguardian.api.API;

/** The kind of state machine the tests run, which decides what AWS allows and how long an execution may take. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum WorkflowType {
    /** A Standard workflow (the default): callbacks, {@code .sync} integrations and activities allowed. */
    STANDARD,
    /**
     * An Express workflow: definitions with {@code .sync}, {@code .waitForTaskToken} or activity tasks are refused
     * as AWS refuses them, and an execution times out after five virtual minutes.
     */
    EXPRESS
}
