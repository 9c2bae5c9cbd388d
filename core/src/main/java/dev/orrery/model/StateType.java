package dev.orrery.model;

import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/** The eight state types of the Amazon States Language. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum StateType {
    /** {@code "Task"}. */
    TASK("Task"),
    /** {@code "Pass"}. */
    PASS("Pass"),
    /** {@code "Choice"}. */
    CHOICE("Choice"),
    /** {@code "Wait"}. */
    WAIT("Wait"),
    /** {@code "Succeed"}. */
    SUCCEED("Succeed"),
    /** {@code "Fail"}. */
    FAIL("Fail"),
    /** {@code "Parallel"}. */
    PARALLEL("Parallel"),
    /** {@code "Map"}. */
    MAP("Map");

    private final String aslName;

    StateType(String aslName) {
        this.aslName = aslName;
    }

    /**
     * Return the name as written in ASL and in history event types, e.g. {@code "Task"}.
     *
     * @return the ASL name
     */
    public String aslName() {
        return aslName;
    }

    /**
     * Return the type with the given ASL name, or {@code null} when there is none.
     *
     * @param name the ASL name, e.g. {@code "Task"}, never {@code null}
     * @return the type, or {@code null}
     */
    public static @Nullable StateType fromAslName(String name) {
        for (StateType type : values()) {
            if (type.aslName.equals(name)) {
                return type;
            }
        }
        return null;
    }
}
