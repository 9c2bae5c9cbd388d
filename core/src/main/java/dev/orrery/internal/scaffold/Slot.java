package dev.orrery.internal.scaffold;

import org.jspecify.annotations.Nullable;

/**
 * Where a Choice rule reads a value: the state's effective input, or the execution input ({@code $$.Execution.Input}).
 *
 * @param executionInput whether the value is read from the execution input
 * @param path the path in it
 */
record Slot(boolean executionInput, DataPath path) {

    private static final String EXECUTION_INPUT = "$$.Execution.Input";

    /** Return the slot a JSONPath {@code Variable} names, or {@code null} for a variable or an unsupported path. */
    static @Nullable Slot ofJsonPath(String variable) {
        if (variable.startsWith(EXECUTION_INPUT)) {
            DataPath path = DataPath.parse("$" + variable.substring(EXECUTION_INPUT.length()));
            return path == null ? null : new Slot(true, path);
        }
        DataPath path = DataPath.parse(variable);
        return path == null ? null : new Slot(false, path);
    }

    @Override
    public String toString() {
        return executionInput ? EXECUTION_INPUT + path.toString().substring(1) : path.toString();
    }
}
