package dev.orrery.internal.variables;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orrery.internal.eval.StatesException;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;

/**
 * AWS's limits on workflow variables: names, the size of one variable, of one {@code Assign} and of all variables
 * of an execution. Sizes are the UTF-8 bytes of the compact JSON text.
 */
public final class VariableLimits {

    /** The longest variable name. */
    public static final int MAX_NAME_LENGTH = 80;
    /** The largest value of one variable: 256 KiB. */
    public static final long MAX_VARIABLE_BYTES = 256L * 1024;
    /** The largest combined size of the values of one {@code Assign}: 256 KiB. */
    public static final long MAX_ASSIGN_BYTES = 256L * 1024;
    /** The largest combined size of all variables of an execution: 10 MiB. */
    public static final long MAX_TOTAL_BYTES = 10L * 1024 * 1024;
    /** The error raised when a size limit is exceeded. */
    public static final String DATA_LIMIT_EXCEEDED = "States.DataLimitExceeded";

    private VariableLimits() {}

    /**
     * Return why a name is not a valid variable name, or {@code null} when it is: it must be 1 to 80 characters, start
     * with a Unicode letter or {@code _}, continue with letters, digits or {@code _}, and not be the reserved {@code
     * states}.
     */
    public static @Nullable String nameProblem(String name) {
        if (name.isEmpty()) {
            return "a variable name must not be empty";
        }
        if (name.length() > MAX_NAME_LENGTH) {
            return "a variable name must be at most " + MAX_NAME_LENGTH + " characters long";
        }
        if (name.equals("states")) {
            return "the variable name 'states' is reserved";
        }
        int first = name.codePointAt(0);
        if (first != '_' && !Character.isUnicodeIdentifierStart(first)) {
            return "a variable name must start with a letter or '_'";
        }
        boolean valid = name.codePoints().skip(1).allMatch(c -> c == '_' || Character.isLetterOrDigit(c)
                || Character.isUnicodeIdentifierPart(c) && !Character.isIdentifierIgnorable(c));
        return valid ? null : "a variable name may only contain letters, digits and '_'";
    }

    /** Return the size AWS counts for a value: the UTF-8 bytes of its compact JSON text. */
    public static long size(JsonNode value) {
        return value.toString().getBytes(StandardCharsets.UTF_8).length;
    }

    /** Check the size of one variable and of one Assign. */
    static void checkAssign(AssignedVariables assigned) {
        long total = 0;
        for (var entry : assigned.values().entrySet()) {
            long size = size(entry.getValue());
            if (size > MAX_VARIABLE_BYTES) {
                throw new StatesException(DATA_LIMIT_EXCEEDED, "The value of the variable '" + entry.getKey()
                        + "' is " + size + " bytes, more than the limit of " + MAX_VARIABLE_BYTES + " bytes");
            }
            total += size;
        }
        if (total > MAX_ASSIGN_BYTES) {
            throw new StatesException(DATA_LIMIT_EXCEEDED, "The variables assigned by the state are " + total
                    + " bytes, more than the limit of " + MAX_ASSIGN_BYTES + " bytes");
        }
    }

    /** Check the combined size of all variables of an execution. */
    static void checkTotal(long total) {
        if (total > MAX_TOTAL_BYTES) {
            throw new StatesException(DATA_LIMIT_EXCEEDED, "The variables of the execution are " + total
                    + " bytes, more than the limit of " + MAX_TOTAL_BYTES + " bytes");
        }
    }
}
