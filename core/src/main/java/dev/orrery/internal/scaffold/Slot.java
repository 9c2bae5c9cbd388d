package dev.orrery.internal.scaffold;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Where a Choice rule reads a value: the state's effective input, the execution input ({@code $$.Execution.Input}),
 * or a workflow variable ({@code $name}).
 *
 * @param executionInput whether the value is read from the execution input
 * @param path the path in the input, or in the variable's value
 * @param variable the workflow variable's name, or {@code null}
 */
record Slot(boolean executionInput, DataPath path, @Nullable String variable) {

    private static final String EXECUTION_INPUT = "$$.Execution.Input";
    private static final Pattern VARIABLE = Pattern.compile("\\$([A-Za-z_][\\w]*)(.*)");

    Slot(boolean executionInput, DataPath path) {
        this(executionInput, path, null);
    }

    /** Return the slot a JSONPath {@code Variable} names, or {@code null} for an unsupported path. */
    static @Nullable Slot ofJsonPath(String variable) {
        if (variable.startsWith(EXECUTION_INPUT)) {
            DataPath path = DataPath.parse("$" + variable.substring(EXECUTION_INPUT.length()));
            return path == null ? null : new Slot(true, path);
        }
        Matcher named = VARIABLE.matcher(variable);
        if (named.matches() && !named.group(1).equals("states")) {
            DataPath path = DataPath.parse("$" + named.group(2));
            return path == null ? null : new Slot(false, path, named.group(1));
        }
        DataPath path = DataPath.parse(variable);
        return path == null ? null : new Slot(false, path);
    }

    @Override
    public String toString() {
        if (variable != null) {
            return "$" + variable + path.toString().substring(1);
        }
        return executionInput ? EXECUTION_INPUT + path.toString().substring(1) : path.toString();
    }
}
